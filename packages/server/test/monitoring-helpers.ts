import { PermitContent } from '@outfall/domain/contracts/permits';
import { addDays } from '@outfall/domain/schedules/dates';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../src/db/connect';
import { auditEvents, reportRevisions, reports } from '../src/db/schema';
import { actorFor, makePermit } from '../src/factories';
import { metalFinishingPermitContent } from '../src/permits/demo-content';
import { Browser, testApp, testDatabase } from './harness';
import { makeWorld } from './world';

export const ISSUE = { issuedDate: '2025-01-10', effectiveDate: '2025-02-01', expirationDate: '2030-01-31' };

/** The Part 433 permit with an alert-only TSS level of 300 mg/L (warns, never a violation). */
export function platingContentWithAlert(): PermitContent {
  const content = metalFinishingPermitContent();
  const set = content.limitSets[0]!;
  const zinc = set.limits.find((l) => l.id === 'limit:001:01092:DD')!;
  set.limits.push({
    ...zinc,
    id: 'limit:001:00530:ALERT',
    parameterCode: '00530',
    parameterName: 'Solids, total suspended',
    categoricalCitation: null,
    basis: 'local',
    value: '300',
    enforceable: false,
    notes: 'Alert level',
  });
  return PermitContent.parse(content);
}

/** The world, North Plating's issued Part 433 permit (effective 2025-02-01), and signed-in browsers. */
export async function monitoringWorld(content: PermitContent = platingContentWithAlert()) {
  const database = await testDatabase();
  const db = database.db;
  const world = await makeWorld(db);
  const coordinator = await actorFor(db, world.users.northCoordinator.id, world.orgs.north.id);
  const permit = await makePermit(db, coordinator, {
    facilityId: world.orgs.plating.id,
    permitNumber: 'NP-433-001',
    kind: 'pretreatment_iu',
    content,
    issue: ISSUE,
  });
  const app = await testApp(database);
  const as = async (email: string) => {
    const b = new Browser(app);
    await b.login(email, world.password);
    return b;
  };
  return { database, db, world, app, as, permit };
}

/** A sampling event at North Plating's outfall 001 with the given results. */
export function sampleEvent(
  facilityId: string,
  collectedStart: string,
  results: { parameterCode: string; value: string; unit?: string; [k: string]: unknown }[],
  extra: Record<string, unknown> = {},
) {
  return {
    facilityId,
    monitoringPoint: '001',
    collectedStart,
    sampleType: 'N',
    collectionMethod: 'composite',
    collector: 'Sam Ortiz',
    labName: 'Great Lakes Analytical',
    chainOfCustody: [{ at: collectedStart, from: 'Sam Ortiz', to: 'Great Lakes Analytical courier' }],
    ...extra,
    results: results.map((r) => ({ unit: 'mg/L', method: 'EPA 200.8', ...r })),
  };
}

export function eventsOfType(db: Db, type: string, organizationId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.eventType, type), eq(auditEvents.organizationId, organizationId)));
}

export const today = () => new Date().toISOString().slice(0, 10);

/**
 * A periodic compliance report obligation of North Plating's permit with a chosen due date (the
 * permit's own obligations have fixed dates; lateness tests need dates relative to today).
 */
export async function insertObligation(
  t: { db: Db; world: { orgs: { plating: { id: string } } }; permit: { id: string } },
  input: { dueDate: string; periodEnd: string; title?: string; requirementId?: string },
): Promise<string> {
  const [row] = await t.db
    .insert(reports)
    .values({
      facilityId: t.world.orgs.plating.id,
      permitId: t.permit.id,
      requirementId: input.requirementId ?? 'reporting:periodic',
      kind: 'periodic_compliance',
      title: input.title ?? `Periodic compliance report — period ending ${input.periodEnd}`,
      periodStart: addDays(input.periodEnd, -29),
      periodEnd: input.periodEnd,
      dueDate: input.dueDate,
      status: 'upcoming',
    })
    .returning();
  await t.db.insert(reportRevisions).values({ reportId: row!.id, revision: 1 });
  return row!.id;
}
