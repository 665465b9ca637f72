import { PermitContent } from '@outfall/domain/contracts/permits';
import type { SncCriterionExplanation, SncEvaluationView } from '@outfall/domain/contracts/snc-program';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/audit/append';
import type { Actor } from '../src/auth/actor';
import type { Db } from '../src/db/connect';
import { auditEvents, enforcementActions, reports, sncEvaluations, violations } from '../src/db/schema';
import {
  actorFor,
  makeAuthorityProfile,
  makeFacility,
  makeFacilityProfile,
  makePermit,
  makeSampleEvent,
  makeUser,
} from '../src/factories';
import type { App } from '../src/http/types';
import { correctResult } from '../src/monitoring/correct-result';
import { MODEL_CONDITIONS, monitoringOf } from '../src/permits/demo-content';
import { updateProgramSettings } from '../src/program/settings';
import { openReportingViolation } from '../src/reports/reporting-violations';
import { evaluateFacilitySnc } from '../src/snc/evaluate-facility';
import { toEvaluationView } from '../src/snc/snc.queries';
import { sncHistory, sncSummary } from '../src/snc/summary';
import { sweepAuthoritySnc } from '../src/snc/sweep-snc';
import { Browser, testApp, testDatabase } from './harness';
import { sampleEvent } from './monitoring-helpers';
import { makeWorld } from './world';

const ISSUE = { issuedDate: '2024-12-15', effectiveDate: '2025-01-01', expirationDate: '2029-12-31' };
const H1_CLOSED = '2025-07-15';
/** A day inside 2025-H1. */
const H1 = '2025-03-01';

interface LimitSpec {
  code: string;
  name: string;
  base: 'DD' | 'SA';
  value: string;
  direction?: 'max' | 'min';
  unit?: 'mg/L' | 'SU';
}

function contentWith(limits: LimitSpec[], extra: Partial<PermitContent> = {}): PermitContent {
  const outfallId = 'outfall:001';
  const permitLimits = limits.map((l) => ({
    id: `limit:001:${l.code}:${l.base}:${l.direction ?? 'max'}`,
    parameterCode: l.code,
    parameterName: l.name,
    statisticalBaseCode: l.base,
    value: l.value,
    unitCode: l.unit === 'SU' ? '12' : '19',
    unitText: l.unit ?? 'mg/L',
    direction: l.direction ?? 'max',
    basis: 'local',
    sampleType: 'GR',
    frequencyCode: '01/30',
  }));
  return PermitContent.parse({
    outfalls: [{ id: outfallId, code: '001', name: 'Process wastewater', monitoringLocationCode: '1' }],
    limitSets: [
      { id: 'limitset:001:A', outfallId, designator: 'A', name: 'Local limits', limits: permitLimits },
    ],
    monitoringRequirements: monitoringOf(permitLimits, outfallId, '001'),
    reportingRequirements: [
      {
        id: 'reporting:periodic',
        kind: 'periodic_compliance',
        name: 'Periodic compliance report (40 CFR 403.12(e))',
        cadence: 'semiannual',
        firstMonth: 1,
        dueRule: { kind: 'days-after-period-end', days: 30 },
      },
    ],
    conditions: MODEL_CONDITIONS,
    ...extra,
  });
}

const COPPER: LimitSpec = { code: '01042', name: 'Copper, total', base: 'DD', value: '3.38' };

let db: Db;
let app: App;
let world: Awaited<ReturnType<typeof makeWorld>>;
let coordinator: Actor;
let n = 0;

async function makeIu(
  name: string,
  limits: LimitSpec[],
  opts: { siu?: boolean; extra?: Partial<PermitContent> } = {},
): Promise<{ id: string; permitId: string }> {
  const facility = await makeFacility(db, { name, regulatedById: world.orgs.north.id });
  await makeFacilityProfile(db, facility.id, {
    name,
    siteAddress: { line1: `${++n} Foundry Road`, city: 'Northville', state: 'MI', postalCode: '48167' },
    categoricalStandards: opts.siu === false ? [] : [{ part: '433', subpart: 'a' }],
  });
  const permit = await makePermit(db, coordinator, {
    facilityId: facility.id,
    permitNumber: `SNC-${n}`,
    kind: 'pretreatment_iu',
    content: contentWith(limits, opts.extra),
    issue: ISSUE,
  });
  return { id: facility.id, permitId: permit.id };
}

