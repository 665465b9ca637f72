import { and, eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '../db/connect';
import { memberships, notifications, users } from '../db/schema';
import { enqueueEmail } from '../mail/outbox';
import type { EvaluationOutcome } from './evaluate-results';
import type { MonitoredFacility } from './facility-scope';
import type { ViolationRow } from './violations.queries';

interface Recipient {
  userId: string;
  email: string;
}

/** The facility's managers and, when it is regulated on Outfall, its authority's coordinators. */
async function recipientsOf(tx: Tx, facility: MonitoredFacility): Promise<Recipient[]> {
  const atFacility = and(eq(memberships.organizationId, facility.id), eq(memberships.role, 'manager'));
  const atAuthority = facility.regulatedById
    ? and(eq(memberships.organizationId, facility.regulatedById), eq(memberships.role, 'coordinator'))
    : undefined;
  const rows = await tx
    .selectDistinct({ userId: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(atAuthority ? or(atFacility, atAuthority) : atFacility);
  return rows;
}

function describe(facility: MonitoredFacility, v: ViolationRow): string {
  const x = v.explanation as { parameterName?: string; limit?: { label?: string } };
  const what = x.parameterName ?? v.parameterCode;
  const period = v.periodStart === v.periodEnd ? v.periodStart : `${v.periodStart} – ${v.periodEnd}`;
  if (v.kind === 'monitoring')
    return `${facility.name}: required ${what} sample at ${v.monitoringPoint} missed (${period})`;
  return `${facility.name}: ${what} ${x.limit?.label ?? 'limit'} exceeded at ${v.monitoringPoint} on ${period}: ${v.computedValue} ${v.unit ?? ''} against ${v.limitValue}`;
}

function clockText(v: ViolationRow): string {
  if (!v.noticeDue) return '';
  const resample = v.resampleDue ? ` and submit a repeat sample result by ${v.resampleDue}` : '';
  return `\n\n40 CFR 403.12(g)(2): notify the control authority by ${v.noticeDue}${resample}.`;
}

/** In-app notifications and queued e-mail, in the transaction that found the change. */
export async function notifyOutcome(tx: Tx, facility: MonitoredFacility, outcome: EvaluationOutcome) {
  if (outcome.opened.length + outcome.closed.length + outcome.warnings.length === 0) return;
  const people = await recipientsOf(tx, facility);
  const link = `/facilities/${facility.id}/monitoring`;
  const rows: (typeof notifications.$inferInsert)[] = [];
  for (const v of outcome.opened) {
    const text = `Violation: ${describe(facility, v)}`;
    for (const p of people) {
      rows.push({ userId: p.userId, kind: 'violation', text, link: `${link}/violations/${v.id}` });
      await enqueueEmail(tx, { to: p.email, subject: `Outfall: ${text}`, text: `${text}.${clockText(v)}` });
    }
  }
  for (const v of outcome.closed) {
    const text = `Violation closed: ${describe(facility, v)} — ${v.closedReason}`;
    for (const p of people) rows.push({ userId: p.userId, kind: 'violation_closed', text, link });
  }
  for (const w of outcome.warnings) {
    for (const p of people) rows.push({ userId: p.userId, kind: 'warning', text: `Warning: ${w}`, link });
  }
  for (let i = 0; i < rows.length; i += 500) await tx.insert(notifications).values(rows.slice(i, i + 500));
}

/** Marks the user's notifications read. */
export async function markNotificationsRead(tx: Tx, userId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), inArray(notifications.id, ids)))
    .returning({ id: notifications.id });
}
