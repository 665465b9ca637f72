import type { ReportingRequirement } from '@outfall/domain/contracts/permits';
import { addMonths, compareIsoDates, type IsoDate } from '@outfall/domain/schedules/dates';
import {
  type ReportCadence,
  type ReportDueRule,
  reportingPeriods,
  scheduleProgressReportDueDate,
} from '@outfall/domain/schedules/index';
import { and, eq, inArray } from 'drizzle-orm';
import { type AuditActor, appendAudit } from '../audit/append';
import type { Db } from '../db/connect';
import { reportRevisions, reports } from '../db/schema';
import { type BindingPermit, bindingPermits } from '../monitoring/limits.queries';

/** How far ahead obligations are created: the next period of any cadence shows as upcoming. */
export const OBLIGATION_HORIZON_MONTHS = 6;

export interface Obligation {
  permitId: string;
  requirementId: string;
  kind: ReportingRequirement['kind'];
  title: string;
  outfallCode: string | null;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  dueDate: IsoDate;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 'Jan–Jun 2026', 'Jun 2026', 'Dec 2025–Feb 2026'. */
export function periodLabel(start: IsoDate, end: IsoDate): string {
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const [ey, em] = end.split('-').map(Number) as [number, number];
  if (sy === ey && sm === em) return `${MONTHS[sm - 1]} ${sy}`;
  if (sy === ey) return `${MONTHS[sm - 1]}–${MONTHS[em - 1]} ${sy}`;
  return `${MONTHS[sm - 1]} ${sy}–${MONTHS[em - 1]} ${ey}`;
}

function isPeriodic(r: ReportingRequirement): r is ReportingRequirement & {
  cadence: ReportCadence;
  dueRule: ReportDueRule;
} {
  return (
    r.cadence !== 'once' &&
    r.cadence !== 'on_event' &&
    (r.dueRule.kind === 'days-after-period-end' || r.dueRule.kind === 'day-of-month')
  );
}

/**
 * One-time reports with a fixed due date (a BMR, a 90-day compliance report, 403.12(b), (d)) and
 * the compliance schedule progress reports due 14 days after each milestone (403.12(c)).
 */
function dueOnceObligations(permit: BindingPermit, through: IsoDate): Obligation[] {
  const from = permit.effectiveDate!;
  const out: Obligation[] = [];
  for (const req of permit.content.reportingRequirements) {
    if (req.cadence !== 'once' || req.dueRule.kind !== 'fixed-date') continue;
    const due = req.dueRule.date;
    if (compareIsoDates(due, addMonths(through, 12)) > 0) continue;
    out.push({
      permitId: permit.id,
      requirementId: req.id,
      kind: req.kind,
      title: `${req.name} — due ${due}`,
      outfallCode: permit.content.outfalls.find((o) => o.id === req.outfallId)?.code ?? null,
      periodStart: compareIsoDates(from, due) <= 0 ? from : due,
      periodEnd: due,
      dueDate: due,
    });
  }
  for (const schedule of permit.content.complianceSchedules) {
    for (const milestone of schedule.milestones) {
      if (compareIsoDates(milestone.dueDate, through) > 0) continue;
      out.push({
        permitId: permit.id,
        requirementId: `schedule:${schedule.id}/${milestone.id}`,
        kind: 'schedule_progress',
        title: `Compliance schedule progress report — ${schedule.title}: ${milestone.description.slice(0, 80)} (${milestone.dueDate})`,
        outfallCode: null,
        periodStart: compareIsoDates(from, milestone.dueDate) <= 0 ? from : milestone.dueDate,
        periodEnd: milestone.dueDate,
        dueDate: scheduleProgressReportDueDate(milestone.dueDate),
      });
    }
  }
  return out;
}

/**
 * The periodic obligations of one permit whose period ends between the permit's effective date and
 * `through` (and not after its last day). A DMR is due per outfall (one DMR per permitted feature);
 * other reports cover the whole permit unless the requirement names an outfall.
 */
export function permitObligations(permit: BindingPermit, through: IsoDate): Obligation[] {
  if (!permit.effectiveDate) return [];
  const to = permit.lastDate && compareIsoDates(permit.lastDate, through) < 0 ? permit.lastDate : through;
  const out: Obligation[] = [];
  for (const req of permit.content.reportingRequirements) {
    if (!isPeriodic(req)) continue;
    const periods = reportingPeriods(req.cadence, permit.effectiveDate, to, req.dueRule, req.firstMonth ?? 1);
    const outfalls = req.outfallId
      ? permit.content.outfalls.filter((o) => o.id === req.outfallId)
      : req.kind === 'dmr'
        ? permit.content.outfalls
        : [null];
    for (const outfall of outfalls) {
      for (const p of periods) {
        out.push({
          permitId: permit.id,
          requirementId: outfall && !req.outfallId ? `${req.id}/${outfall.code}` : req.id,
          kind: req.kind,
          title: `${req.name}${outfall ? ` — outfall ${outfall.code}` : ''} — ${periodLabel(p.start, p.end)}`,
          outfallCode: outfall?.code ?? null,
          periodStart: p.start,
          periodEnd: p.end,
          dueDate: p.dueDate,
        });
      }
    }
  }
  return [...out, ...dueOnceObligations(permit, to)];
}

/**
 * Creates the facility's missing report obligations up to `through` (idempotent), each with an
 * empty draft revision 1, and records one audit event when any were created.
 */
export async function ensureObligations(
  db: Db,
  actor: AuditActor,
  facilityId: string,
  through: IsoDate,
): Promise<number> {
  const permits = await bindingPermits(db, facilityId);
  const wanted = permits.flatMap((p) => permitObligations(p, through));
  if (wanted.length === 0) return 0;
  const existing = await db
    .select({
      permitId: reports.permitId,
      requirementId: reports.requirementId,
      periodEnd: reports.periodEnd,
    })
    .from(reports)
    .where(
      and(
        eq(reports.facilityId, facilityId),
        inArray(
          reports.permitId,
          permits.map((p) => p.id),
        ),
      ),
    );
  const key = (o: { permitId: string; requirementId: string; periodEnd: string }) =>
    `${o.permitId}|${o.requirementId}|${o.periodEnd}`;
  const have = new Set(existing.map(key));
  const missing = wanted.filter((o) => !have.has(key(o)));
  if (missing.length === 0) return 0;
  return db.transaction(async (tx) => {
    const rows = await tx
      .insert(reports)
      .values(missing.map((o) => ({ ...o, facilityId, status: 'upcoming' as const })))
      .onConflictDoNothing()
      .returning({ id: reports.id, title: reports.title, dueDate: reports.dueDate });
    if (rows.length === 0) return 0;
    await tx.insert(reportRevisions).values(rows.map((r) => ({ reportId: r.id, revision: 1 })));
    await appendAudit(tx, actor, {
      type: 'report.obligations_created',
      subjectId: facilityId,
      organizationId: facilityId,
      after: { through, reports: rows.map((r) => ({ id: r.id, title: r.title, dueDate: r.dueDate })) },
    });
    return rows.length;
  });
}

/** Default horizon: today plus six months. */
export function defaultThrough(today: IsoDate): IsoDate {
  return addMonths(today, OBLIGATION_HORIZON_MONTHS);
}
