import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateIcisXml } from '../../domain/test/exports-helpers';
import {
  auditEvents,
  enforcementActions,
  inspections,
  programReportCopies,
  programReports,
  samples,
  sncEvaluations,
  violations,
} from '../src/db/schema';
import { seedDemo } from '../src/demo/seed';
import {
  actorFor,
  makeAuthorityProfile,
  makeFacility,
  makeFacilityProfile,
  makePermit,
  makeUser,
} from '../src/factories';
import { DEFAULT_PROGRAM_SETTINGS, updateProgramSettings } from '../src/program/settings';
import { verifyCopyOfRecord } from '../src/reports/copy-of-record';
import { Browser, testApp, testDatabase } from './harness';
import { makeWorld } from './world';

/**
 * The annual report of a hand-computed demo program (§6.2). The SNC determinations are inserted
 * as `snc_evaluations` rows (read back through the SNC engine's `sncHistory`) rather than computed
 * from samples, and the enforcement actions, inspections and authority samples are inserted directly
 * (their use cases were being built alongside), so every figure is known by hand.
 */

const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
// the previous reporting year (calendar) is the one the test fills and prepares
const Y = new Date().getUTCFullYear() - 1;
const d = (md: string) => `${Y}-${md}`;

let t: Awaited<ReturnType<typeof setup>>;

/** The database's own message when it refuses a statement. */
async function refusal(query: Promise<unknown>): Promise<string> {
  try {
    await query;
  } catch (err) {
    const e = err as Error & { cause?: Error };
    return e.cause?.message ?? e.message;
  }
  return 'not refused';
}

