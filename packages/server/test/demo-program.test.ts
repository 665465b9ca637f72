import { and, eq, gte } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActiveMembership } from '../src/auth/actor';
import type { Database } from '../src/db/connect';
import {
  auditEvents,
  enforcementActions,
  inspectionFollowUps,
  inspections,
  organizations,
  programReports,
  violations,
} from '../src/db/schema';
import { seedDemo } from '../src/demo/seed';
import { programHealth } from '../src/program/health';
import { contentOf } from '../src/program-report/program-reports.queries';
import { testDatabase } from './harness';

const TODAY = new Date().toISOString().slice(0, 10);
const LAST_YEAR = String(Number(TODAY.slice(0, 4)) - 1);

let database: Database;
let springfieldId: string;
let names: Map<string, string>;

beforeAll(async () => {
  database = await testDatabase();
  // with the lab import: Acme's June copper exceedance (this year's overdue NOV) comes from it
  await seedDemo(database.db);
  const orgs = await database.db.select().from(organizations);
  springfieldId = orgs.find((o) => o.name === 'Springfield Water Reclamation')!.id;
  names = new Map(orgs.map((o) => [o.id, o.name]));
}, 240_000);

async function previousReport() {
  const [row] = await database.db
    .select()
    .from(programReports)
    .where(
      and(
        eq(programReports.authorityId, springfieldId),
        eq(programReports.periodStart, `${LAST_YEAR}-01-01`),
      ),
    );
  return contentOf(row!)!;
}

const director = (): ActiveMembership => ({
  organizationId: springfieldId,
  organizationName: 'Springfield Water Reclamation',
  kind: 'authority',
  regulatedById: null,
  role: 'director',
  signatory: null,
});

describe('the demo’s previous reporting year', () => {
  it('prepares the annual report with last year’s oversight and enforcement', async () => {
    const report = await previousReport();
    expect(report.period).toMatchObject({ start: `${LAST_YEAR}-01-01`, end: `${LAST_YEAR}-12-31` });
    expect(report.pps).toMatchObject({
      NumberSIUs: 8,
      SIUsNotInspected: 2,
      SIUsNotSampled: 3,
      SIUsOnSchedule: 1,
      ViolationNoticesIssuedSIUs: 1,
      AdministrativeOrdersIssuedSIUs: 1,
      DollarAmountPenaltiesCollected: '1200.00',
      IUsWhichPenaltiesHaveBeenCollected: 1,
    });
    expect(report.penalties).toEqual({ assessed: '2000.00', collected: '1200.00' });
    const iu = new Map(report.industrialUsers.map((u) => [u.name, u]));
    // Acme and Riverside were not visited last year; Northgate (middle tier) was not sampled
    expect(iu.get('Acme Plating')).toMatchObject({ inspections: 0, samplingEvents: 0 });
    expect(iu.get('Riverside Foods')).toMatchObject({ inspections: 0, samplingEvents: 0 });
    expect(iu.get('Northgate Metal Finishing')).toMatchObject({ inspections: 1, samplingEvents: 0 });
    expect(iu.get('Granite Pharmaceuticals')).toMatchObject({ iuClass: 'NSCIU', inspections: 1 });
    expect(iu.get('Valley Circuit Boards')).toMatchObject({
      inspections: 1,
      samplingEvents: 1,
      violations: 1,
      enforcement: { counts: [{ type: 'notice_of_violation', count: 1 }] },
    });
    expect(iu.get('Summit Specialty Chemicals')).toMatchObject({
      violations: 1,
      onComplianceSchedule: true,
      enforcement: {
        counts: [{ type: 'administrative_order', count: 1 }],
        penaltyAssessed: '2000.00',
        penaltyCollected: '1200.00',
      },
    });
    expect(report.inspections).toHaveLength(7);
    expect(report.inspections.every((i) => i.date.startsWith(LAST_YEAR))).toBe(true);
    expect(report.inspections.map((i) => i.kind).sort()).toEqual([
      'nsciu_evaluation',
      'routine',
      'routine',
      'routine',
      'routine',
      'routine',
      'slug_evaluation',
    ]);
    expect(report.enforcementActions.map((a) => [a.name, a.type, a.status])).toEqual(
      expect.arrayContaining([
        ['Valley Circuit Boards', 'notice_of_violation', 'closed'],
        ['Summit Specialty Chemicals', 'administrative_order', 'responded'],
      ]),
    );
  });

  it('went through the use cases: inspections, findings, follow-up and actions are audited', async () => {
    const db = database.db;
    const lastYear = await db
      .select()
      .from(inspections)
      .where(
        and(eq(inspections.authorityId, springfieldId), gte(inspections.scheduledDate, `${LAST_YEAR}-01-01`)),
      );
    const done = lastYear.filter((i) => i.inspectedOn?.startsWith(LAST_YEAR));
    expect(done).toHaveLength(7);
    for (const i of done) {
      expect(i.status).toBe('completed');
      expect(i.checklist.filter((c) => c.answer !== null).length).toBeGreaterThanOrEqual(2);
      const events = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, i.id));
      expect(events.map((e) => e.eventType)).toEqual(
        expect.arrayContaining(['inspection.scheduled', 'inspection.started', 'inspection.completed']),
      );
    }
    const found = await db.select().from(violations).where(eq(violations.kind, 'inspection'));
    const old = found.filter((v) => v.detectedOn?.startsWith(LAST_YEAR));
    expect(old.map((v) => names.get(v.facilityId)).sort()).toEqual([
      'Summit Specialty Chemicals',
      'Valley Circuit Boards',
    ]);
    for (const v of old) {
      expect(v.status).toBe('closed');
      expect(v.returnedToComplianceOn?.startsWith(LAST_YEAR)).toBe(true);
    }
    const followUps = await db.select().from(inspectionFollowUps);
    const valleyFollowUp = followUps.find((f) => names.get(f.facilityId) === 'Valley Circuit Boards');
    expect(valleyFollowUp?.completedAt).not.toBeNull();
    const actions = await db
      .select()
      .from(enforcementActions)
      .where(eq(enforcementActions.authorityId, springfieldId));
    const order = actions.find((a) => a.type === 'administrative_order')!;
    expect(order.complianceSchedule.every((m) => m.achievedDate?.startsWith(LAST_YEAR))).toBe(true);
    expect(order).toMatchObject({ penaltyAssessed: '2000.00', penaltyCollected: '1200.00' });
    const orderEvents = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, order.id));
    expect(orderEvents.map((e) => e.eventType)).toEqual(
      expect.arrayContaining(['enforcement.action_issued', 'enforcement.penalty_collected']),
    );
  });

  it('leaves this year’s story alone: Acme’s NOV is still overdue on program health', async () => {
    const health = await programHealth(database.db, director(), TODAY);
    expect(health.enforcement.overdueResponses).toHaveLength(1);
    expect(health.enforcement.overdueResponses[0]).toMatchObject({
      facilityName: 'Acme Plating',
      type: 'notice_of_violation',
    });
    expect(health.penalties).toEqual({ assessed: '1500.00', collected: '750.00' });
    expect(health.oversight.siusInspected).toBe(1);
  });
});
