import { reportingYearContaining } from '@outfall/domain/program/reporting-year';
import { addDays, maxIsoDate } from '@outfall/domain/schedules/dates';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { users } from '../db/schema';
import { actorFor } from '../factories';
import type { DemoProgramContext } from '../program/demo-context';
import { programSettingsOf } from '../program/settings';
import { addFinding } from './add-finding';
import { addFollowUp } from './add-follow-up';
import { completeInspection } from './complete-inspection';
import { viewInspection } from './inspections.queries';
import { scheduleInspection } from './schedule-inspection';
import { startInspection } from './start-inspection';
import { updateInspection } from './update-inspection';

async function userId(db: Db, email: string): Promise<string | null> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return u?.id ?? null;
}

/**
 * The demo's inspections, through the use cases (so the audit trail has them): the default
 * checklist; a completed inspection of Acme Plating with sampling earlier this reporting year (one
 * deficiency, one follow-up); a visit of Riverside Foods scheduled within the next two weeks for the
 * demo inspector. The other SIUs stay uninspected, so the plan shows what is due and overdue.
 */
export async function seedDemoInspections(ctx: DemoProgramContext): Promise<void> {
  const { db, authorityId, facilities, today } = ctx;
  const coordinatorId = await userId(db, 'coordinator@springfield.example');
  const inspectorId = await userId(db, 'inspector@springfield.example');
  const acme = facilities.get('Acme Plating');
  const riverside = facilities.get('Riverside Foods');
  if (!coordinatorId || !inspectorId || !acme || !riverside) return;
  const coordinator = await actorFor(db, coordinatorId, authorityId);
  const inspector = await actorFor(db, inspectorId, authorityId);
  const { reportingYearStartMonth } = await programSettingsOf(db, authorityId);
  const year = reportingYearContaining(today, reportingYearStartMonth);
  const visitDay = maxIsoDate(year.start, addDays(today, -45));

  const acmeId = await scheduleInspection({
    db,
    actor: coordinator,
    input: {
      facilityId: acme,
      kind: 'routine',
      scheduledDate: visitDay,
      assignedUserId: inspectorId,
      includesSampling: true,
      announced: true,
    },
  });
  await startInspection({ db, actor: inspector, id: acmeId });
  const view = await viewInspection(db, inspector.active!, acmeId);
  const slugPlan = view.checklist.find((c) => c.section === 'Slug/spill control plan');
  await updateInspection({
    db,
    actor: inspector,
    id: acmeId,
    input: {
      checklist: view.checklist.map((c) =>
        c.id === slugPlan?.id
          ? {
              id: c.id,
              answer: 'no',
              note: 'Slug control plan dated 2019; the new plating line is not in it.',
            }
          : { id: c.id, answer: 'yes' },
      ),
      contacts: 'Dana Reyes (EHS manager), Sam Ortiz (wastewater operator)',
      summary:
        'Routine annual inspection with authority sampling at outfall 001 (composite, split with the facility). ' +
        'Pretreatment system operating normally; records complete. The slug control plan must be updated.',
    },
  });
  await addFinding({
    db,
    actor: inspector,
    id: acmeId,
    input: {
      description: 'Slug control plan out of date: it does not cover the new hard-chrome plating line.',
      severity: 'deficiency',
      checklistItemId: slugPlan?.id ?? null,
    },
    today,
  });
  await addFollowUp({
    db,
    actor: inspector,
    id: acmeId,
    input: {
      description: 'Submit an updated slug control plan covering the new plating line',
      dueDate: addDays(visitDay, 30),
    },
  });
  await completeInspection({ db, actor: inspector, id: acmeId, input: { inspectedOn: visitDay }, today });

  await scheduleInspection({
    db,
    actor: coordinator,
    input: {
      facilityId: riverside,
      kind: 'routine',
      scheduledDate: addDays(today, 9),
      assignedUserId: inspectorId,
      includesSampling: true,
      announced: true,
    },
  });
}