async function setup() {
  const database = await testDatabase();
  const db = database.db;
  const world = await makeWorld(db);
  const north = world.orgs.north;
  await makeUser(db, north.id, { email: 'director@north.test', role: 'director', name: 'Dana Director' });
  await makeAuthorityProfile(db, north.id);
  const coordinator = await actorFor(db, world.users.northCoordinator.id, north.id);
  const facility = (name: string) => makeFacility(db, { name, regulatedById: north.id });
  const foundry = await facility('Capitol Foundry');
  const delta = await facility('Delta Coatings');
  const dental = await facility('Bright Dental Lab');
  const anodizing = await facility('Capitol Anodizing');
  const ids = {
    plating: world.orgs.plating.id,
    brewery: world.orgs.brewery.id,
    foundry: foundry.id,
    delta: delta.id,
    dental: dental.id,
    anodizing: anodizing.id,
  };
  const part433 = [{ part: '433', subpart: 'A' }];
  await makeFacilityProfile(db, ids.plating, {
    categoricalStandards: part433,
    flows: { processGpd: '32000' },
  });
  await makeFacilityProfile(db, ids.brewery, { flows: { processGpd: '30000', sanitaryGpd: '1500' } });
  await makeFacilityProfile(db, ids.foundry, { flows: { processGpd: '40000' } });
  await makeFacilityProfile(db, ids.delta, { categoricalStandards: part433, flows: { processGpd: '9000' } });
  await makeFacilityProfile(db, ids.dental, {
    categoricalStandards: [{ part: '439', subpart: 'D' }],
    flows: { processGpd: '60' },
    categoricalFacts: {
      maxDailyCategoricalFlowGpd: '85',
      averageCategoricalFlowGpd: '60',
      consistentlyCompliant: true,
      annualCertificationOnFile: true,
      noUntreatedConcentrate: true,
    },
  });
  await makeFacilityProfile(db, ids.anodizing, {
    categoricalStandards: part433,
    flows: { processGpd: '800' },
    processOrganicLoadLbPerDay: '1',
    categoricalFacts: {
      maxDailyCategoricalFlowGpd: '800',
      averageCategoricalFlowGpd: '700',
      flowFromContinuousMonitorOrBatch: true,
      notHighlyVariable: true,
    },
  });
  const issue = {
    issuedDate: `${Y - 1}-01-10`,
    effectiveDate: `${Y - 1}-02-01`,
    expirationDate: `${Y + 4}-01-31`,
  };
  await makePermit(db, coordinator, { facilityId: ids.plating, permitNumber: 'MIP000001', issue });
  // not ICIS's 9 characters: the XML needs an identifier entered for it
  await makePermit(db, coordinator, { facilityId: ids.brewery, permitNumber: 'NB-IU-0002', issue });
  await makePermit(db, coordinator, { facilityId: ids.delta, permitNumber: 'MIP000004', issue });
  await makePermit(db, coordinator, { facilityId: ids.anodizing, permitNumber: 'MIP000006', issue });
  await makePermit(db, coordinator, { facilityId: ids.dental, permitNumber: 'MIP000005', issue });
  // Capitol Foundry: an SIU without a control mechanism
  await updateProgramSettings({
    db,
    actor: coordinator,
    input: {
      ...DEFAULT_PROGRAM_SETTINGS,
      npdesPermitId: 'MI0021234',
      suoReference: 'SUO 2019-4',
      suoDate: '2019-03-01',
    },
  });

  const inspect = (facilityId: string, date: string, includesSampling: boolean) =>
    db.insert(inspections).values({
      authorityId: north.id,
      facilityId,
      kind: 'routine',
      status: 'completed',
      includesSampling,
      scheduledDate: date,
      inspectedOn: date,
      completedAt: new Date(`${date}T15:00:00Z`),
    });
  await inspect(ids.plating, d('03-10'), true);
  await inspect(ids.delta, d('05-20'), true);
  await inspect(ids.foundry, d('05-05'), false);
  await inspect(ids.anodizing, `${Y - 1}-06-01`, true); // last year: neither inspected nor sampled in Y
  await db.insert(samples).values({
    facilityId: ids.brewery,
    monitoringPoint: '001',
    collectedStart: d('08-12'),
    sampleDate: d('08-12'),
    sampledBy: 'authority',
    source: 'manual',
  });

  const snc = (
    facilityId: string,
    start: string,
    end: string,
    criteria: string[],
    parameterCode: string | null,
  ) =>
    db.insert(sncEvaluations).values({
      authorityId: north.id,
      facilityId,
      windowMode: 'FIXED_SEMIANNUAL',
      windowStart: start,
      windowEnd: end,
      windowLabel: `${start} – ${end}`,
      asOf: end,
      isSignificantIndustrialUser: true,
      isSnc: true,
      isNearSnc: false,
      criteriaMet: criteria,
      findings: criteria.map((criterion) => ({
        criterion,
        parameterCode,
        windowStart: start,
        windowEnd: end,
      })),
      warnings: [],
      explanation: {},
      settings: {},
    });
  await snc(ids.plating, d('01-01'), d('06-30'), ['A', 'B'], '01042');
  await snc(ids.brewery, d('07-01'), d('12-31'), ['F'], null);
  await snc(ids.delta, d('01-01'), d('06-30'), ['E'], null);

  const act = (facilityId: string, type: string, issuedOn: string, extra: Record<string, unknown> = {}) =>
    db.insert(enforcementActions).values({
      authorityId: north.id,
      facilityId,
      type: type as 'notice_of_violation',
      level: 2,
      status: 'open',
      issuedOn,
      officialTitle: 'Pretreatment Coordinator',
      summary: `${type} to ${facilityId}`,
      ...extra,
    });
  await act(ids.plating, 'notice_of_violation', d('02-15'));
  await act(ids.plating, 'administrative_order', d('04-01'), {
    complianceSchedule: [
      {
        id: 'm1',
        kind: 'final-compliance',
        description: 'Final compliance',
        scheduledDate: d('10-01'),
        achievedDate: null,
      },
    ],
  });
  await act(ids.plating, 'penalty', d('05-01'), {
    penaltyAssessed: '5000.00',
    penaltyCollected: '1250.50',
    penaltyCollectedOn: d('07-15'),
  });
  await act(ids.brewery, 'notice_of_violation', d('09-20'));
  // assessed and collected the year before: not counted
  await act(ids.brewery, 'penalty', `${Y - 1}-10-01`, {
    penaltyAssessed: '800.00',
    penaltyCollected: '800.00',
    penaltyCollectedOn: `${Y - 1}-12-15`,
  });
  await act(ids.foundry, 'judicial_referral', d('11-01'), { judicialKind: 'civil' });
  await db.insert(violations).values({
    facilityId: ids.foundry,
    kind: 'manual',
    status: 'open',
    limitRef: 'manual:interference',
    parameterCode: '',
    monitoringPoint: '001',
    periodStart: d('06-01'),
    periodEnd: d('06-01'),
    resultIds: [],
    explanation: {},
    category: 'interference',
    description: 'Digester upset traced to a slug of spent pickling acid',
    detectedOn: d('06-01'),
  });

  const app = await testApp(database);
  const as = async (email: string) => {
    const b = new Browser(app);
    await b.login(email, world.password);
    return b;
  };
  return { db, world, ids, app, as };
}

