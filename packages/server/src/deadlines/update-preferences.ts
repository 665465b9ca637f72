import {
  NotificationPreferences,
  type NotificationPreferencesInput,
} from '@outfall/domain/contracts/deadlines';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import type { Db } from '../db/connect';
import { notificationPreferences } from '../db/schema';
import { preferencesOfUser } from './preferences';

/** Saves the user's e-mail preferences (immediate, daily digest or off; kinds; lead times). */
export async function updatePreferences(db: Db, actor: Actor, input: NotificationPreferencesInput) {
  const preferences = NotificationPreferences.parse(input);
  const before = await preferencesOfUser(db, actor.userId);
  await db.transaction(async (tx) => {
    await tx
      .insert(notificationPreferences)
      .values({ userId: actor.userId, preferences })
      .onConflictDoUpdate({
        target: notificationPreferences.userId,
        set: { preferences, updatedAt: new Date() },
      });
    await appendAudit(tx, auditActorOf(actor), {
      type: 'account.notification_preferences_updated',
      subjectId: actor.userId,
      organizationId: null,
      before,
      after: preferences,
    });
  });
  return preferences;
}
