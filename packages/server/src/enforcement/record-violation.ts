import { randomUUID } from 'node:crypto';
import type { RecordViolationInput } from '@outfall/domain/contracts/enforcement';
import { compareIsoDates } from '@outfall/domain/schedules/dates';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { violations } from '../db/schema';
import { AppError } from '../errors';
import { findMonitoredFacility } from '../monitoring/facility-scope';

/**
 * Records a manual violation (pass-through, interference, endangerment, inaccurate reporting, the
 * §5.4 rows the engine cannot see) at a facility the authority regulates, with one audit event.
 */
export async function recordViolation({
  db,
  actor,
  input,
  today,
}: {
  db: Db;
  actor: Actor;
  input: RecordViolationInput;
  today: string;
}): Promise<string> {
  const m = authorize(actor, 'violation.manage');
  const facility = await findMonitoredFacility(db, m, input.facilityId);
  if (compareIsoDates(input.detectedOn, input.occurredOn) < 0)
    throw new AppError('validation_failed', 'The violation cannot be detected before it occurred', [
      { path: 'detectedOn', message: 'must be on or after the date it occurred' },
    ]);
  if (compareIsoDates(input.occurredOn, today) > 0)
    throw new AppError('validation_failed', 'The violation cannot occur in the future', [
      { path: 'occurredOn', message: 'must be today or earlier' },
    ]);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(violations)
      .values({
        facilityId: facility.id,
        kind: 'manual',
        status: 'open',
        // unique per record: the open-violation index keys on (kind, limitRef, point, period)
        limitRef: `manual:${randomUUID()}`,
        parameterCode: '',
        monitoringPoint: '',
        periodStart: input.occurredOn,
        periodEnd: input.occurredOn,
        resultIds: [],
        category: input.category,
        description: input.description,
        detectedOn: input.detectedOn,
        sncCriterion: input.sncCriterion ?? null,
        createdByUserId: actor.userId,
        explanation: {
          rule: 'Recorded by the control authority',
          text: input.description,
          harm: input.harm ?? false,
        },
      })
      .returning({ id: violations.id });
    await appendAudit(tx, auditActorOf(actor), {
      type: 'violation.recorded',
      subjectId: row!.id,
      organizationId: facility.id,
      after: {
        kind: 'manual',
        category: input.category,
        occurredOn: input.occurredOn,
        detectedOn: input.detectedOn,
        description: input.description,
        sncCriterion: input.sncCriterion ?? null,
        harm: input.harm ?? false,
      },
    });
    return row!.id;
  });
}