async function record(
  actor: Actor,
  facilityId: string,
  day: string,
  parameterCode: string,
  value: string,
  unit = 'mg/L',
) {
  const event = sampleEvent(facilityId, `${day}T08:00`, [
    { parameterCode, value, unit, method: 'EPA 200.8' },
  ]);
  return makeSampleEvent(db, actor, { ...event, collectionMethod: 'grab', sampleType: 'GR' });
}

const jan = (i: number) => `2025-01-${String(i + 2).padStart(2, '0')}`;
const dayOfH1 = (i: number) => {
  const d = new Date(Date.UTC(2025, 0, 2 + i * 3));
  return d.toISOString().slice(0, 10);
};

async function evaluate(facilityId: string, asOf: string, windowDate?: string): Promise<SncEvaluationView> {
  const { row } = await evaluateFacilitySnc(db, systemActor, {
    authorityId: world.orgs.north.id,
    facilityId,
    asOf,
    ...(windowDate ? { windowDate } : {}),
  });
  return toEvaluationView(row);
}

const criterion = (e: SncEvaluationView, c: string): SncCriterionExplanation =>
  e.explanation.find((x) => x.criterion === c)!;

async function setProgram(input: Partial<Parameters<typeof updateProgramSettings>[0]['input']>) {
  const { DEFAULT_PROGRAM_SETTINGS } = await import('../src/program/settings');
  const admin = await actorFor(db, world.users.northAdmin.id, world.orgs.north.id);
  await updateProgramSettings({ db, actor: admin, input: { ...DEFAULT_PROGRAM_SETTINGS, ...input } });
}

async function browser(email: string) {
  const b = new Browser(app);
  await b.login(email, world.password);
  return b;
}

const ius: Record<string, { id: string; permitId: string }> = {};

beforeAll(async () => {
  const database = await testDatabase();
  db = database.db;
  world = await makeWorld(db);
  await makeAuthorityProfile(db, world.orgs.north.id);
  coordinator = await actorFor(db, world.users.northCoordinator.id, world.orgs.north.id);
  app = await testApp(database);
}, 60_000);

afterAll(async () => {
  await app?.close();
});

