import { compareIsoDates, daysBetween } from '@outfall/domain/schedules/dates';
import { scheduleProgressReportDueDate } from '@outfall/domain/schedules/report-lateness';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { appendAudit, systemActor } from '../audit/append';
import type { Db, Tx } from '../db/connect';
import {
  auditEvents,
  enforcementActions,
  enforcementActionViolations,
  memberships,
  notifications,
  organizations,
  reports,
  users,
  violations,
} from '../db/schema';
import type { OrderMilestone } from '../db/schema-program';
import { enqueueEmail } from '../mail/outbox';
import { bindingPermits } from '../monitoring/limits.queries';
import { isOverdue } from './actions.queries';

const OUTSTANDING_REPORT = new Set(['upcoming', 'in_preparation', 'ready_for_signature', 'returned']);

interface MissedMilestone {
  facilityId: string;
  permitId: string | null;
  milestoneId: string;
  description: string;
  scheduledDate: string;
  source: string;
  actionId: string | null;
}

/** Opens one schedule violation per missed milestone (limitRef `milestone:<id>`), never twice. */
async function openScheduleViolation(db: Db, m: MissedMilestone, day: string): Promise<string | null> {
  return db.transaction(async (tx) => {
    const limitRef = `milestone:${m.milestoneId}`;
    const [existing] = await tx
      .select({ id: violations.id })
      .from(violations)
      .where(
        and(
          eq(violations.facilityId, m.facilityId),
          eq(violations.kind, 'schedule'),
          eq(violations.limitRef, limitRef),
        ),
      );
    if (existing) return null;
    const daysMissed = daysBetween(m.scheduledDate, day);
    const [row] = await tx
      .insert(violations)
      .values({
        facilityId: m.facilityId,
        permitId: m.permitId,
        kind: 'schedule',
        status: 'open',
        limitRef,
        parameterCode: '',
        monitoringPoint: '',
        periodStart: m.scheduledDate,
        periodEnd: m.scheduledDate,
        computedValue: String(daysMissed),
        unit: 'days missed',
        resultIds: [],
        detectedOn: day,
        description: `Milestone “${m.description}” (${m.source}) was due ${m.scheduledDate} and is not achieved`,
        explanation: {
          rule: '§4.1 E / §5.4: a compliance schedule milestone passed without being achieved',
          text: `Milestone “${m.description}” (${m.source}) was due ${m.scheduledDate}; not achieved as of ${day}.`,
          milestone: {
            id: m.milestoneId,
            description: m.description,
            scheduledDate: m.scheduledDate,
            achievedDate: null,
            source: m.source,
          },
          actionId: m.actionId,
        },
      })
      .returning({ id: violations.id });
    if (m.actionId)
      await tx
        .insert(enforcementActionViolations)
        .values({ actionId: m.actionId, violationId: row!.id })
        .onConflictDoNothing();
    await appendAudit(tx, systemActor, {
      type: 'violation.schedule_violation_opened',
      subjectId: row!.id,
      organizationId: m.facilityId,
      after: { limitRef, scheduledDate: m.scheduledDate, source: m.source, asOf: day },
    });
    return row!.id;
  });
}

