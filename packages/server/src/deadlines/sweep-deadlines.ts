import type { NotificationPreferences } from '@outfall/domain/contracts/deadlines';
import { dueText, type ReminderStep, remindersDue } from '@outfall/domain/deadlines/index';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { deadlineReminders, memberships, notifications, organizations, users } from '../db/schema';
import { enqueueEmail } from '../mail/outbox';
import type { MonitoredFacility } from '../monitoring/facility-scope';
import { type Deadline, defaultWindow, facilityDeadlines } from './collect';
import { preferencesOf } from './preferences';

/** Sampling slots are short: only lead times of a week or less remind about them. */
const SAMPLING_MAX_LEAD = 7;

interface Person {
  userId: string;
  email: string;
  organizationId: string;
  kind: 'authority' | 'facility';
  role: string;
}

/**
 * Who hears about a deadline, and at which steps: the facility's managers and admins about all of
 * its own deadlines, its operators about sampling and repeat samples; the authority's coordinators
 * and inspectors about the authority's own sampling, and its coordinators when a facility's report,
 * renewal application or repeat sample becomes overdue. A named owner always hears.
 */
function audience(d: Deadline, p: Person): 'all' | 'overdue' | null {
  if (d.ownerUserId === p.userId) return 'all';
  if (p.kind === 'facility') {
    if (p.organizationId !== d.facilityId || d.ownerOrganizationId !== d.facilityId) return null;
    if (p.role === 'admin' || p.role === 'manager') return 'all';
    if (p.role === 'operator' && (d.kind === 'sampling' || d.kind === 'resample')) return 'all';
    return null;
  }
  if (d.ownerOrganizationId === p.organizationId)
    return p.role === 'coordinator' || p.role === 'inspector' || p.role === 'admin' ? 'all' : null;
  if (p.role === 'coordinator' && ['report', 'permit_application', 'resample'].includes(d.kind))
    return 'overdue';
  return null;
}

function stepText(step: ReminderStep, d: Deadline, asOf: string): string {
  return step === 'overdue'
    ? `Overdue: ${d.title} — ${dueText(d.dueDate, asOf)}`
    : `${d.title} — ${dueText(d.dueDate, asOf)}`;
}

export interface SweepOutcome {
  deadlines: number;
  reminders: number;
  emails: number;
}

/**
 * The daily deadline sweep (controlled clock: `asOf`): for every person, the reminders due today
 * for the deadlines they answer for — at each lead time once, then once when overdue — as in-app
 * notifications and e-mail per their preferences (each at once, or one daily digest). What was sent
 * is recorded per person and step, so nothing is sent twice and a met deadline is never reminded.
 */
