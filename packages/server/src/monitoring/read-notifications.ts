import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import type { Db } from '../db/connect';
import { markNotificationsRead } from './notify';

/** Marks the user's own notifications read (others' ids are ignored); one audit event. */
export async function readNotifications(db: Db, actor: Actor, ids: string[]): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await markNotificationsRead(tx, actor.userId, ids);
    if (rows.length === 0) return 0;
    await appendAudit(tx, auditActorOf(actor), {
      type: 'monitoring.notification_read',
      subjectId: rows[0]!.id,
      organizationId: actor.active?.organizationId ?? null,
      after: { ids: rows.map((r) => r.id) },
    });
    return rows.length;
  });
}