describe('SNC through the stored data (domain-spec §4.4 S1–S8)', () => {
  it('S1: copper daily max 3.38 — IU and authority results count: A 4 of 6 and B 2 of 6', async () => {
    const iu = await makeIu('S1 Copper Works', [COPPER]);
    ius.s1 = iu;
    const manager = await makeUser(db, iu.id, { email: 'manager@s1.test', role: 'manager' });
    const iuActor = await actorFor(db, manager.id, iu.id);
    const values = ['3.0', '4.1', '3.5', '4.056', '2.0', '3.9'];
    // self-monitoring (IU) and authority sampling alike
    for (const [i, v] of values.entries())
      await record(i % 2 ? coordinator : iuActor, iu.id, jan(i), '01042', v);
    const e = await evaluate(iu.id, H1_CLOSED, '2025-03-01');
    expect(e).toMatchObject({
      windowMode: 'FIXED_SEMIANNUAL',
      windowLabel: '2025-H1',
      windowStart: '2025-01-01',
      windowEnd: '2025-06-30',
      isSignificantIndustrialUser: true,
      isSnc: true,
      criteriaMet: ['A', 'B'],
      isWindowOpen: false,
    });
    const a = criterion(e, 'A');
    expect(a.isMet).toBe(true);
    expect(a.series).toHaveLength(1);
    expect(a.series[0]!.chronic.arithmetic).toBe('4 of 6 = 66.7 % ≥ 66 %');
    expect(a.series[0]!.chronic.test).toBe('100 × 4 >= 66 × 6');
    expect(a.series[0]!.measurements.map((m) => [m.date, m.value, m.limit, m.exceedsLimit])).toEqual([
      ['2025-01-02', '3', 'max 3.38', false],
      ['2025-01-03', '4.1', 'max 3.38', true],
      ['2025-01-04', '3.5', 'max 3.38', true],
      ['2025-01-05', '4.056', 'max 3.38', true],
      ['2025-01-06', '2', 'max 3.38', false],
      ['2025-01-07', '3.9', 'max 3.38', true],
    ]);
    const b = criterion(e, 'B');
    expect(b.series[0]!.trc!.arithmetic).toBe('2 of 6 = 33.3 % ≥ 33 %');
    expect(b.series[0]!.measurements.filter((m) => m.meetsTrc).map((m) => m.value)).toEqual(['4.1', '4.056']);
    expect(b.series[0]!.measurements[0]!.bounds[0]).toMatchObject({ trcFactor: '1.2', trcValue: '4.056' });
    expect(e.settings).toMatchObject({ windowMode: 'FIXED_SEMIANNUAL', lateReportDays: 45 });
    expect(e.findings).toEqual([
      expect.objectContaining({ criterion: 'A', parameterCode: '01042', windowEnd: '2025-06-30' }),
      expect.objectContaining({ criterion: 'B', parameterCode: '01042' }),
    ]);
  }, 60_000);

  it('S2: BOD local limit 300 — 2 of 6 and 1 of 6: a violation, not SNC', async () => {
    const iu = await makeIu('S2 Bakery', [{ code: '00310', name: 'BOD, 5-day', base: 'DD', value: '300' }]);
    ius.s2 = iu;
    for (const [i, v] of ['250', '430', '310', '280', '200', '260'].entries())
      await record(coordinator, iu.id, jan(i), '00310', v);
    const e = await evaluate(iu.id, H1_CLOSED, H1);
    expect(e.windowLabel).toBe('2025-H1');
    expect(e.isSnc).toBe(false);
    expect(e.criteriaMet).toEqual([]);
    expect(criterion(e, 'A').series[0]!.chronic.arithmetic).toBe('2 of 6 = 33.3 % < 66 %');
    expect(criterion(e, 'B').series[0]!.trc!.arithmetic).toBe('1 of 6 = 16.7 % < 33 %');
    expect(criterion(e, 'B').series[0]!.measurements[0]!.bounds[0]).toMatchObject({
      trcFactor: '1.4',
      trcValue: '420',
    });
    // the effluent violations exist all the same (§5)
    const open = await db
      .select()
      .from(violations)
      .where(and(eq(violations.facilityId, iu.id), eq(violations.kind, 'effluent')));
    expect(open).toHaveLength(2);
  }, 60_000);

  it('S3: pH 5.0–11.0 instantaneous — each grab is one measurement, 7 of 10 below 5.0, no TRC', async () => {
    const iu = await makeIu('S3 Etchers', [
      { code: '00400', name: 'pH', base: 'SA', value: '5.0', direction: 'min', unit: 'SU' },
      { code: '00400', name: 'pH', base: 'SA', value: '11.0', direction: 'max', unit: 'SU' },
    ]);
    ius.s3 = iu;
    const grabs = ['4.6', '4.8', '5.5', '4.9', '4.2', '6.0', '4.7', '4.4', '7.1', '4.9'];
    for (const [i, v] of grabs.entries()) await record(coordinator, iu.id, jan(i), '00400', v, 'SU');
    const e = await evaluate(iu.id, H1_CLOSED, H1);
    expect(e.criteriaMet).toEqual(['A']);
    const s = criterion(e, 'A').series[0]!;
    expect(s.limitKind).toBe('instantaneous');
    expect(s.measurements).toHaveLength(10);
    expect(s.measurements[0]!.limit).toBe('min 5.0 / max 11.0');
    expect(s.chronic.arithmetic).toBe('7 of 10 = 70.0 % ≥ 66 %');
    expect(s.trc).toBeNull();
    expect(criterion(e, 'B').series).toEqual([]);
    expect(criterion(e, 'B').isMet).toBe(false);
  }, 60_000);

  it('S4: 33 of 50 over the limit is 66.0 % (SNC); corrected to 32 of 50 (64 %) it is not, and the change is audited', async () => {
    const iu = await makeIu('S4 Galvanizers', [
      { code: '01092', name: 'Zinc, total', base: 'DD', value: '1.0' },
    ]);
    ius.s4 = iu;
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      const r = await record(coordinator, iu.id, dayOfH1(i), '01092', i < 33 ? '1.2' : '0.5');
      ids.push(r.results[0]!.id);
    }
    const e = await evaluate(iu.id, H1_CLOSED, H1);
    expect(e.criteriaMet).toContain('A');
    expect(criterion(e, 'A').series[0]!.chronic.arithmetic).toBe('33 of 50 = 66.0 % ≥ 66 %');
    const audited = async () =>
      (
        await db
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.eventType, 'snc.evaluated'), eq(auditEvents.subjectId, e.id)))
      ).length;
    expect(await audited()).toBe(1);
    // re-evaluating with the same verdict does not audit again
    await evaluate(iu.id, H1_CLOSED, H1);
    expect(await audited()).toBe(1);
    await correctResult({
      db,
      actor: coordinator,
      resultId: ids[0]!,
      input: { value: '0.5', reason: 'Transcription error on the bench sheet' },
    });
    const after = await evaluate(iu.id, H1_CLOSED, H1);
    expect(after.id).toBe(e.id);
    expect(after.criteriaMet).not.toContain('A');
    expect(criterion(after, 'A').series[0]!.chronic.arithmetic).toBe('32 of 50 = 64.0 % < 66 %');
    // 64 % is within the default 10-point margin: near SNC
    expect(after.isNearSnc).toBe(true);
    expect(after.warnings).toEqual([
      expect.objectContaining({ kind: 'near', criterion: 'A', parameterCode: '01092' }),
    ]);
    expect(await audited()).toBe(2);
  }, 120_000);

  it('S7: 0.408 against 0.34 × 1.2 meets TRC (decimal, not float)', async () => {
    const iu = await makeIu('S7 Cadmium Platers', [
      { code: '01027', name: 'Cadmium, total', base: 'DD', value: '0.34' },
    ]);
    ius.s7 = iu;
    for (const [i, v] of ['0.408', '0.1', '0.1'].entries())
      await record(coordinator, iu.id, jan(i), '01027', v);
    const e = await evaluate(iu.id, H1_CLOSED, H1);
    expect(e.criteriaMet).toEqual(['B']);
    const b = criterion(e, 'B').series[0]!;
    expect(b.trc!.arithmetic).toBe('1 of 3 = 33.3 % ≥ 33 %');
    expect(b.measurements[0]!.bounds[0]).toMatchObject({ value: '0.408', trcValue: '0.408', meetsTrc: true });
  }, 60_000);

  it('S5: a periodic report due 2025-01-31 — 45 days late is not F, 46 is; under a 30-day program setting both are, 30 is not', async () => {
    const iu = await makeIu('S5 Late Reporters', [COPPER]);
    ius.s5 = iu;
    const [report] = await db
      .insert(reports)
      .values({
        facilityId: iu.id,
        permitId: iu.permitId,
        requirementId: 'reporting:periodic-test',
        kind: 'periodic_compliance',
        title: 'Periodic compliance report — period ending 2024-12-31',
        periodStart: '2024-07-01',
        periodEnd: '2024-12-31',
        dueDate: '2025-01-31',
        status: 'submitted',
        receivedAt: new Date('2025-03-17T15:00:00Z'),
      })
      .returning();
    const received = (day: string) =>
      db
        .update(reports)
        .set({ receivedAt: new Date(`${day}T15:00:00Z`) })
        .where(eq(reports.id, report!.id));
    let e = await evaluate(iu.id, H1_CLOSED, H1);
    expect(e.criteriaMet).toEqual([]);
    expect(criterion(e, 'F').items).toEqual([
      expect.objectContaining({
        id: report!.id,
        isSnc: false,
        text: expect.stringContaining('45 days late'),
      }),
    ]);
    await received('2025-03-18');
    e = await evaluate(iu.id, H1_CLOSED, H1);
    expect(e.criteriaMet).toEqual(['F']);
    expect(criterion(e, 'F').items[0]!.text).toContain('46 days late; SNC when more than 45 days late');

    await setProgram({ lateReportDays: 30 });
    try {
      await received('2025-03-17');
      e = await evaluate(iu.id, H1_CLOSED, H1);
      expect(e.criteriaMet).toEqual(['F']);
      expect(e.settings.lateReportDays).toBe(30);
      await received('2025-03-02');
      e = await evaluate(iu.id, H1_CLOSED, H1);
      expect(e.criteriaMet).toEqual([]);
      expect(criterion(e, 'F').items[0]!.text).toContain('30 days late; SNC when more than 30 days late');
    } finally {
      await setProgram({});
    }
  }, 60_000);

  it("late reporting violations use the regulating authority's late-report days (DMRs stay at 30)", async () => {
    const iu = await makeIu('Late Report Violations', [COPPER]);
    const [report] = await db
      .insert(reports)
      .values({
        facilityId: iu.id,
        permitId: iu.permitId,
        requirementId: 'reporting:periodic-late',
        kind: 'periodic_compliance',
        title: 'Periodic compliance report — late',
        periodStart: '2024-07-01',
        periodEnd: '2024-12-31',
        dueDate: '2025-01-31',
        status: 'submitted',
        receivedAt: new Date('2025-03-05T15:00:00Z'),
      })
      .returning();
    // 33 days late: not a violation under the federal 45 days
    expect(
      await db.transaction((tx) => openReportingViolation(tx, systemActor, report!, '2025-03-05')),
    ).toBeNull();
    await setProgram({ lateReportDays: 30 });
    try {
      const id = await db.transaction((tx) => openReportingViolation(tx, systemActor, report!, '2025-03-05'));
      expect(id).not.toBeNull();
      const [v] = await db.select().from(violations).where(eq(violations.id, id!));
      expect(v).toMatchObject({ kind: 'reporting', computedValue: '33', limitValue: '30' });
    } finally {
      await setProgram({});
    }
  }, 60_000);

  it('S6: an order milestone "complete construction" due 2025-06-01 — 90 days not E, 91 days E, open on 2025-09-01 E', async () => {
    const iu = await makeIu('S6 Builders', [COPPER]);
    ius.s6 = iu;
    const [order] = await db
      .insert(enforcementActions)
      .values({
        authorityId: world.orgs.north.id,
        facilityId: iu.id,
        type: 'administrative_order',
        level: 4,
        status: 'open',
        issuedOn: '2025-03-01',
        officialTitle: 'Director',
        summary: 'Administrative order with compliance schedule',
        complianceSchedule: [
          {
            id: 'm1',
            kind: 'complete-construction',
            description: 'Complete construction of the pretreatment system',
            scheduledDate: '2025-06-01',
            achievedDate: '2025-08-30',
          },
        ],
      })
      .returning();
    const achieved = (date: string | null) =>
      db
        .update(enforcementActions)
        .set({
          complianceSchedule: [
            {
              id: 'm1',
              kind: 'complete-construction',
              description: 'Complete construction of the pretreatment system',
              scheduledDate: '2025-06-01',
              achievedDate: date,
            },
          ],
        })
        .where(eq(enforcementActions.id, order!.id));
    let e = await evaluate(iu.id, '2026-01-15', '2025-09-01');
    expect(e.windowLabel).toBe('2025-H2');
    expect(e.criteriaMet).toEqual([]);
    expect(criterion(e, 'E').items[0]!.text).toContain('90 days late');
    await achieved('2025-08-31');
    e = await evaluate(iu.id, '2026-01-15', '2025-09-01');
    expect(e.criteriaMet).toEqual(['E']);
    expect(criterion(e, 'E').items[0]!.text).toContain('91 days late');
    await achieved(null);
    e = await evaluate(iu.id, '2025-09-01');
    expect(e.criteriaMet).toEqual(['E']);
    expect(criterion(e, 'E').items[0]!.text).toContain('still open on 2025-09-01');
    expect(criterion(e, 'E').items[0]!.text).toContain('(2025-08-31)');
  }, 60_000);

  it('S8: a permit "interim sampling report" milestone 120 days late is not criterion E', async () => {
    const iu = await makeIu('S8 Schedulers', [COPPER], {
      extra: {
        complianceSchedules: [
          {
            id: 'schedule:1',
            title: 'Sampling programme',
            requirement: null,
            milestones: [
              { id: 'ms:1', kind: 'other', description: 'Interim sampling report', dueDate: '2025-02-01' },
              {
                id: 'ms:2',
                kind: 'final_compliance',
                description: 'Final compliance',
                dueDate: '2025-10-01',
              },
            ],
          },
        ],
      },
    });
    const e = await evaluate(iu.id, '2025-06-01');
    expect(e.criteriaMet).toEqual([]);
    const item = criterion(e, 'E').items[0]!;
    expect(item.isSnc).toBe(false);
    expect(item.text).toContain(
      'is not a start-construction, complete-construction or final-compliance milestone',
    );
  }, 60_000);
});

