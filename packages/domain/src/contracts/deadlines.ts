import { z } from 'zod';
import { IsoDateText } from './permits-common';

/**
 * Deadlines (issue 8): every dated obligation, computed from the records — never typed twice.
 * A deadline has a stable key, so reminders are sent once per lead time and the calendar feed keeps
 * its event UIDs.
 */
export const DeadlineKind = z.enum([
  'sampling',
  'report',
  'permit_application',
  'permit_expiry',
  'schedule_milestone',
  'violation_notice',
  'resample',
  'inspection',
  'inspection_follow_up',
]);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

/** upcoming → due_soon (within 7 days) → overdue; done when met (a met deadline leaves the lists). */
export const DeadlineState = z.enum(['upcoming', 'due_soon', 'overdue', 'done']);
export type DeadlineState = z.infer<typeof DeadlineState>;

export const DeadlineView = z.object({
  /** Stable identity, e.g. 'report:<id>', 'sampling:<permit>:<requirement>:<slot end>'. */
  key: z.string(),
  kind: DeadlineKind,
  title: z.string(),
  /** What is due, in words, for messages. */
  detail: z.string(),
  facilityId: z.uuid(),
  facilityName: z.string(),
  /** The organization that must act (the facility, or the authority for its own sampling). */
  ownerOrganizationId: z.uuid(),
  /** The person who must act, where known (e.g. the signatory of a report ready for signature). */
  ownerUserId: z.uuid().nullable(),
  dueDate: IsoDateText,
  state: DeadlineState,
  /** Web app path of the record. */
  link: z.string(),
});
export type DeadlineView = z.infer<typeof DeadlineView>;

export const DeadlineQuery = z.object({
  from: IsoDateText.optional(),
  to: IsoDateText.optional(),
  facilityId: z.uuid().optional(),
  kind: DeadlineKind.optional(),
  state: DeadlineState.optional(),
});
export type DeadlineQuery = z.infer<typeof DeadlineQuery>;

/** Per-user e-mail preferences; in-app notifications always arrive. */
export const NotificationPreferences = z.object({
  /** Each reminder by e-mail as it happens, or one daily digest. */
  emailMode: z.enum(['immediate', 'daily_digest', 'off']).default('immediate'),
  /** Deadline kinds to e-mail about (exceedance and report alerts are always sent at once). */
  kinds: z.array(DeadlineKind).default([...DeadlineKind.options]),
  /** Reminder lead times in days before the due date. */
  leadDays: z
    .array(z.number().int().min(1).max(180))
    .max(5)
    .default([30, 7, 1])
    .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
});
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;
export type NotificationPreferencesInput = z.input<typeof NotificationPreferences>;

/** The stored preferences as answered (no transform: the response serializer needs a plain shape). */
export const NotificationPreferencesView = z.object({
  emailMode: z.enum(['immediate', 'daily_digest', 'off']),
  kinds: z.array(DeadlineKind),
  leadDays: z.array(z.number().int()),
});

export const CalendarFeedView = z.object({
  /** The private feed address (shown once when created; afterwards only whether one exists). */
  url: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string().nullable(),
});
export type CalendarFeedView = z.infer<typeof CalendarFeedView>;

/** One "needs attention" count on a role's dashboard, linking to the filtered list. */
export const AttentionItem = z.object({
  id: z.string(),
  label: z.string(),
  count: z.number().int().min(0),
  /** Web app path of the list filtered to exactly these items. */
  link: z.string(),
  /** 'alert' when something is late or in violation; 'info' otherwise. */
  severity: z.enum(['alert', 'info']),
  hint: z.string().nullable(),
});
export type AttentionItem = z.infer<typeof AttentionItem>;

export const AttentionView = z.object({
  /** Which dashboard: the role (and signatory) it was built for. */
  audience: z.enum([
    'coordinator',
    'inspector',
    'authority_viewer',
    'manager',
    'operator',
    'facility_viewer',
  ]),
  items: z.array(AttentionItem),
});
export type AttentionView = z.infer<typeof AttentionView>;