export async function sweepDeadlines(
  db: Db,
  opts: { asOf: string; publicUrl: string },
): Promise<SweepOutcome> {
  const { asOf, publicUrl } = opts;
  const facilities: MonitoredFacility[] = await db
    .select({ id: organizations.id, name: organizations.name, regulatedById: organizations.regulatedById })
    .from(organizations)
    .where(eq(organizations.kind, 'facility'));
  const all: Deadline[] = [];
  for (const f of facilities) all.push(...(await facilityDeadlines(db, f, defaultWindow(asOf), asOf)));
  const people: Person[] = await db
    .select({
      userId: users.id,
      email: users.email,
      organizationId: memberships.organizationId,
      kind: organizations.kind,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId));
  const regulator = new Map(facilities.map((f) => [f.id, f.regulatedById]));
  const prefs = await preferencesOf(db, [...new Set(people.map((p) => p.userId))]);

  const byUser = new Map<string, { email: string; items: { d: Deadline; onlyOverdue: boolean }[] }>();
  for (const p of people) {
    for (const d of all) {
      // an authority only hears about the facilities it regulates
      if (
        p.kind === 'authority' &&
        regulator.get(d.facilityId) !== p.organizationId &&
        d.ownerOrganizationId !== p.organizationId
      )
        continue;
      const who = audience(d, p);
      if (!who) continue;
      const entry = byUser.get(p.userId) ?? { email: p.email, items: [] };
      if (!entry.items.some((i) => i.d.key === d.key))
        entry.items.push({ d, onlyOverdue: who === 'overdue' });
      else if (who === 'all')
        entry.items = entry.items.map((i) => (i.d.key === d.key ? { d, onlyOverdue: false } : i));
      byUser.set(p.userId, entry);
    }
  }

  let reminders = 0;
  let emails = 0;
  for (const [userId, { email, items }] of byUser) {
    const pref: NotificationPreferences = prefs.get(userId)!;
    const sentRows = await db
      .select({ key: deadlineReminders.deadlineKey, step: deadlineReminders.step })
      .from(deadlineReminders)
      .where(
        and(
          eq(deadlineReminders.userId, userId),
          inArray(
            deadlineReminders.deadlineKey,
            items.map((i) => i.d.key),
          ),
        ),
      );
    const sent = new Set(sentRows.map((r) => `${r.key}|${r.step}`));
    const due: { d: Deadline; step: ReminderStep }[] = [];
    // coordinators told only when overdue get no lead-time reminders (no lead days)
    const groups = [
      { items: items.filter((i) => !i.onlyOverdue && i.d.kind !== 'sampling'), leads: pref.leadDays },
      {
        items: items.filter((i) => !i.onlyOverdue && i.d.kind === 'sampling'),
        leads: pref.leadDays.filter((l) => l <= SAMPLING_MAX_LEAD),
      },
      { items: items.filter((i) => i.onlyOverdue), leads: [] },
    ];
    for (const g of groups) {
      const byKey = new Map(g.items.map((i) => [i.d.key, i.d]));
      const list = remindersDue({
        deadlines: g.items.map((i) => ({ key: i.d.key, dueDate: i.d.dueDate, done: i.d.done })),
        leadDays: g.leads,
        asOf,
        sent,
      });
      for (const r of list) {
        const d = byKey.get(r.key)!;
        // a missed sample becomes a monitoring violation with its own notice: no overdue alert too
        if (d.kind === 'sampling' && r.step === 'overdue') continue;
        due.push({ d, step: r.step });
      }
    }
    if (due.length === 0) continue;
    const mailed = due.filter((x) => pref.kinds.includes(x.d.kind));
    await db.transaction(async (tx) => {
      await tx
        .insert(deadlineReminders)
        .values(due.map((x) => ({ deadlineKey: x.d.key, step: x.step, userId })))
        .onConflictDoNothing();
      await tx.insert(notifications).values(
        due.map((x) => ({
          userId,
          kind: 'deadline' as const,
          text: stepText(x.step, x.d, asOf),
          link: x.d.link,
        })),
      );
      if (pref.emailMode === 'immediate') {
        for (const x of mailed) {
          await enqueueEmail(tx, {
            to: email,
            subject: `Outfall: ${stepText(x.step, x.d, asOf)}`,
            text: `${x.d.detail}\n\n${x.step === 'overdue' ? 'This is overdue' : `This is ${dueText(x.d.dueDate, asOf)}`}.\n\nOpen it in Outfall: ${publicUrl}${x.d.link}\n`,
          });
          emails++;
        }
      } else if (pref.emailMode === 'daily_digest' && mailed.length > 0) {
        const lines = mailed.map(
          (x) => `- ${stepText(x.step, x.d, asOf)}\n  ${x.d.detail}\n  ${publicUrl}${x.d.link}`,
        );
        await enqueueEmail(tx, {
          to: email,
          subject: `Outfall: ${mailed.length} deadline${mailed.length === 1 ? '' : 's'} need${mailed.length === 1 ? 's' : ''} attention (${asOf})`,
          text: `Your Outfall deadlines for ${asOf}:\n\n${lines.join('\n\n')}\n\nCalendar: ${publicUrl}/calendar\n`,
        });
        emails++;
      }
    });
    reminders += due.length;
  }
  return { deadlines: all.length, reminders, emails };
}
