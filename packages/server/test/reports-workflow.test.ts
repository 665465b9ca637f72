import { addDays } from '@outfall/domain/schedules/dates';
import { evaluatePretreatmentSnc } from '@outfall/domain/snc/index';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  copiesOfRecord,
  notifications,
  outboxEmails,
  reportRevisions,
  reports,
  users,
  violations,
} from '../src/db/schema';
import { makeUser } from '../src/factories';
import { requiredReportsOf } from '../src/reports/reporting-violations';
import { insertObligation, monitoringWorld, sampleEvent, today } from './monitoring-helpers';

let t: Awaited<ReturnType<typeof monitoringWorld>>;
let reportId: string;
const H1_2026 = { start: '2026-01-01', end: '2026-06-30' };

beforeAll(async () => {
  t = await monitoringWorld();
  await makeUser(t.db, t.world.orgs.plating.id, {
    email: 'rep@plating.test',
    role: 'manager',
    signatory: 'authorized_representative',
  });
  await makeUser(t.db, t.world.orgs.plating.id, { email: 'operator@plating.test', role: 'operator' });
});

/** The database's own message when it refuses a statement (drizzle wraps it as the cause). */
async function refusal(query: Promise<unknown>): Promise<string> {
  try {
    await query;
  } catch (err) {
    const e = err as Error & { cause?: Error };
    return e.cause?.message ?? e.message;
  }
  return 'not refused';
}

async function certificationId(b: Awaited<ReturnType<typeof t.as>>, id: string) {
  return (await b.get(`/api/v1/reports/${id}`)).json().certification.id as string;
}

describe('report obligations', () => {
  it('come from the permit’s reporting requirement: one per semiannual period, due 30 days after', async () => {
    const manager = await t.as('manager@plating.test');
    const res = await manager.get('/api/v1/reports');
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json() as {
      id: string;
      periodStart: string;
      periodEnd: string;
      dueDate: string;
      status: string;
    }[];
    const periods = list.map((r) => `${r.periodStart}/${r.periodEnd}/${r.dueDate}`).sort();
    expect(periods.slice(0, 3)).toEqual([
      '2025-01-01/2025-06-30/2025-07-30',
      '2025-07-01/2025-12-31/2026-01-30',
      '2026-01-01/2026-06-30/2026-07-30',
    ]);
    expect(list.every((r) => r.status === 'upcoming')).toBe(true);
    // reading again creates nothing more
    const again = await manager.get('/api/v1/reports');
    expect(again.json()).toHaveLength(list.length);
    const created = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.eventType, 'report.obligations_created'));
    expect(created).toHaveLength(1);
    reportId = list.find((r) => r.periodStart === H1_2026.start)!.id;
  });
});

