import { createHash } from 'node:crypto';
import { reportingYearContaining } from '@outfall/domain/program/reporting-year';
import { addDays } from '@outfall/domain/schedules/dates';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/audit/append';
import type { Database } from '../src/db/connect';
import {
  enforcementActions,
  erpGuideEntries,
  notifications,
  organizations,
  sncEvaluations,
  violations,
} from '../src/db/schema';
import { seedDemo } from '../src/demo/seed';
import {
  overdueResponses,
  penaltyTotals,
  violationsWithoutTimelyResponse,
} from '../src/enforcement/program-figures';
import { sweepEnforcement } from '../src/enforcement/sweep-enforcement';
import { makeUser } from '../src/factories';
import { sweepReports } from '../src/reports/sweep-reports';
import { type Browser, testDatabase } from './harness';
import {
  eventsOfType,
  insertObligation,
  monitoringWorld,
  platingContentWithAlert,
  sampleEvent,
  today,
} from './monitoring-helpers';

let t: Awaited<ReturnType<typeof monitoringWorld>>;
let coordinator: Browser;
let manager: Browser;
let effluentId: string;
let reportingId: string;
let manualId: string;
let novId: string;
const URL = 'http://outfall.test';

// biome-ignore lint/suspicious/noExplicitAny: the JSON bodies of the API under test
type Json = Record<string, any>;

beforeAll(async () => {
  const content = platingContentWithAlert();
  content.complianceSchedules.push({
    id: 'schedule:cn',
    title: 'Cyanide destruction unit',
    requirement: null,
    milestones: [
      {
        id: 'm1',
        kind: 'complete_construction',
        description: 'Complete construction',
        dueDate: addDays(today(), -40),
      },
      { id: 'm2', kind: 'final_compliance', description: 'Final compliance', dueDate: addDays(today(), -5) },
    ],
  });
  t = await monitoringWorld(content);
  await makeUser(t.db, t.world.orgs.north.id, { email: 'director@north.test', role: 'director' });
  await makeUser(t.db, t.world.orgs.north.id, { email: 'inspector@north.test', role: 'inspector' });
  coordinator = await t.as('coordinator@north.test');
  manager = await t.as('manager@plating.test');
  const plating = t.world.orgs.plating.id;
  // an effluent violation: copper 3.52 against the daily maximum of 3.38 (4 % over)
  const res = await manager.post(
    '/api/v1/monitoring/samples',
    sampleEvent(plating, `${addDays(today(), -10)}T08:00`, [{ parameterCode: '01042', value: '3.52' }]),
  );
  expect(res.statusCode, res.body).toBe(201);
  effluentId = res
    .json()
    .evaluation.violationsOpened.find((v: Json) => v.limitRef === 'limit:001:01042:DD').id;
  // a reporting violation: a periodic report 50 days overdue
  const reportId = await insertObligation(t, {
    dueDate: addDays(today(), -50),
    periodEnd: addDays(today(), -80),
  });
  await sweepReports(t.db, systemActor, today());
  const [rep] = await t.db
    .select()
    .from(violations)
    .where(and(eq(violations.kind, 'reporting'), eq(violations.limitRef, reportId)));
  reportingId = rep!.id;
});