describe('manual determinations, IU class, window mode', () => {
  async function determination(facilityId: string, c: 'C' | 'D' | 'G' | 'H', day: string) {
    await db.insert(violations).values({
      facilityId,
      kind: 'manual',
      status: 'open',
      limitRef: `manual:${c}`,
      parameterCode: '',
      monitoringPoint: '',
      periodStart: day,
      periodEnd: day,
      resultIds: [],
      explanation: {},
      description: `Determination ${c}`,
      detectedOn: day,
      sncCriterion: c,
    });
  }

  it('C, D, G and H for an SIU from violations with an SNC criterion, in the window of their dates', async () => {
    const iu = await makeIu('Manual SIU', [COPPER]);
    for (const c of ['C', 'D', 'G', 'H'] as const) await determination(iu.id, c, '2025-04-10');
    const e = await evaluate(iu.id, H1_CLOSED, H1);
    expect(e.criteriaMet).toEqual(['C', 'D', 'G', 'H']);
    expect(criterion(e, 'G').items[0]!.text).toContain('Criterion G: POTW determination for 2025-04-10');
    // a determination dated in H1 does not make H2 SNC
    const h2 = await evaluate(iu.id, '2025-12-31', '2025-09-01');
    expect(h2.criteriaMet).toEqual([]);
  }, 60_000);

  it('a non-SIU is in SNC only under C, D and H (A, B, E, F, G do not apply)', async () => {
    const iu = await makeIu('Small Print Shop', [COPPER], { siu: false });
    for (const [i, v] of ['5', '5', '5'].entries()) await record(coordinator, iu.id, jan(i), '01042', v);
    for (const c of ['C', 'D', 'G', 'H'] as const) await determination(iu.id, c, '2025-02-10');
    const e = await evaluate(iu.id, H1_CLOSED, H1);
    expect(e.isSignificantIndustrialUser).toBe(false);
    expect(e.criteriaMet).toEqual(['C', 'D', 'H']);
    expect(criterion(e, 'A')).toMatchObject({ isApplicable: false, isMet: false });
    expect(criterion(e, 'G')).toMatchObject({ isApplicable: false, isMet: false });
    expect(e.warnings).toEqual([]);
  }, 60_000);

  it('records the window mode: ROLLING_QUARTERLY gives a separate determination next to the FIXED one', async () => {
    await setProgram({ sncWindowMode: 'ROLLING_QUARTERLY' });
    try {
      const e = await evaluate(ius.s1!.id, '2025-04-15', '2025-03-15');
      expect(e).toMatchObject({
        windowMode: 'ROLLING_QUARTERLY',
        windowLabel: '2024-Q4+Q1',
        windowStart: '2024-10-01',
        windowEnd: '2025-03-31',
        criteriaMet: ['A', 'B'],
      });
      expect(e.settings.windowMode).toBe('ROLLING_QUARTERLY');
      const rows = await db.select().from(sncEvaluations).where(eq(sncEvaluations.facilityId, ius.s1!.id));
      expect(rows.map((r) => r.windowMode).sort()).toEqual(['FIXED_SEMIANNUAL', 'ROLLING_QUARTERLY']);
    } finally {
      await setProgram({});
    }
  }, 60_000);
});