let reportId = '';

beforeAll(async () => {
  t = await setup();
}, 60_000);

describe('pretreatment annual report (403.12(i))', () => {
  it('lists the previous and current reporting years, once, due 60 days after the year ends', async () => {
    const coordinator = await t.as('coordinator@north.test');
    const first = await coordinator.get('/api/v1/program-reports');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().map((r: { periodStart: string }) => r.periodStart)).toEqual([
      `${Y + 1}-01-01`,
      `${Y}-01-01`,
    ]);
    const again = await coordinator.get('/api/v1/program-reports');
    expect(again.json()).toHaveLength(2);
    const previous = again.json()[1];
    expect(previous).toMatchObject({
      periodEnd: `${Y}-12-31`,
      dueDate: `${Y + 1}-03-01`,
      status: 'draft',
      label: String(Y),
    });
    reportId = previous.id;
  });

  it('computes every PPS figure of the hand-computed program', async () => {
    const coordinator = await t.as('coordinator@north.test');
    const res = await coordinator.post(`/api/v1/program-reports/${reportId}/prepare`);
    expect(res.statusCode, res.body).toBe(200);
    const content = res.json().content;
    const classOf = (id: string) =>
      content.industrialUsers.find((i: { facilityId: string }) => i.facilityId === id);
    expect(classOf(t.ids.dental).iuClass).toBe('NSCIU');
    expect(classOf(t.ids.anodizing)).toMatchObject({ iuClass: 'SIU_CATEGORICAL', middleTier: true });
    expect(classOf(t.ids.brewery).iuClass).toBe('SIU_NON_CATEGORICAL');
    expect(content.pps).toEqual({
      NumberSIUs: 5, // plating, brewery, foundry, delta, anodizing
      SIUsWithoutControlMechanism: 1, // foundry
      SIUsNotInspected: 2, // brewery, anodizing (inspected the year before)
      SIUsNotSampled: 2, // foundry (inspection without sampling), anodizing
      SIUsOnSchedule: 1, // plating's order
      SIUsSNCWithPretreatmentStandards: 1, // plating A, B
      SIUsSNCWithReportingRequirements: 1, // brewery F
      SIUsSNCWithPretreatmentSchedule: 1, // delta E
      SIUsSNCPublishedNewspaper: 0, // not yet published
      ViolationNoticesIssuedSIUs: 2,
      AdministrativeOrdersIssuedSIUs: 1,
      CivilSuitsFiledAgainstSIUs: 1,
      CriminalSuitsFiledAgainstSIUs: 0,
      DollarAmountPenaltiesCollected: '1250.50',
      IUsWhichPenaltiesHaveBeenCollected: 1,
      NumberCIUs: 4, // plating, delta, dental (NSCIU), anodizing
      CIUsInSNC: 2, // plating, delta
      PassThroughInterferenceIndicator: 'Y',
    });
    expect(content.penalties).toEqual({ assessed: '5000.00', collected: '1250.50' });
    expect(classOf(t.ids.plating).snc).toMatchObject({ criteria: ['A', 'B'], parameters: ['01042'] });
    expect(classOf(t.ids.plating).categories).toEqual([{ part: '433', subpart: 'A' }]);
  });

  it('keeps what the authority enters across rebuilds', async () => {
    const coordinator = await t.as('coordinator@north.test');
    const bad = await coordinator.request('PUT', `/api/v1/program-reports/${reportId}/draft`, {
      annualBudget: 'lots',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('annualBudget');
    const saved = await coordinator.request('PUT', `/api/v1/program-reports/${reportId}/draft`, {
      programChanges: 'Local limits for zinc re-evaluated.',
      annualBudget: '412500.00',
      sncNoticePublishedOn: d('03-15'),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().content.pps.SIUsSNCPublishedNewspaper).toBe(3);
    const rebuilt = await coordinator.post(`/api/v1/program-reports/${reportId}/prepare`);
    expect(rebuilt.json().edits.programChanges).toBe('Local limits for zinc re-evaluated.');
    expect(rebuilt.json().content.entered.annualBudget).toBe('412500.00');
    expect(rebuilt.json().content.pps.SIUsSNCPublishedNewspaper).toBe(3);
  });

  it('refuses XML it cannot write validly, naming the IU; with the identifier entered it validates against the XSD', async () => {
    const coordinator = await t.as('coordinator@north.test');
    const refused = await coordinator.get(`/api/v1/program-reports/${reportId}/report.xml`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.fields.map((f: { message: string }) => f.message)).toEqual([
      expect.stringMatching(/^Capitol Foundry: an ICIS permit identifier .*permit number none/),
      expect.stringMatching(/^North Brewery: an ICIS permit identifier .*NB-IU-0002/),
    ]);
    const notReady = await coordinator.post(`/api/v1/program-reports/${reportId}/ready`);
    expect(notReady.statusCode).toBe(400);

    const view = (await coordinator.get(`/api/v1/program-reports/${reportId}`)).json();
    const saved = await coordinator.request('PUT', `/api/v1/program-reports/${reportId}/draft`, {
      ...view.edits,
      icisPermitIds: { [t.ids.brewery]: 'MIP000002', [t.ids.foundry]: 'MIP000003' },
    });
    expect(saved.json().xmlProblems).toEqual([]);
    const xml = await coordinator.get(`/api/v1/program-reports/${reportId}/report.xml`);
    expect(xml.statusCode, xml.body).toBe(200);
    expect(xml.headers['content-type']).toMatch(/application\/xml/);
    expect((await validateIcisXml(xml.body)).output).toBe('doc.xml validates');
    expect(xml.body).toContain('<PermitIdentifier>MIP000002</PermitIdentifier>');
    expect(xml.body.match(/<IndustrialUserInformation>/g)).toHaveLength(6);
  });

  it('downloads the PDF and the XLSX with its sheets', async () => {
    const coordinator = await t.as('coordinator@north.test');
    const pdf = await coordinator.get(`/api/v1/program-reports/${reportId}/report.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await coordinator.get(`/api/v1/program-reports/${reportId}/report.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Industrial users',
      'SNC',
      'Inspections',
      'Enforcement',
    ]);
    const summary = workbook.getWorksheet('Summary')!;
    const row = summary
      .getRows(1, summary.rowCount)!
      .find((r) => r.getCell(2).value === 'DollarAmountPenaltiesCollected');
    expect(row?.getCell(3).value).toBe('1250.50');
    expect(workbook.getWorksheet('Industrial users')!.rowCount).toBe(7);
  });

  it('keeps facility users and other authorities out', async () => {
    const manager = await t.as('manager@plating.test');
    expect((await manager.get('/api/v1/program-reports')).statusCode).toBe(403);
    expect([403, 404]).toContain((await manager.get(`/api/v1/program-reports/${reportId}`)).statusCode);
    expect([403, 404]).toContain(
      (await manager.get(`/api/v1/program-reports/${reportId}/report.pdf`)).statusCode,
    );
    const south = await t.as('coordinator@south.test');
    expect((await south.get(`/api/v1/program-reports/${reportId}`)).statusCode).toBe(404);
    expect((await south.post(`/api/v1/program-reports/${reportId}/prepare`)).statusCode).toBe(404);
  });

  it('is signed by the director only: password re-entered, row frozen, copy of record verifiable', async () => {
    const coordinator = await t.as('coordinator@north.test');
    const ready = await coordinator.post(`/api/v1/program-reports/${reportId}/ready`);
    expect(ready.statusCode, ready.body).toBe(200);
    expect(ready.json().status).toBe('ready_for_signature');
    const certificationTemplateId = ready.json().certification.id;
    expect(ready.json().certification.key).toBe('pretreatment_program');
    const body = { password: t.world.password, certificationTemplateId, certify: true };

    expect((await coordinator.post(`/api/v1/program-reports/${reportId}/sign`, body)).statusCode).toBe(403);
    const director = await t.as('director@north.test');
    const wrong = await director.post(`/api/v1/program-reports/${reportId}/sign`, {
      ...body,
      password: 'nope',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0].path).toBe('password');
    const stale = await director.post(`/api/v1/program-reports/${reportId}/sign`, {
      ...body,
      certificationTemplateId: '00000000-0000-4000-8000-000000000000',
    });
    expect(stale.statusCode).toBe(409);

    const signed = await director.post(`/api/v1/program-reports/${reportId}/sign`, body);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({
      status: 'submitted',
      signature: { signerName: 'Dana Director', signerTitle: 'Director' },
    });

    // frozen: the database refuses changes; the API refuses edits
    expect(
      await refusal(
        t.db.execute(sql`update program_reports set content = '{}'::jsonb where id = ${reportId}`),
      ),
    ).toMatch(/is signed: UPDATE refused/);
    expect(
      await refusal(
        t.db.execute(sql`delete from program_report_copies where program_report_id = ${reportId}`),
      ),
    ).not.toBe('not refused');
    expect((await coordinator.post(`/api/v1/program-reports/${reportId}/prepare`)).statusCode).toBe(409);

    const [copy] = await t.db
      .select()
      .from(programReportCopies)
      .where(eq(programReportCopies.programReportId, reportId));
    const [event] = await t.db.select().from(auditEvents).where(eq(auditEvents.seq, copy!.auditSeq));
    expect(event!.eventType).toBe('program_report.signed');
    expect(event!.after).toMatchObject({
      copyOfRecord: { jsonSha256: copy!.jsonSha256, pdfSha256: copy!.pdfSha256, xmlSha256: copy!.xmlSha256 },
    });
    const doc = JSON.parse(Buffer.from(copy!.json).toString('utf8'));
    expect(doc.format).toBe('outfall.program-report-copy-of-record/1');
    expect(doc.signature.certification.text).toMatch(/^I certify under penalty of law/);
    expect((await validateIcisXml(Buffer.from(copy!.xml).toString('utf8'))).valid).toBe(true);

    for (const [part, bytes] of [
      ['json', copy!.json],
      ['pdf', copy!.pdf],
      ['xml', copy!.xml],
    ] as const) {
      const verdict = await verifyCopyOfRecord(t.db, Buffer.from(bytes));
      expect(verdict).toMatchObject({ verified: true, matched: part, kind: 'program_report' });
      expect(verdict.report?.id).toBe(reportId);
    }
    const tampered = Buffer.from(copy!.xml).toString('utf8').replace('MIP000002', 'MIP000009');
    expect((await verifyCopyOfRecord(t.db, Buffer.from(tampered))).verified).toBe(false);

    // the downloads of a signed report are the stored copy of record, byte for byte
    const pdf = await coordinator.get(`/api/v1/program-reports/${reportId}/report.pdf`);
    expect(sha256(pdf.rawPayload)).toBe(copy!.pdfSha256);
    const xml = await coordinator.get(`/api/v1/program-reports/${reportId}/report.xml`);
    expect(sha256(xml.rawPayload)).toBe(copy!.xmlSha256);
    const [row] = await t.db.select().from(programReports).where(eq(programReports.id, reportId));
    expect(row!.signedAt).not.toBeNull();
  });
});

describe('the demo program', () => {
  it('has the previous year’s annual report prepared, with figures and all three downloads', async () => {
    const database = await testDatabase();
    await seedDemo(database.db, { labImport: false });
    const app = await testApp(database);
    const director = new Browser(app);
    await director.login('director@springfield.example', 'outfall-demo');
    const list = (await director.get('/api/v1/program-reports')).json();
    const previous = list.find((r: { preparedAt: string | null }) => r.preparedAt !== null);
    expect(previous).toMatchObject({ status: 'draft', label: String(Y) });
    const view = (await director.get(`/api/v1/program-reports/${previous.id}`)).json();
    expect(view.content.pps.NumberSIUs).toBeGreaterThan(0);
    expect(view.xmlProblems).toEqual([]);
    const xml = await director.get(`/api/v1/program-reports/${previous.id}/report.xml`);
    expect(xml.statusCode, xml.body).toBe(200);
    expect((await validateIcisXml(xml.body)).valid).toBe(true);
    for (const format of ['pdf', 'xlsx']) {
      expect((await director.get(`/api/v1/program-reports/${previous.id}/report.${format}`)).statusCode).toBe(
        200,
      );
    }
  }, 120_000);
});