/** Milestones of permits (no progress report received by its due date) and of orders (no achieved date). */
async function missedMilestones(db: Db, day: string): Promise<MissedMilestone[]> {
  const out: MissedMilestone[] = [];
  const facilities = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.kind, 'facility'));
  for (const f of facilities) {
    const binding = await bindingPermits(db, f.id);
    if (binding.every((p) => p.content.complianceSchedules.length === 0)) continue;
    const progress = await db
      .select({ permitId: reports.permitId, requirementId: reports.requirementId, status: reports.status })
      .from(reports)
      .where(and(eq(reports.facilityId, f.id), eq(reports.kind, 'schedule_progress')));
    for (const p of binding)
      for (const s of p.content.complianceSchedules)
        for (const ms of s.milestones) {
          // the progress report of 403.12(c) says whether it was met; wait until it is due
          if (compareIsoDates(scheduleProgressReportDueDate(ms.dueDate), day) >= 0) continue;
          const report = progress.find(
            (r) => r.permitId === p.id && r.requirementId === `schedule:${s.id}/${ms.id}`,
          );
          if (report && !OUTSTANDING_REPORT.has(report.status)) continue;
          out.push({
            facilityId: f.id,
            permitId: p.id,
            milestoneId: ms.id,
            description: ms.description,
            scheduledDate: ms.dueDate,
            source: `${s.title}, permit ${p.permitNumber}`,
            actionId: null,
          });
        }
  }
  const orders = await db
    .select()
    .from(enforcementActions)
    .where(inArray(enforcementActions.status, ['open', 'responded']));
  for (const a of orders)
    for (const ms of a.complianceSchedule as OrderMilestone[]) {
      if (ms.achievedDate || compareIsoDates(ms.scheduledDate, day) >= 0) continue;
      out.push({
        facilityId: a.facilityId,
        permitId: null,
        milestoneId: ms.id,
        description: ms.description,
        scheduledDate: ms.scheduledDate,
        source: `${a.type.replaceAll('_', ' ')} of ${a.issuedOn}`,
        actionId: a.id,
      });
    }
  return out;
}

async function directorsAndCoordinators(tx: Tx, authorityId: string) {
  return tx
    .selectDistinct({ userId: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organizationId, authorityId),
        inArray(memberships.role, ['director', 'coordinator']),
      ),
    );
}

/** Tells the authority's directors and coordinators, once per action, that a response is overdue. */
async function flagOverdue(db: Db, day: string, publicUrl: string): Promise<string[]> {
  const open = await db
    .select({ a: enforcementActions, facilityName: organizations.name })
    .from(enforcementActions)
    .innerJoin(organizations, eq(organizations.id, enforcementActions.facilityId))
    .where(and(eq(enforcementActions.status, 'open'), isNotNull(enforcementActions.responseDue)));
  const flagged: string[] = [];
  for (const { a, facilityName } of open) {
    if (!isOverdue(a, day)) continue;
    const done = await db.transaction(async (tx) => {
      const [seen] = await tx
        .select({ seq: auditEvents.seq })
        .from(auditEvents)
        .where(
          and(eq(auditEvents.eventType, 'enforcement.response_overdue'), eq(auditEvents.subjectId, a.id)),
        )
        .limit(1);
      if (seen) return false;
      const people = await directorsAndCoordinators(tx, a.authorityId);
      const text = `Response overdue: ${facilityName} — ${a.type.replaceAll('_', ' ')} of ${a.issuedOn}, response due ${a.responseDue}`;
      const link = `/enforcement/${a.id}`;
      if (people.length > 0)
        await tx
          .insert(notifications)
          .values(people.map((p) => ({ userId: p.userId, kind: 'deadline' as const, text, link })));
      for (const p of people)
        await enqueueEmail(tx, {
          to: p.email,
          subject: `Outfall: ${text}`,
          text: `${text}.\n\nUnder the Enforcement Response Plan the next step is escalation.\n\n${publicUrl}${link}`,
        });
      await appendAudit(tx, systemActor, {
        type: 'enforcement.response_overdue',
        subjectId: a.id,
        organizationId: a.facilityId,
        after: { responseDue: a.responseDue, asOf: day, notified: people.map((p) => p.userId) },
      });
      return true;
    });
    if (done) flagged.push(a.id);
  }
  return flagged;
}

/** Opens schedule violations for missed milestones and flags actions whose response date passed. */
export async function sweepEnforcement(
  db: Db,
  day: string,
  publicUrl: string,
): Promise<{ scheduleViolationsOpened: string[]; overdueFlagged: string[] }> {
  const opened: string[] = [];
  for (const m of await missedMilestones(db, day)) {
    const id = await openScheduleViolation(db, m, day);
    if (id) opened.push(id);
  }
  const overdueFlagged = await flagOverdue(db, day, publicUrl);
  return { scheduleViolationsOpened: opened, overdueFlagged };
}