describe('program list, summary, public notice, tenancy (API)', () => {
  it('the program list shows every IU with its latest verdict; "Evaluate now" re-runs a window', async () => {
    const coord = await browser('coordinator@north.test');
    const res = await coord.post(`/api/v1/snc/facilities/${ius.s3!.id}/evaluate`, {
      windowDate: '2025-03-01',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ windowLabel: '2025-H1', criteriaMet: ['A'], isWindowOpen: false });
    const list = await coord.get('/api/v1/snc?windowEnd=2025-06-30');
    expect(list.statusCode).toBe(200);
    const rows = list.json() as { facilityName: string; latest: { criteriaMet: string[] } | null }[];
    const byName = new Map(rows.map((r) => [r.facilityName, r]));
    expect(byName.get('S1 Copper Works')!.latest!.criteriaMet).toEqual(['A', 'B']);
    expect(byName.get('S2 Bakery')!.latest!.criteriaMet).toEqual([]);
    expect(byName.get('North Brewery')!.latest).toBeNull();
    const bad = await coord.post(`/api/v1/snc/facilities/${ius.s3!.id}/evaluate`, {
      windowDate: '2099-01-01',
    });
    expect(bad.statusCode).toBe(400);
    const facility = await coord.get(`/api/v1/snc/facilities/${ius.s1!.id}`);
    expect(facility.statusCode).toBe(200);
    expect(facility.json().evaluations.length).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('sncSummary and sncHistory for the dashboard and the annual report', async () => {
    const summary = await sncSummary(db, world.orgs.north.id, '2025-08-01');
    const inSnc = new Map(summary.inSnc.map((s) => [s.facilityId, s]));
    expect(inSnc.get(ius.s1!.id)).toMatchObject({ criteria: ['A', 'B'], window: '2025-H1' });
    expect(inSnc.has(ius.s2!.id)).toBe(false);
    expect(summary.nearSnc.map((s) => s.facilityId)).toEqual([]);
    const history = await sncHistory(db, world.orgs.north.id, '2025-01-01', '2025-12-31');
    const names = new Set(history.map((h) => h.facilityName));
    expect(names.has('S1 Copper Works')).toBe(true);
    expect(names.has('S3 Etchers')).toBe(true);
    expect(names.has('S2 Bakery')).toBe(false);
  });

  it('the public notice lists IUs in SNC during the previous 12 months, with address, criteria and windows; the PDF is audited', async () => {
    const coord = await browser('coordinator@north.test');
    const res = await coord.get('/api/v1/snc/public-notice?asOf=2026-01-15');
    expect(res.statusCode).toBe(200);
    const notice = res.json();
    expect(notice.statement).toContain('40 CFR 403.8(f)(2)(viii)');
    expect(notice.authorityName).toBe('North Basin POTW');
    expect(notice.periodStart).toBe('2025-01-16');
    const s1 = notice.entries.find((e: { name: string }) => e.name === 'S1 Copper Works');
    expect(s1).toMatchObject({ criteria: ['A', 'B'] });
    expect(s1.address).toMatch(/Foundry Road, Northville, MI 48167/);
    expect(s1.windows.map((w: { label: string }) => w.label)).toContain('2025-H1');
    expect(notice.entries.some((e: { name: string }) => e.name === 'S2 Bakery')).toBe(false);
    // a year later, 2025 is out of the notice
    const later = await coord.get('/api/v1/snc/public-notice?asOf=2027-02-01');
    expect(later.json().entries).toEqual([]);

    const pdf = await coord.get('/api/v1/snc/public-notice.pdf?asOf=2026-01-15');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const events = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.eventType, 'snc.public_notice_generated'));
    expect(events).toHaveLength(1);
    expect(events[0]!.organizationId).toBe(world.orgs.north.id);
  }, 60_000);

  it('tenancy: other authorities get 404, facility users read only their own evaluations, viewers cannot evaluate', async () => {
    const south = await browser('coordinator@south.test');
    expect((await south.get(`/api/v1/snc/facilities/${ius.s1!.id}`)).statusCode).toBe(404);
    expect((await south.post(`/api/v1/snc/facilities/${ius.s1!.id}/evaluate`, {})).statusCode).toBe(404);
    const southList = (await south.get('/api/v1/snc')).json() as { facilityId: string }[];
    expect(southList.map((r) => r.facilityId)).toEqual([world.orgs.tannery.id]);
    expect((await south.get('/api/v1/snc/public-notice?asOf=2026-01-15')).json().entries).toEqual([]);

    const manager = await browser('manager@s1.test');
    const own = await manager.get(`/api/v1/snc/facilities/${ius.s1!.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().evaluations[0].explanation).toHaveLength(8);
    expect((await manager.get(`/api/v1/snc/facilities/${ius.s2!.id}`)).statusCode).toBe(404);
    expect((await manager.get('/api/v1/snc')).statusCode).toBe(403);
    expect((await manager.post(`/api/v1/snc/facilities/${ius.s1!.id}/evaluate`, {})).statusCode).toBe(403);
    expect((await manager.get('/api/v1/snc/public-notice')).statusCode).toBe(403);
    expect((await manager.get('/api/v1/snc/public-notice.pdf')).statusCode).toBe(403);

    const viewer = await browser('viewer@north.test');
    expect((await viewer.get(`/api/v1/snc/facilities/${ius.s1!.id}`)).statusCode).toBe(200);
    expect((await viewer.post(`/api/v1/snc/facilities/${ius.s1!.id}/evaluate`, {})).statusCode).toBe(403);
  }, 60_000);

  it('the sweep evaluates every IU for the current window and the just-closed one', async () => {
    const facilities = (await db.select().from(sncEvaluations)).map((r) => r.facilityId);
    const count = await sweepAuthoritySnc(db, world.orgs.north.id, '2025-07-02');
    const of = (facilityId: string, label: string) =>
      db
        .select()
        .from(sncEvaluations)
        .where(and(eq(sncEvaluations.facilityId, facilityId), eq(sncEvaluations.windowLabel, label)));
    // North Brewery had none: the current window and the just-closed one
    expect((await of(world.orgs.brewery.id, '2025-H2'))[0]!.asOf).toBe('2025-07-02');
    expect((await of(world.orgs.brewery.id, '2025-H1'))[0]!.asOf).toBe('2025-07-02');
    // S1's 2025-H1 was evaluated after its end (2025-07-15): left alone
    expect((await of(ius.s1!.id, '2025-H1'))[0]!.asOf).toBe('2025-07-15');
    expect(count).toBeGreaterThan(new Set(facilities).size);
    // now every closed window is final: one evaluation per IU
    const all = new Set((await db.select().from(sncEvaluations)).map((r) => r.facilityId));
    expect(await sweepAuthoritySnc(db, world.orgs.north.id, '2025-07-03')).toBe(all.size);
  }, 120_000);
});
