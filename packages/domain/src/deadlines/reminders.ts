import type { DeadlineState } from '../contracts/deadlines';
import { daysBetween, type IsoDate } from '../schedules/dates';

/** Within this many days of its due date an open deadline is "due soon". */
export const DUE_SOON_DAYS = 7;

/** The state of a deadline on `asOf`: done once met, overdue after its due date, due soon within 7 days. */
export function deadlineState(dueDate: IsoDate, asOf: IsoDate, done: boolean): DeadlineState {
  if (done) return 'done';
  const left = daysBetween(asOf, dueDate);
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_DAYS ? 'due_soon' : 'upcoming';
}

/** 'lead:30' … 'lead:1' before the due date, 'overdue' after it. */
export type ReminderStep = `lead:${number}` | 'overdue';

export interface ReminderCandidate {
  key: string;
  dueDate: IsoDate;
  done: boolean;
}

export interface DueReminder {
  key: string;
  step: ReminderStep;
  /** Days left (negative when overdue). */
  daysLeft: number;
}

/**
 * The reminders a sweep on `asOf` sends: for each open deadline, the nearest lead time reached
 * (a deadline first seen 10 days ahead with leads 30/7/1 gets its 30-day reminder now, the 7-day one
 * three days later), or one overdue alert once the due date has passed — each step at most once
 * (`sent` holds `${key}|${step}` of what was sent before). Deterministic order: by due date, key.
 */
export function remindersDue(input: {
  deadlines: readonly ReminderCandidate[];
  leadDays: readonly number[];
  asOf: IsoDate;
  sent: ReadonlySet<string>;
}): DueReminder[] {
  const leads = [...new Set(input.leadDays)]
    .filter((d) => Number.isInteger(d) && d > 0)
    .sort((a, b) => a - b);
  const out: DueReminder[] = [];
  for (const d of input.deadlines) {
    if (d.done) continue;
    const daysLeft = daysBetween(input.asOf, d.dueDate);
    let step: ReminderStep | null = null;
    if (daysLeft < 0) step = 'overdue';
    else {
      const nearest = leads.find((l) => daysLeft <= l);
      if (nearest !== undefined) step = `lead:${nearest}`;
    }
    if (step && !input.sent.has(`${d.key}|${step}`)) out.push({ key: d.key, step, daysLeft });
  }
  const due = new Map(input.deadlines.map((d) => [d.key, d.dueDate]));
  return out.sort((a, b) => {
    const da = due.get(a.key)!;
    const db = due.get(b.key)!;
    return da < db ? -1 : da > db ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
}

/** "due in 7 days (2026-12-03)", "due today", "overdue by 2 days (was due 2026-11-24)". */
export function dueText(dueDate: IsoDate, asOf: IsoDate): string {
  const left = daysBetween(asOf, dueDate);
  if (left === 0) return `due today (${dueDate})`;
  if (left === 1) return `due tomorrow (${dueDate})`;
  if (left > 1) return `due in ${left} days (${dueDate})`;
  return `overdue by ${-left} day${left === -1 ? '' : 's'} (was due ${dueDate})`;
}