describe('the program-wide violations list', () => {
  it('records a manual violation and lists every kind with its facility and response status', async () => {
    const bad = await coordinator.post('/api/v1/violations', {
      facilityId: t.world.orgs.brewery.id,
      category: 'slug_bmp_notification',
      occurredOn: addDays(today(), -3),
      detectedOn: addDays(today(), -4),
      description: 'Slug discharge not reported',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields?.[0]?.path ?? bad.body).toMatch(/detectedOn/);
    const res = await coordinator.post('/api/v1/violations', {
      facilityId: t.world.orgs.brewery.id,
      category: 'slug_bmp_notification',
      occurredOn: addDays(today(), -3),
      detectedOn: addDays(today(), -2),
      description: 'Slug discharge of caustic cleaner not reported within 24 hours',
    });
    expect(res.statusCode, res.body).toBe(201);
    manualId = res.json().violation.id;
    expect(res.json().violation).toMatchObject({ kind: 'manual', category: 'slug_bmp_notification' });
    const audit = await eventsOfType(t.db, 'violation.recorded', t.world.orgs.brewery.id);
    expect(audit).toHaveLength(1);

    const list: Json[] = (await coordinator.get('/api/v1/violations')).json();
    const kinds = new Set(list.map((v) => v.kind));
    for (const k of ['effluent', 'reporting', 'manual']) expect(kinds).toContain(k);
    const manual = list.find((v) => v.id === manualId)!;
    expect(manual).toMatchObject({
      facilityName: 'North Brewery',
      responseStatus: 'open',
      responseDue: addDays(today(), -2 + 15),
      responseOverdue: false,
    });
    const onlyManual: Json[] = (await coordinator.get('/api/v1/violations?kind=manual')).json();
    expect(onlyManual.map((v) => v.id)).toEqual([manualId]);
    // the facility sees its own only
    const own: Json[] = (await manager.get('/api/v1/violations')).json();
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((v) => v.facilityId === t.world.orgs.plating.id)).toBe(true);
  });

  it('shows the evidence of an effluent and of a reporting violation', async () => {
    const eff = (await coordinator.get(`/api/v1/violations/${effluentId}`)).json();
    expect(eff.evidence.results).toEqual([
      expect.objectContaining({ parameterCode: '01042', value: '3.52', sampleDate: addDays(today(), -10) }),
    ]);
    expect(eff.evidence.facts).toEqual(
      expect.arrayContaining([
        { label: 'Exceedance', value: '4%' },
        expect.objectContaining({ label: 'Limit', value: expect.stringContaining('3.38') }),
      ]),
    );
    const rep = (await coordinator.get(`/api/v1/violations/${reportingId}`)).json();
    expect(rep.evidence.report).toMatchObject({
      dueDate: addDays(today(), -50),
      receivedDate: null,
      daysLate: 50,
    });
    // 50 days late is beyond the 45 of SNC F: AO with fine
    expect(rep.recommendation.responses.map((r: Json) => r.type)).toEqual([
      'administrative_order',
      'penalty',
    ]);
  });

  it('recommends phone call or NOV for an isolated exceedance, and formal action only in SNC', async () => {
    const eff = (await coordinator.get(`/api/v1/violations/${effluentId}`)).json();
    expect(eff.recommendation.responses.map((r: Json) => r.type)).toEqual([
      'informal_notice',
      'notice_of_violation',
    ]);
    expect(eff.recommendation.formalRequired).toBe(false);
    expect(eff.timeliness).toMatchObject({ state: 'pending', basis: 'initial', dueOn: addDays(today(), 15) });
    const [snc] = await t.db
      .insert(sncEvaluations)
      .values({
        authorityId: t.world.orgs.north.id,
        facilityId: t.world.orgs.plating.id,
        windowMode: 'FIXED_SEMIANNUAL',
        windowStart: '2026-01-01',
        windowEnd: '2026-06-30',
        windowLabel: '2026 H1',
        asOf: today(),
        isSignificantIndustrialUser: true,
        isSnc: true,
        isNearSnc: false,
        criteriaMet: ['A'],
        findings: [],
        warnings: [],
        explanation: {},
        settings: {},
      })
      .returning();
    const inSnc = (await coordinator.get(`/api/v1/violations/${effluentId}`)).json();
    expect(inSnc.recommendation.formalRequired).toBe(true);
    expect(inSnc.recommendation.responses.length).toBeGreaterThan(0);
    expect(inSnc.recommendation.responses.every((r: Json) => r.level >= 4)).toBe(true);
    expect(inSnc.recommendation.snc).toMatchObject({ isSnc: true, criteria: ['A'] });
    await t.db.delete(sncEvaluations).where(eq(sncEvaluations.id, snc!.id));
    // the facility does not see the authority's assessment
    const asFacility = (await manager.get(`/api/v1/violations/${effluentId}`)).json();
    expect(asFacility.recommendation).toBeNull();
  });
});

