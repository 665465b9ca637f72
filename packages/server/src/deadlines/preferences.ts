import { NotificationPreferences } from '@outfall/domain/contracts/deadlines';
import { eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { notificationPreferences } from '../db/schema';

export const DEFAULT_PREFERENCES: NotificationPreferences = NotificationPreferences.parse({});

/** Preferences of each user (defaults for those who never chose). */
export async function preferencesOf(
  db: Queryable,
  userIds: string[],
): Promise<Map<string, NotificationPreferences>> {
  const rows = userIds.length
    ? await db.select().from(notificationPreferences).where(inArray(notificationPreferences.userId, userIds))
    : [];
  const map = new Map(rows.map((r) => [r.userId, NotificationPreferences.parse(r.preferences)]));
  for (const id of userIds) if (!map.has(id)) map.set(id, DEFAULT_PREFERENCES);
  return map;
}

export async function preferencesOfUser(db: Queryable, userId: string): Promise<NotificationPreferences> {
  const [row] = await db
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  return row ? NotificationPreferences.parse(row.preferences) : DEFAULT_PREFERENCES;
}
