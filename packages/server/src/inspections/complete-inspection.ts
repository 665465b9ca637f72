import type { CompleteInspectionInput } from '@outfall/domain/contracts/inspections';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { inspections } from '../db/schema';
import { AppError } from '../errors';
import { requireStatus } from './guards';
import { findOwnInspection } from './inspections.queries';

/**
 * POST /inspections/:id/complete: records the day of the visit (inspected_on, which the plan and
 * the annual report count) and closes the form. Blank checklist answers are allowed; the audit
 * event and the view say how many were left unanswered.
 */
export async function completeInspection({
  db,
  actor,
  id,
  input,
  today,
}: {
  db: Db;
  actor: Actor;
  id: string;
  input: CompleteInspectionInput;
  today: string;
}): Promise<{ unanswered: number }> {
  const m = authorize(actor, 'inspection.perform');
  return db.transaction(async (tx) => {
    const i = await findOwnInspection(tx, m, id);
    requireStatus(i, ['scheduled', 'in_progress'], 'complete the inspection');
    const started = i.startedAt?.toISOString().slice(0, 10);
    const inspectedOn = input.inspectedOn ?? started ?? (i.scheduledDate <= today ? i.scheduledDate : today);
    if (inspectedOn > today)
      throw new AppError('validation_failed', 'The inspection day cannot be in the future', [
        { path: 'inspectedOn', message: `must be on or before ${today}` },
      ]);
    const unanswered = i.checklist.filter((c) => !c.answer).length;
    const now = new Date();
    await tx
      .update(inspections)
      .set({
        status: 'completed',
        inspectedOn,
        completedAt: now,
        completedByUserId: actor.userId,
        startedAt: i.startedAt ?? now,
        updatedAt: now,
      })
      .where(eq(inspections.id, i.id));
    await appendAudit(tx, auditActorOf(actor), {
      type: 'inspection.completed',
      subjectId: i.id,
      organizationId: m.organizationId,
      before: { status: i.status },
      after: {
        status: 'completed',
        inspectedOn,
        includesSampling: i.includesSampling,
        answered: i.checklist.length - unanswered,
        unanswered,
      },
    });
    return { unanswered };
  });
}
