import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { inspections } from '../db/schema';
import { requireStatus } from './guards';
import { findOwnInspection } from './inspections.queries';

/** POST /inspections/:id/start: the inspector arrives on site. */
export async function startInspection({
  db,
  actor,
  id,
}: {
  db: Db;
  actor: Actor;
  id: string;
}): Promise<void> {
  const m = authorize(actor, 'inspection.perform');
  await db.transaction(async (tx) => {
    const i = await findOwnInspection(tx, m, id);
    requireStatus(i, ['scheduled'], 'start the inspection');
    const now = new Date();
    await tx
      .update(inspections)
      .set({ status: 'in_progress', startedAt: now, updatedAt: now })
      .where(eq(inspections.id, i.id));
    await appendAudit(tx, auditActorOf(actor), {
      type: 'inspection.started',
      subjectId: i.id,
      organizationId: m.organizationId,
      before: { status: i.status },
      after: { status: 'in_progress', startedAt: now.toISOString() },
    });
  });
}
