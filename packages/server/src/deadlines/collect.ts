import type { DeadlineKind, DeadlineView } from '@outfall/domain/contracts/deadlines';
import { deadlineState } from '@outfall/domain/deadlines/index';
import { trackPermitRenewal } from '@outfall/domain/permits/index';
import { addDays } from '@outfall/domain/schedules/dates';
import { and, eq, gte, inArray, isNotNull, lte, or } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { inspectionFollowUps, inspections, permits, reports, results, violations } from '../db/schema';
import type { MonitoredFacility } from '../monitoring/facility-scope';
import { bindingPermits } from '../monitoring/limits.queries';
import { isCurrent } from '../monitoring/results.queries';
import { requirementChecks, toSamplingEvents } from '../monitoring/schedule';

/** A deadline with whether it is met, for the sweep (the views drop met ones unless asked). */
export interface Deadline extends DeadlineView {
  done: boolean;
}

export interface Window {
  from: string;
  to: string;
}

/** The window the sweep and the default lists look at: 92 days back (overdue), a year ahead. */
export function defaultWindow(asOf: string): Window {
  return { from: addDays(asOf, -92), to: addDays(asOf, 366) };
}

const OUTSTANDING_REPORT = new Set(['upcoming', 'in_preparation', 'ready_for_signature', 'returned']);

function make(
  facility: MonitoredFacility,
  asOf: string,
  d: Omit<Deadline, 'facilityId' | 'facilityName' | 'state' | 'ownerOrganizationId' | 'ownerUserId'> & {
    ownerOrganizationId?: string;
    ownerUserId?: string | null;
  },
): Deadline {
  return {
    ...d,
    facilityId: facility.id,
    facilityName: facility.name,
    ownerOrganizationId: d.ownerOrganizationId ?? facility.id,
    ownerUserId: d.ownerUserId ?? null,
    state: deadlineState(d.dueDate, asOf, d.done),
  };
}

/**
 * Every dated obligation of one facility whose due date falls in the window, computed from the
 * records: sampling slots (the schedule), reports (the obligations), permit renewal application
 * and expiry, compliance-schedule milestones, and the 403.12(g)(2) notice and repeat-sample dates
 * of open violations.
 */
