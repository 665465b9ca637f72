import type { ReturnToComplianceInput } from '@outfall/domain/contracts/enforcement';
import { compareIsoDates } from '@outfall/domain/schedules/dates';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db, Tx } from '../db/connect';
import { violations } from '../db/schema';
import { AppError } from '../errors';
import type { ViolationRow } from '../monitoring/violations.queries';
import { findVisibleViolation } from './violations.queries';

/** Closes an open violation as returned to compliance (inside the caller's transaction); no audit. */
export async function closeAsReturned(tx: Tx, v: ViolationRow, returnedOn: string, note: string) {
  await tx
    .update(violations)
    .set({
      status: 'closed',
      closedAt: new Date(),
      closedReason: `Returned to compliance on ${returnedOn}: ${note}`,
      returnedToComplianceOn: returnedOn,
    })
    .where(eq(violations.id, v.id));
}

/** Return to compliance: the violation closes with the date and the note (audit violation.returned_to_compliance). */
export async function returnToCompliance({
  db,
  actor,
  violationId,
  input,
  today,
}: {
  db: Db;
  actor: Actor;
  violationId: string;
  input: ReturnToComplianceInput;
  today: string;
}): Promise<void> {
  const m = authorize(actor, 'violation.manage');
  if (compareIsoDates(input.returnedOn, today) > 0)
    throw new AppError('validation_failed', 'The return to compliance cannot be in the future', [
      { path: 'returnedOn', message: 'must be today or earlier' },
    ]);
  await db.transaction(async (tx) => {
    const v = await findVisibleViolation(tx, m, violationId);
    if (v.status !== 'open') throw new AppError('invalid_state', 'The violation is already closed');
    if (compareIsoDates(input.returnedOn, v.periodStart) < 0)
      throw new AppError('validation_failed', 'The return to compliance cannot precede the violation', [
        { path: 'returnedOn', message: `must be on or after ${v.periodStart}` },
      ]);
    await closeAsReturned(tx, v, input.returnedOn, input.note);
    await appendAudit(tx, auditActorOf(actor), {
      type: 'violation.returned_to_compliance',
      subjectId: v.id,
      organizationId: v.facilityId,
      before: { status: 'open' },
      after: { status: 'closed', returnedOn: input.returnedOn, note: input.note },
    });
  });
}