describe('preparing, signing and reviewing the June periodic compliance report', () => {
  it('is prepared from the record: engine values, the exceedance, traceable results', async () => {
    const operator = await t.as('operator@plating.test');
    const plating = t.world.orgs.plating.id;
    const res = await operator.post(
      '/api/v1/monitoring/samples',
      sampleEvent(plating, '2026-06-08T08:00', [
        { parameterCode: '01042', value: '3.52', analyzedAt: '2026-06-09T14:00' },
        { parameterCode: '01092', value: '<0.05', analyzedAt: '2026-06-09T14:00' },
      ]),
    );
    expect(res.statusCode, res.body).toBe(201);
    const copperId = res
      .json()
      .results.find((r: { parameterCode: string }) => r.parameterCode === '01042').id;
    // an operator cannot prepare (report.prepare is for managers and admins)
    expect((await operator.post(`/api/v1/reports/${reportId}/prepare`)).statusCode).toBe(403);

    const manager = await t.as('manager@plating.test');
    const prepared = await manager.post(`/api/v1/reports/${reportId}/prepare`);
    expect(prepared.statusCode, prepared.body).toBe(200);
    const view = prepared.json();
    expect(view.status).toBe('in_preparation');
    const copper = view.content.outfalls[0].parameters.find(
      (p: { parameterCode: string }) => p.parameterCode === '01042',
    );
    const daily = copper.values.find((v: { statisticalBaseCode: string }) => v.statisticalBaseCode === 'DD');
    expect(daily).toMatchObject({
      reported: '3.52',
      limitValue: '3.38',
      exceedance: true,
      resultIds: [copperId],
    });
    expect(copper.sampleCount).toBe(1);
    const zinc = view.content.outfalls[0].parameters.find(
      (p: { parameterCode: string }) => p.parameterCode === '01092',
    );
    expect(zinc.values[0].qualifier).toBe('<');
    expect(view.content.exceedances.map((e: { parameterCode: string }) => e.parameterCode)).toEqual([
      '01042',
      '01042',
    ]);
    expect(view.can).toMatchObject({ prepare: true, sign: false, review: false });
  });

  it('keeps the preparer’s explanations across a rebuild and refuses "ready" while a NODI lacks its comment', async () => {
    const manager = await t.as('manager@plating.test');
    const before = (await manager.get(`/api/v1/reports/${reportId}`)).json();
    const exceedances = before.content.exceedances.map((e: { violationId: string }) => ({
      violationId: e.violationId,
      explanation: 'Rinse tank carry-over during a line changeover.',
      correctiveAction: 'Added a drag-out tank; resampled on 2026-06-15.',
    }));
    const patched = await manager.request('PATCH', `/api/v1/reports/${reportId}/draft`, {
      exceedances,
      narrative: { comments: 'All results from Great Lakes Analytical.' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const rebuilt = (await manager.post(`/api/v1/reports/${reportId}/prepare`)).json();
    expect(rebuilt.content.exceedances[0].explanation).toBe(
      'Rinse tank carry-over during a line changeover.',
    );
    expect(rebuilt.content.narrative.comments).toBe('All results from Great Lakes Analytical.');
    const withNodi = rebuilt.content.outfalls[0].parameters.filter(
      (p: { values: { nodi: string | null }[] }) => p.values.some((v) => v.nodi),
    );
    expect(withNodi.length).toBeGreaterThan(0);
    const refused = await manager.post(`/api/v1/reports/${reportId}/ready`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.length).toBe(withNodi.length);
    const parameterComments = Object.fromEntries(
      withNodi.map((p: { parameterCode: string; monitoringLocationCode: string }) => [
        `001/${p.parameterCode}/${p.monitoringLocationCode}`,
        'Not sampled this period: monitoring waiver pending.',
      ]),
    );
    expect(
      (await manager.request('PATCH', `/api/v1/reports/${reportId}/draft`, { parameterComments })).statusCode,
    ).toBe(200);
    const ready = await manager.post(`/api/v1/reports/${reportId}/ready`);
    expect(ready.statusCode, ready.body).toBe(200);
    expect(ready.json().status).toBe('ready_for_signature');
  });

  it('a non-signatory cannot sign; a representative needs a received, current written authorization', async () => {
    const admin = await t.as('admin@plating.test');
    const view = (await admin.get(`/api/v1/reports/${reportId}`)).json();
    expect(view.can.sign).toBe(false);
    expect(view.signBlockedReason).toMatch(/not a signatory/);
    const cert = view.certification.id;
    const refused = await admin.post(`/api/v1/reports/${reportId}/sign`, {
      password: t.world.password,
      certificationTemplateId: cert,
      certify: true,
    });
    expect(refused.statusCode).toBe(403);

    const rep = await t.as('rep@plating.test');
    const noAuth = await rep.post(`/api/v1/reports/${reportId}/sign`, {
      password: t.world.password,
      certificationTemplateId: cert,
      certify: true,
    });
    expect(noAuth.statusCode).toBe(403);
    expect(noAuth.json().error.message).toMatch(/No written authorization/);

    const manager = await t.as('manager@plating.test');
    const [repUser] = await t.db.select().from(users).where(eq(users.email, 'rep@plating.test'));
    const created = await manager.post('/api/v1/signatory-authorizations', {
      facilityId: t.world.orgs.plating.id,
      delegateUserId: repUser!.id,
      position: 'Environmental manager',
      principalName: 'Pat Morgan',
      principalTitle: 'President',
      signedOn: '2026-01-05',
    });
    expect(created.statusCode, created.body).toBe(201);
    const notReceived = await rep.post(`/api/v1/reports/${reportId}/sign`, {
      password: t.world.password,
      certificationTemplateId: cert,
      certify: true,
    });
    expect(notReceived.json().error.message).toMatch(/not been received/);
    // another authority cannot record receipt
    const south = await t.as('coordinator@south.test');
    expect(
      (await south.post(`/api/v1/signatory-authorizations/${created.json().id}/receive`, {})).statusCode,
    ).toBe(404);
    const coordinator = await t.as('coordinator@north.test');
    expect(
      (await coordinator.post(`/api/v1/signatory-authorizations/${created.json().id}/receive`, {}))
        .statusCode,
    ).toBe(204);
    expect((await rep.get(`/api/v1/reports/${reportId}`)).json().can.sign).toBe(true);
    // superseded: signing is refused again
    expect(
      (await manager.post(`/api/v1/signatory-authorizations/${created.json().id}/supersede`)).statusCode,
    ).toBe(204);
    const superseded = await rep.post(`/api/v1/reports/${reportId}/sign`, {
      password: t.world.password,
      certificationTemplateId: cert,
      certify: true,
    });
    expect(superseded.statusCode).toBe(403);
    expect(superseded.json().error.message).toMatch(/superseded/);
    const [row] = await t.db.select().from(reports).where(eq(reports.id, reportId));
    expect(row!.status).toBe('ready_for_signature');
  });

  it('the responsible official signs: password re-entered, certification in force, copy of record stored and audited', async () => {
    const manager = await t.as('manager@plating.test');
    const cert = await certificationId(manager, reportId);
    const wrong = await manager.post(`/api/v1/reports/${reportId}/sign`, {
      password: 'not-the-password',
      certificationTemplateId: cert,
      certify: true,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0].path).toBe('password');
    const signed = await manager.post(`/api/v1/reports/${reportId}/sign`, {
      password: t.world.password,
      certificationTemplateId: cert,
      certify: true,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const view = signed.json();
    expect(view.status).toBe('submitted');
    expect(view.receivedAt).not.toBeNull();
    expect(view.revisions[0]).toMatchObject({
      revision: 1,
      status: 'signed',
      signerName: expect.any(String),
    });
    // received 2026-11-26 or later for a report due 2026-07-30: days late counted to the receipt
    expect(view.daysLate).toBeGreaterThan(45);

    const [cor] = await t.db.select().from(copiesOfRecord).where(eq(copiesOfRecord.reportId, reportId));
    const [event] = await t.db.select().from(auditEvents).where(eq(auditEvents.seq, cor!.auditSeq));
    expect(event!.eventType).toBe('report.signed');
    expect(event!.after).toMatchObject({
      copyOfRecord: { jsonSha256: cor!.jsonSha256, pdfSha256: cor!.pdfSha256 },
    });
    const doc = JSON.parse(Buffer.from(cor!.json).toString('utf8'));
    expect(doc.signature.certification.text).toMatch(
      /^I certify under penalty of law that this document and all attachments/,
    );
    expect(doc.signature.certification.citation).toBe('40 CFR 403.6(a)(2)(ii)');
    expect(Buffer.from(cor!.pdf).subarray(0, 5).toString()).toBe('%PDF-');

    // acknowledgment to the signer's address; the coordinator is told
    const mail = await t.db.select().from(outboxEmails).where(eq(outboxEmails.to, 'manager@plating.test'));
    expect(
      mail.some(
        (m) =>
          m.subject.startsWith('Outfall: receipt of') &&
          m.text.includes(cor!.jsonSha256) &&
          m.text.includes(`http://outfall.test/reports/${reportId}`),
      ),
    ).toBe(true);
    const told = await t.db
      .select({ email: users.email })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(eq(notifications.kind, 'report'));
    expect(told.map((r) => r.email)).toContain('coordinator@north.test');
  });

  it('a signed report cannot be edited, only amended; the database refuses changes to the signed revision', async () => {
    const manager = await t.as('manager@plating.test');
    const edit = await manager.request('PATCH', `/api/v1/reports/${reportId}/draft`, {
      narrative: { comments: 'changed' },
    });
    expect(edit.statusCode).toBe(409);
    expect(
      await refusal(
        t.db.execute(
          sql`update report_revisions set content = '{}'::jsonb where report_id = ${reportId} and revision = 1`,
        ),
      ),
    ).toMatch(/is signed: UPDATE refused/);
    expect(
      await refusal(t.db.execute(sql`delete from copies_of_record where report_id = ${reportId}`)),
    ).toMatch(/copies_of_record is append-only: DELETE refused/);
  });

  it('the coordinator reviews it from the queue; another authority cannot see it; the facility sees "accepted"', async () => {
    const south = await t.as('coordinator@south.test');
    expect((await south.get(`/api/v1/reports/${reportId}`)).statusCode).toBe(404);
    expect((await south.get('/api/v1/reports?queue=review')).json()).toEqual([]);
    const coordinator = await t.as('coordinator@north.test');
    const queue = (await coordinator.get('/api/v1/reports?queue=review')).json();
    expect(queue.map((r: { id: string }) => r.id)).toEqual([reportId]);
    const returnedWithout = await coordinator.post(`/api/v1/reports/${reportId}/review`, {
      decision: 'returned',
    });
    expect(returnedWithout.statusCode).toBe(400);
    const accepted = await coordinator.post(`/api/v1/reports/${reportId}/review`, {
      decision: 'accepted',
      comment: 'Complete.',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const manager = await t.as('manager@plating.test');
    const view = (await manager.get(`/api/v1/reports/${reportId}`)).json();
    expect(view.status).toBe('accepted');
    expect(view.reviews[0]).toMatchObject({ decision: 'accepted', comment: 'Complete.' });
  });

  it('a copy of record verifies; a changed byte does not; amending keeps revision 1 and its copy', async () => {
    const manager = await t.as('manager@plating.test');
    const view = (await manager.get(`/api/v1/reports/${reportId}`)).json();
    const corId = view.revisions[0].copyOfRecordId;
    const json = await manager.get(`/api/v1/copies-of-record/${corId}/json`);
    expect(json.statusCode).toBe(200);
    const bytes = Buffer.from(json.rawPayload);
    const ok = await manager.post('/api/v1/copies-of-record/verify', {
      fileName: 'cor.json',
      base64: bytes.toString('base64'),
    });
    expect(ok.json()).toMatchObject({ verified: true, matched: 'json', report: { id: reportId } });
    const pdf = await manager.get(`/api/v1/copies-of-record/${corId}/pdf`);
    const okPdf = await manager.post('/api/v1/copies-of-record/verify', {
      base64: Buffer.from(pdf.rawPayload).toString('base64'),
    });
    expect(okPdf.json()).toMatchObject({ verified: true, matched: 'pdf' });
    const tampered = Buffer.from(bytes);
    const at = tampered.indexOf('3.52');
    tampered[at + 3] = '3'.charCodeAt(0); // 3.52 → 3.53
    const bad = await manager.post('/api/v1/copies-of-record/verify', {
      base64: tampered.toString('base64'),
    });
    expect(bad.json()).toMatchObject({ verified: false, matched: null });
    expect(bad.json().message).toMatch(/changed/);

    const amended = await manager.post(`/api/v1/reports/${reportId}/amend`, {
      reason: 'Corrected the zinc result',
    });
    expect(amended.statusCode, amended.body).toBe(200);
    expect(amended.json()).toMatchObject({ status: 'in_preparation', currentRevision: 2 });
    expect(amended.json().revisions.map((r: { status: string }) => r.status)).toEqual(['signed', 'draft']);
    const still = await manager.post('/api/v1/copies-of-record/verify', { base64: bytes.toString('base64') });
    expect(still.json().verified).toBe(true);
    const revs = await t.db.select().from(reportRevisions).where(eq(reportRevisions.reportId, reportId));
    expect(revs).toHaveLength(2);
    // the amendment starts from what was signed, edits included: a rebuild keeps the explanations
    const rebuilt = (await manager.post(`/api/v1/reports/${reportId}/prepare`)).json();
    expect(rebuilt.content.exceedances[0].explanation).toBe(
      'Rinse tank carry-over during a line changeover.',
    );
    expect(rebuilt.content.narrative.comments).toBe('All results from Great Lakes Analytical.');
  });
});

describe('late reports', () => {
  const obligationDue = (dueDate: string, periodEnd: string) => insertObligation(t, { dueDate, periodEnd });

  async function prepareAndSign(id: string) {
    const manager = await t.as('manager@plating.test');
    const prepared = (await manager.post(`/api/v1/reports/${id}/prepare`)).json();
    const comments = Object.fromEntries(
      prepared.content.outfalls[0].parameters
        .filter((p: { values: { nodi: string | null }[] }) => p.values.some((v) => v.nodi))
        .map((p: { parameterCode: string; monitoringLocationCode: string }) => [
          `001/${p.parameterCode}/${p.monitoringLocationCode}`,
          'No sample.',
        ]),
    );
    await manager.request('PATCH', `/api/v1/reports/${id}/draft`, { parameterComments: comments });
    expect((await manager.post(`/api/v1/reports/${id}/ready`)).statusCode).toBe(200);
    const cert = await certificationId(manager, id);
    const res = await manager.post(`/api/v1/reports/${id}/sign`, {
      password: t.world.password,
      certificationTemplateId: cert,
      certify: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  it('received 46 days late: a reporting violation, and SNC criterion F; 45 days late: neither', async () => {
    const late46 = await obligationDue(addDays(today(), -46), '2026-09-30');
    const late45 = await obligationDue(addDays(today(), -45), '2026-10-31');
    expect((await prepareAndSign(late46)).daysLate).toBe(46);
    expect((await prepareAndSign(late45)).daysLate).toBe(45);
    const reporting = await t.db
      .select()
      .from(violations)
      .where(and(eq(violations.kind, 'reporting'), eq(violations.facilityId, t.world.orgs.plating.id)));
    const byReport = new Map(reporting.map((v) => [v.limitRef, v]));
    expect(byReport.get(late46)).toMatchObject({ status: 'open', computedValue: '46', limitValue: '45' });
    expect(byReport.has(late45)).toBe(false);

    const all = await requiredReportsOf(t.db, t.world.orgs.plating.id);
    const snc = evaluatePretreatmentSnc({
      asOf: today(),
      isSignificantIndustrialUser: true,
      measurements: [],
      reports: all.filter((r) => r.id === late46 || r.id === late45),
    });
    expect(snc.criteriaMet).toContain('F');
    expect(snc.reports.filter((r) => r.isSnc).map((r) => r.reportId)).toEqual([late46]);
  });
});