export async function facilityDeadlines(
  db: Queryable,
  facility: MonitoredFacility,
  window: Window,
  asOf: string,
): Promise<Deadline[]> {
  const out: Deadline[] = [];
  const within = (date: string) => date >= window.from && date <= window.to;
  const add = (d: Parameters<typeof make>[2]) => {
    if (within(d.dueDate)) out.push(make(facility, asOf, d));
  };

  // sampling: each slot of each monitoring requirement, due by its last day
  const checks = await requirementChecks(db, facility, window.from, window.to, asOf);
  for (const e of toSamplingEvents(facility, checks)) {
    if (e.required === 0) continue;
    const what = e.parameterName ?? e.parameterCode;
    const byAuthority = e.sampledBy === 'control_authority';
    add({
      key: `sampling:${e.permitId}:${e.requirementId}:${e.end}`,
      kind: 'sampling',
      title: `${what} sample at ${e.monitoringPoint}${byAuthority ? ' (authority sampling)' : ''}`,
      detail: `${facility.name}: ${e.required} ${what} sample${e.required === 1 ? '' : 's'} at ${e.monitoringPoint} between ${e.start} and ${e.end} (${e.frequencyCode}); ${e.taken} taken`,
      ownerOrganizationId: byAuthority && facility.regulatedById ? facility.regulatedById : facility.id,
      dueDate: e.dueBy,
      done: e.status === 'met',
      link: '/monitoring/schedule',
    });
  }

  // reports
  const reportRows = await db
    .select()
    .from(reports)
    .where(
      and(
        eq(reports.facilityId, facility.id),
        gte(reports.dueDate, window.from),
        lte(reports.dueDate, window.to),
      ),
    );
  for (const r of reportRows) {
    add({
      key: `report:${r.id}`,
      kind: 'report',
      title: r.title,
      detail: `${facility.name}: “${r.title}” (${r.status.replaceAll('_', ' ')})`,
      dueDate: r.dueDate,
      done: !OUTSTANDING_REPORT.has(r.status),
      link: `/reports/${r.id}`,
    });
  }

  // permits: renewal application and expiry; compliance-schedule milestones
  const permitRows = await db.select().from(permits).where(eq(permits.facilityId, facility.id));
  const renewed = new Set(permitRows.flatMap((p) => (p.renewedFromPermitId ? [p.renewedFromPermitId] : [])));
  const binding = await bindingPermits(db, facility.id);
  for (const p of permitRows) {
    if (!['issued', 'effective', 'expired'].includes(p.status)) continue;
    const content = binding.find((b) => b.id === p.id)?.content;
    const tracking = trackPermitRenewal(p, { asOf, renewalLeadDays: content?.renewalLeadDays ?? 180 });
    if (!tracking) continue;
    add({
      key: `permit_application:${p.id}`,
      kind: 'permit_application',
      title: `Renewal application for permit ${p.permitNumber}`,
      detail: `${facility.name}: the renewal application for permit ${p.permitNumber} (expires ${tracking.expirationDate})`,
      dueDate: tracking.applicationDueDate,
      done: tracking.applicationReceivedOn !== null || renewed.has(p.id),
      link: `/permits/${p.id}`,
    });
    add({
      key: `permit_expiry:${p.id}`,
      kind: 'permit_expiry',
      title: `Permit ${p.permitNumber} expires`,
      detail: `${facility.name}: permit ${p.permitNumber} expires at the end of ${tracking.expirationDate}`,
      dueDate: tracking.expirationDate,
      done: renewed.has(p.id),
      link: `/permits/${p.id}`,
    });
  }
  const progress = new Map(
    reportRows
      .filter((r) => r.kind === 'schedule_progress')
      .map((r) => [`${r.permitId}|${r.requirementId}`, r]),
  );
  for (const permit of binding) {
    for (const schedule of permit.content.complianceSchedules) {
      for (const m of schedule.milestones) {
        const report = progress.get(`${permit.id}|schedule:${schedule.id}/${m.id}`);
        add({
          key: `milestone:${permit.id}:${schedule.id}:${m.id}`,
          kind: 'schedule_milestone',
          title: `${schedule.title}: ${m.description}`,
          detail: `${facility.name}: compliance schedule milestone “${m.description}” (${schedule.title}, permit ${permit.permitNumber})`,
          dueDate: m.dueDate,
          done: report !== undefined && !OUTSTANDING_REPORT.has(report.status),
          link: `/permits/${permit.id}`,
        });
      }
    }
  }

  // 403.12(g)(2): the 24-hour notice (given by Outfall itself to an authority on Outfall) and the 30-day repeat sample
  const open = await db
    .select()
    .from(violations)
    .where(
      and(
        eq(violations.facilityId, facility.id),
        eq(violations.kind, 'effluent'),
        or(isNotNull(violations.noticeDue), isNotNull(violations.resampleDue)),
        or(
          and(gte(violations.noticeDue, window.from), lte(violations.noticeDue, window.to)),
          and(gte(violations.resampleDue, window.from), lte(violations.resampleDue, window.to)),
        ),
      ),
    );
  const later = open.length
    ? await db
        .selectDistinct({
          point: results.monitoringPoint,
          code: results.parameterCode,
          date: results.sampleDate,
        })
        .from(results)
        .where(
          and(
            eq(results.facilityId, facility.id),
            inArray(
              results.parameterCode,
              open.map((v) => v.parameterCode),
            ),
            gte(results.sampleDate, window.from),
            eq(results.countsForCompliance, true),
            isCurrent,
          ),
        )
    : [];
  for (const v of open) {
    const what = (v.explanation as { parameterName?: string }).parameterName ?? v.parameterCode;
    if (v.noticeDue)
      add({
        key: `notice:${v.id}`,
        kind: 'violation_notice',
        title: `24-hour notice: ${what} at ${v.monitoringPoint}`,
        detail: `${facility.name}: notify the control authority of the ${what} violation at ${v.monitoringPoint} (${v.periodEnd}) within 24 hours (40 CFR 403.12(g)(2))`,
        dueDate: v.noticeDue,
        // an authority on Outfall was notified when the violation was found
        done: facility.regulatedById !== null || v.status === 'closed',
        link: '/monitoring/violations',
      });
    if (v.resampleDue) {
      const resampled = later.some(
        (r) => r.point === v.monitoringPoint && r.code === v.parameterCode && r.date > v.periodEnd,
      );
      add({
        key: `resample:${v.id}`,
        kind: 'resample',
        title: `Repeat sample: ${what} at ${v.monitoringPoint}`,
        detail: `${facility.name}: repeat the ${what} sampling at ${v.monitoringPoint} and submit the result within 30 days (40 CFR 403.12(g)(2))`,
        dueDate: v.resampleDue,
        done: resampled,
        link: '/monitoring/violations',
      });
    }
  }
  // authority inspections (owner: the authority, person: the assignee); an unannounced visit is
  // never a deadline, since the facility reads its own deadlines
  const visits = await db
    .select()
    .from(inspections)
    .where(
      and(
        eq(inspections.facilityId, facility.id),
        eq(inspections.announced, true),
        inArray(inspections.status, ['scheduled', 'in_progress', 'completed']),
        gte(inspections.scheduledDate, window.from),
        lte(inspections.scheduledDate, window.to),
      ),
    );
  for (const i of visits)
    add({
      key: `inspection:${i.id}`,
      kind: 'inspection',
      title: `Inspection of ${facility.name}${i.includesSampling ? ' with sampling' : ''}`,
      detail: `${facility.name}: ${i.kind.replace('_', ' ')} inspection scheduled for ${i.scheduledDate} (40 CFR 403.8(f)(2)(v))`,
      ownerOrganizationId: i.authorityId,
      ownerUserId: i.assignedUserId,
      dueDate: i.scheduledDate,
      done: i.status === 'completed',
      link: `/inspections/${i.id}`,
    });
  // follow-up actions an inspection asked of the facility
  const followUps = await db
    .select()
    .from(inspectionFollowUps)
    .where(
      and(
        eq(inspectionFollowUps.facilityId, facility.id),
        gte(inspectionFollowUps.dueDate, window.from),
        lte(inspectionFollowUps.dueDate, window.to),
      ),
    );
  for (const f of followUps)
    add({
      key: `inspection_follow_up:${f.id}`,
      kind: 'inspection_follow_up',
      title: `Inspection follow-up: ${f.description.slice(0, 80)}`,
      detail: `${facility.name}: ${f.description} (follow-up of an inspection, due ${f.dueDate})`,
      dueDate: f.dueDate,
      done: f.completedAt !== null,
      // the facility reads it on its inspections page (the authority's inspection page is not theirs)
      link: '/my-inspections',
    });
  return out.sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.key < b.key ? -1 : 1,
  );
}

export const ALL_KINDS: readonly DeadlineKind[] = [
  'sampling',
  'report',
  'permit_application',
  'permit_expiry',
  'schedule_milestone',
  'violation_notice',
  'resample',
  'inspection',
  'inspection_follow_up',
];
