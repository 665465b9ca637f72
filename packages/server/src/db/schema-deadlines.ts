import type { NotificationPreferences } from '@outfall/domain/contracts/deadlines';
import { index, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { stamp } from './columns';
import { users } from './schema';

/** Each reminder step sent for a deadline to a person, so a step is never sent twice. */
export const deadlineReminders = pgTable(
  'deadline_reminders',
  {
    deadlineKey: text('deadline_key').notNull(),
    /** 'lead:30' … 'lead:1' or 'overdue'. */
    step: text('step').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    sentAt: stamp('sent_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.deadlineKey, t.step, t.userId] }),
    index('deadline_reminders_user_idx').on(t.userId),
  ],
);

/** A person's e-mail preferences (defaults when absent). */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  preferences: jsonb('preferences').$type<NotificationPreferences>().notNull(),
  /** Last daily digest sent (date), so a digest goes out once a day. */
  lastDigestOn: text('last_digest_on'),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
});

/** A private iCalendar feed per person: only the token's SHA-256 is stored; revoking ends it. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull(),
    createdAt: stamp('created_at').notNull().defaultNow(),
    revokedAt: stamp('revoked_at'),
  },
  (t) => [
    uniqueIndex('calendar_feeds_token_idx').on(t.tokenHash),
    index('calendar_feeds_user_idx').on(t.userId),
  ],
);
