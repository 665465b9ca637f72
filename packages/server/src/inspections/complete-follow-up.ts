import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { inspectionFollowUps } from '../db/schema';
import { AppError, notFound } from '../errors';
import { findOwnInspection } from './inspections.queries';

/** POST /inspections/:id/follow-ups/:followUpId/complete: the authority confirms the action was taken. */
export async function completeFollowUp({
  db,
  actor,
  id,
  followUpId,
}: {
  db: Db;
  actor: Actor;
  id: string;
  followUpId: string;
}): Promise<void> {
  const m = authorize(actor, 'inspection.perform');
  await db.transaction(async (tx) => {
    const i = await findOwnInspection(tx, m, id);
    const [f] = await tx
      .select()
      .from(inspectionFollowUps)
      .where(and(eq(inspectionFollowUps.id, followUpId), eq(inspectionFollowUps.inspectionId, i.id)));
    if (!f) throw notFound('Follow-up');
    if (f.completedAt) throw new AppError('invalid_state', 'This follow-up is already complete');
    const now = new Date();
    await tx
      .update(inspectionFollowUps)
      .set({ completedAt: now, completedByUserId: actor.userId })
      .where(eq(inspectionFollowUps.id, f.id));
    await appendAudit(tx, auditActorOf(actor), {
      type: 'inspection.follow_up_completed',
      subjectId: f.id,
      organizationId: m.organizationId,
      before: { completedAt: null },
      after: {
        inspectionId: i.id,
        description: f.description,
        dueDate: f.dueDate,
        completedAt: now.toISOString(),
      },
    });
  });
}