describe('enforcement actions', () => {
  it('issues an NOV from a recommendation and files its letter as a PDF document', async () => {
    const eff = (await coordinator.get(`/api/v1/violations/${effluentId}`)).json();
    const nov = eff.recommendation.responses.find((r: Json) => r.type === 'notice_of_violation');
    const res = await coordinator.post('/api/v1/enforcement-actions', {
      facilityId: t.world.orgs.plating.id,
      violationIds: [effluentId],
      type: 'notice_of_violation',
      issuedOn: addDays(today(), -8),
      responseDue: addDays(today(), -1),
      summary: 'Internal: second copper exceedance this year is likely',
      requirements: 'Explain the cause and the corrective action.',
      guideEntryId: nov.guideEntryId,
    });
    expect(res.statusCode, res.body).toBe(201);
    const action = res.json();
    novId = action.id;
    expect(action).toMatchObject({
      type: 'notice_of_violation',
      level: 2,
      status: 'open',
      officialTitle: nov.officialTitle,
      overdue: true,
    });
    const after = (await coordinator.get(`/api/v1/violations/${effluentId}`)).json();
    expect(after.violation.responseStatus).toBe('response_in_progress');
    expect(after.actions.map((a: Json) => a.id)).toEqual([novId]);

    const letter = await coordinator.post(`/api/v1/enforcement-actions/${novId}/letter`);
    expect(letter.statusCode, letter.body).toBe(201);
    const documentId = letter.json().letterDocumentId;
    expect(documentId).toBeTruthy();
    const again = await coordinator.post(`/api/v1/enforcement-actions/${novId}/letter`);
    expect(again.statusCode).toBe(409);
    const pdf = await manager.get(`/api/v1/enforcement-actions/${novId}/letter.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const sha = createHash('sha256').update(pdf.rawPayload).digest('hex');
    const created = await eventsOfType(t.db, 'document.created', t.world.orgs.north.id);
    const event = created.find((e) => e.subjectId === documentId)!;
    expect((event.after as Json).sha256).toBe(sha);
    expect((event.after as Json).kind).toBe('enforcement_notice');
    const doc = (await coordinator.get(`/api/v1/documents/${documentId}`)).json();
    expect(doc).toMatchObject({ kind: 'enforcement_notice', visibility: 'shared' });
    // the facility sees the action but not the authority's internal summary
    const asFacility = (await manager.get(`/api/v1/enforcement-actions/${novId}`)).json();
    expect(asFacility.summary).toBeNull();
    expect(asFacility.requirements).toBe('Explain the cause and the corrective action.');
  });

  it('flags an overdue response once and tells the director', async () => {
    const first = await sweepEnforcement(t.db, today(), URL);
    expect(first.overdueFlagged).toEqual([novId]);
    const second = await sweepEnforcement(t.db, today(), URL);
    expect(second.overdueFlagged).toEqual([]);
    const director = await t.as('director@north.test');
    const mine = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.link, `/enforcement/${novId}`));
    expect(mine.length).toBe(2); // the director and the coordinator, once each
    const directorNotes = (await director.get('/api/v1/notifications')).json();
    expect(JSON.stringify(directorNotes)).toMatch(/Response overdue/);
    const overdue: Json[] = (await director.get('/api/v1/enforcement-actions?overdue=true')).json();
    expect(overdue.map((a) => a.id)).toEqual([novId]);
    expect(await overdueResponses(t.db, t.world.orgs.north.id, today())).toBe(1);
  });

  it('escalates the NOV to an administrative order', async () => {
    const res = await coordinator.post(`/api/v1/enforcement-actions/${novId}/escalate`, {
      issuedOn: today(),
      responseDue: addDays(today(), 30),
      complianceSchedule: [
        {
          kind: 'final-compliance',
          description: 'Copper below the limit',
          scheduledDate: addDays(today(), 60),
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const ao = res.json();
    expect(ao).toMatchObject({
      type: 'administrative_order',
      level: 4,
      formal: true,
      escalatedFromId: novId,
    });
    expect(ao.violations.map((v: Json) => v.id)).toEqual([effluentId]);
    const old = (await coordinator.get(`/api/v1/enforcement-actions/${novId}`)).json();
    expect(old).toMatchObject({ status: 'escalated', escalatedToId: ao.id, overdue: false });
    const twice = await coordinator.post(`/api/v1/enforcement-actions/${novId}/escalate`, {
      issuedOn: today(),
    });
    expect(twice.statusCode).toBe(409);
    // closing the order with return to compliance closes the violation
    const closed = await coordinator.post(`/api/v1/enforcement-actions/${ao.id}/close`, {
      closedOn: today(),
      reason: 'Copper back under the limit for 3 months',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const v = (await coordinator.get(`/api/v1/violations/${effluentId}`)).json().violation;
    expect(v).toMatchObject({
      status: 'closed',
      responseStatus: 'resolved',
      returnedToComplianceOn: today(),
    });
  });

  it('tracks a penalty assessed and collected in exact decimals', async () => {
    const issue = (penaltyAssessed: string) =>
      coordinator.post('/api/v1/enforcement-actions', {
        facilityId: t.world.orgs.plating.id,
        violationIds: [reportingId],
        type: 'penalty',
        issuedOn: today(),
        summary: 'Fine for the late report',
        penaltyAssessed,
      });
    expect((await issue('12.345')).statusCode).toBe(400);
    const res = await issue('2500.10');
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    const pay = (amount: string) =>
      coordinator.post(`/api/v1/enforcement-actions/${id}/penalty-collected`, {
        amount,
        collectedOn: today(),
      });
    expect((await pay('1000.20')).json()).toMatchObject({ penaltyCollected: '1000.20' });
    expect((await pay('0.10')).json()).toMatchObject({ penaltyCollected: '1000.30' });
    const over = await pay('1500');
    expect(over.statusCode).toBe(400);
    const year = reportingYearContaining(today(), 1);
    expect(await penaltyTotals(t.db, t.world.orgs.north.id, year.start, year.end)).toEqual({
      assessed: '2500.10',
      collected: '1000.30',
    });
    expect((await eventsOfType(t.db, 'enforcement.penalty_collected', t.world.orgs.plating.id)).length).toBe(
      2,
    );
  });

  it('returns a manual violation to compliance', async () => {
    const before = await violationsWithoutTimelyResponse(t.db, t.world.orgs.north.id, addDays(today(), 30));
    expect(before.ids).toContain(manualId);
    const res = await coordinator.post(`/api/v1/violations/${manualId}/return-to-compliance`, {
      returnedOn: today(),
      note: 'Slug control plan updated and staff trained',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().violation).toMatchObject({
      status: 'closed',
      responseStatus: 'resolved',
      returnedToComplianceOn: today(),
    });
    expect(res.json().violation.closedReason).toMatch(/Slug control plan updated/);
    expect(
      await eventsOfType(t.db, 'violation.returned_to_compliance', t.world.orgs.brewery.id),
    ).toHaveLength(1);
    const again = await coordinator.post(`/api/v1/violations/${manualId}/return-to-compliance`, {
      returnedOn: today(),
      note: 'again',
    });
    expect(again.statusCode).toBe(409);
    const after = await violationsWithoutTimelyResponse(t.db, t.world.orgs.north.id, addDays(today(), 30));
    expect(after.ids).not.toContain(manualId);
  });

  it('opens a schedule violation for a missed permit milestone once', async () => {
    const schedule = await t.db
      .select()
      .from(violations)
      .where(and(eq(violations.kind, 'schedule'), eq(violations.facilityId, t.world.orgs.plating.id)));
    // m1 was due 40 days ago and its progress report (due 14 days later) never came; m2 is still in grace
    expect(schedule.map((v) => v.limitRef)).toEqual(['milestone:m1']);
    expect(schedule[0]!.computedValue).toBe('40');
    // an order's milestone passed without an achieved date
    const ao = await coordinator.post('/api/v1/enforcement-actions', {
      facilityId: t.world.orgs.plating.id,
      type: 'administrative_order',
      issuedOn: addDays(today(), -30),
      summary: 'Compliance order for the cyanide unit',
      complianceSchedule: [
        {
          id: 'ord-1',
          kind: 'start-construction',
          description: 'Start construction',
          scheduledDate: addDays(today(), -2),
        },
        {
          id: 'ord-2',
          kind: 'final-compliance',
          description: 'Final compliance',
          scheduledDate: addDays(today(), 90),
        },
      ],
    });
    expect(ao.statusCode, ao.body).toBe(201);
    const swept = await sweepEnforcement(t.db, today(), URL);
    expect(swept.scheduleViolationsOpened).toHaveLength(1);
    expect((await sweepEnforcement(t.db, today(), URL)).scheduleViolationsOpened).toEqual([]);
    const after = await t.db
      .select()
      .from(violations)
      .where(and(eq(violations.kind, 'schedule'), eq(violations.facilityId, t.world.orgs.plating.id)));
    expect(after.map((v) => v.limitRef).sort()).toEqual(['milestone:m1', 'milestone:ord-1']);
    expect(
      (await eventsOfType(t.db, 'violation.schedule_violation_opened', t.world.orgs.plating.id)).length,
    ).toBe(2);
    const order = (await coordinator.get(`/api/v1/enforcement-actions/${ao.json().id}`)).json();
    expect(order.violations.map((v: Json) => v.id)).toEqual(swept.scheduleViolationsOpened);
    const detail = (await coordinator.get(`/api/v1/violations/${schedule[0]!.id}`)).json();
    expect(detail.evidence.facts.map((f: Json) => f.label)).toContain('Milestone');
  });
});

describe('the response guide and tenancy', () => {
  it('reads and replaces the guide, validating rows', async () => {
    const guide = (await coordinator.get('/api/v1/erp/guide')).json();
    expect(guide.rows.length).toBeGreaterThanOrEqual(18);
    const rows = guide.rows.map(({ id: _id, position: _p, ...r }: Json) => r);
    rows[0].timeFrameDays = 10;
    const ok = await coordinator.request('PUT', '/api/v1/erp/guide', { rows });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().rows[0].timeFrameDays).toBe(10);
    expect(ok.json().rows[0].id).toBe(guide.rows[0].id);
    const dup = await coordinator.request('PUT', '/api/v1/erp/guide', { rows: [rows[0], rows[0]] });
    expect(dup.statusCode).toBe(400);
    const badType = await coordinator.request('PUT', '/api/v1/erp/guide', {
      rows: [{ ...rows[0], responses: ['letter'] }],
    });
    expect(badType.statusCode).toBe(400);
    expect((await coordinator.get('/api/v1/erp/guide')).json().rows.length).toBe(guide.rows.length);
    expect(await eventsOfType(t.db, 'erp.guide_updated', t.world.orgs.north.id)).toHaveLength(1);
  });

  it('hides other facilities and authorities (404) and checks permissions (403)', async () => {
    const brewery = await t.as('manager@brewery.test');
    expect((await brewery.get(`/api/v1/violations/${effluentId}`)).statusCode).toBe(404);
    expect((await brewery.get(`/api/v1/enforcement-actions/${novId}`)).statusCode).toBe(404);
    expect((await brewery.get(`/api/v1/enforcement-actions/${novId}/letter.pdf`)).statusCode).toBe(404);
    const south = await t.as('coordinator@south.test');
    expect((await south.get(`/api/v1/violations/${effluentId}`)).statusCode).toBe(404);
    expect((await south.get(`/api/v1/enforcement-actions/${novId}`)).statusCode).toBe(404);
    expect((await south.get('/api/v1/enforcement-actions')).json()).toEqual([]);
    const inspector = await t.as('inspector@north.test');
    const issue = await inspector.post('/api/v1/enforcement-actions', {
      facilityId: t.world.orgs.plating.id,
      type: 'notice_of_violation',
      issuedOn: today(),
      summary: 'x',
    });
    expect(issue.statusCode).toBe(403);
    const viewer = await t.as('viewer@north.test');
    const rec = await viewer.post('/api/v1/violations', {
      facilityId: t.world.orgs.plating.id,
      category: 'other',
      occurredOn: today(),
      detectedOn: today(),
      description: 'x',
    });
    expect(rec.statusCode).toBe(403);
    expect(
      (await manager.post(`/api/v1/enforcement-actions/${novId}/escalate`, { issuedOn: today() })).statusCode,
    ).toBe(403);
    const southIssue = await south.post('/api/v1/enforcement-actions', {
      facilityId: t.world.orgs.plating.id,
      type: 'notice_of_violation',
      issuedOn: today(),
      summary: 'x',
    });
    expect(southIssue.statusCode).toBe(404);
  });
});

describe('the demo enforcement', () => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase();
    await seedDemo(database.db);
  }, 120_000);

  it('has the guide, an overdue NOV at Acme, a manual violation at Riverside and a part-paid penalty', async () => {
    const db = database.db;
    const [springfield] = await db
      .select()
      .from(organizations)
      .where(eq(organizations.name, 'Springfield Water Reclamation'));
    const guide = await db
      .select()
      .from(erpGuideEntries)
      .where(eq(erpGuideEntries.authorityId, springfield!.id));
    expect(guide.length).toBeGreaterThanOrEqual(18);
    const actions = await db
      .select()
      .from(enforcementActions)
      .where(eq(enforcementActions.authorityId, springfield!.id));
    const year = today().slice(0, 4);
    // this year's actions (the demo's previous year has its own, see demo-program.test.ts)
    const thisYear = actions.filter((a) => a.issuedOn.startsWith(year));
    expect(thisYear.map((a) => a.type).sort()).toEqual(['notice_of_violation', 'penalty']);
    expect(await overdueResponses(db, springfield!.id, today())).toBe(1);
    expect(await penaltyTotals(db, springfield!.id, `${year}-01-01`, `${year}-12-31`)).toEqual({
      assessed: '1500.00',
      collected: '750.00',
    });
    const manual = await db.select().from(violations).where(eq(violations.kind, 'manual'));
    expect(manual).toHaveLength(1);
    expect(manual[0]!.category).toBe('slug_bmp_notification');
  });
});
