import type { CancelInspectionInput } from '@outfall/domain/contracts/inspections';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { inspections } from '../db/schema';
import { requireStatus } from './guards';
import { findOwnInspection } from './inspections.queries';

/** POST /inspections/:id/cancel: a planner calls off a visit that has not been completed, with the reason. */
export async function cancelInspection({
  db,
  actor,
  id,
  input,
}: {
  db: Db;
  actor: Actor;
  id: string;
  input: CancelInspectionInput;
}): Promise<void> {
  const m = authorize(actor, 'inspection.plan');
  await db.transaction(async (tx) => {
    const i = await findOwnInspection(tx, m, id);
    requireStatus(i, ['scheduled', 'in_progress'], 'cancel the inspection');
    await tx
      .update(inspections)
      .set({ status: 'cancelled', cancelledReason: input.reason, updatedAt: new Date() })
      .where(eq(inspections.id, i.id));
    await appendAudit(tx, auditActorOf(actor), {
      type: 'inspection.cancelled',
      subjectId: i.id,
      organizationId: m.organizationId,
      before: { status: i.status },
      after: { status: 'cancelled', reason: input.reason },
    });
  });
}
