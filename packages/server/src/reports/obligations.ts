import type { ReportingRequirement } from '@outfall/domain/contracts/permits';
import { addMonths, compareIsoDates, type IsoDate } from '@outfall/domain/schedules/dates';
import { type ReportCadence, type ReportDueRule, reportingPeriods } from '@outfall/domain/schedules/index';
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
  return out;
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
