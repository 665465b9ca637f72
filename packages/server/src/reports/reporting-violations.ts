import type { ReportKind } from '@outfall/domain/contracts/permits';
import { reportLateness } from '@outfall/domain/schedules/index';
import type { RequiredReport } from '@outfall/domain/snc/types';
import { and, eq } from 'drizzle-orm';
import { type AuditActor, appendAudit } from '../audit/append';
import type { Queryable, Tx } from '../db/connect';
import { organizations, permits, reports, violations } from '../db/schema';
import { DEFAULT_PROGRAM_SETTINGS, programSettingsOf } from '../program/settings';
import type { ReportRow } from './reports.queries';

/** NPDES Category I: a DMR more than 30 days late (§9.9); never the pretreatment setting. */
const DMR_LATE_DAYS = 30;

/**
 * Days late before a late report is a reporting violation: 403.8(f)(2)(viii)(F) counts pretreatment
 * reports more than `lateReportDays` late (the regulating authority's program setting: federal 45,
 * LOCAL programs may set 30), NPDES Category I DMRs more than 30 days late (§9.9).
 */
export function allowedLateDays(kind: ReportKind, pretreatmentLateDays: number): number {
  return kind === 'dmr' ? DMR_LATE_DAYS : pretreatmentLateDays;
}

/**
 * The late-report days of the authority regulating a report: the permit's issuing authority, else
 * the facility's; the federal 45 days when neither is an authority on Outfall.
 */
export async function pretreatmentLateDaysFor(
  db: Queryable,
  report: Pick<ReportRow, 'permitId' | 'facilityId'>,
): Promise<number> {
  const [row] = await db
    .select({ issuing: permits.issuingAuthorityId, regulator: organizations.regulatedById })
    .from(organizations)
    .leftJoin(permits, eq(permits.id, report.permitId))
    .where(eq(organizations.id, report.facilityId));
  const authorityId = row?.issuing ?? row?.regulator ?? null;
  if (!authorityId) return DEFAULT_PROGRAM_SETTINGS.lateReportDays;
  return (await programSettingsOf(db, authorityId)).lateReportDays;
}

const SNC_KIND: Partial<Record<ReportKind, RequiredReport['kind']>> = {
  baseline_monitoring: 'baseline-monitoring',
  ninety_day_compliance: 'ninety-day-compliance',
  periodic_compliance: 'periodic-compliance',
  non_categorical_siu: 'periodic-compliance',
  schedule_progress: 'compliance-schedule-progress',
  dmr: 'dmr',
};

/** The facility's reports as the SNC engine's `RequiredReport`s (criterion F), received date = signature date. */
export async function requiredReportsOf(db: Queryable, facilityId: string): Promise<RequiredReport[]> {
  const rows = await db.select().from(reports).where(eq(reports.facilityId, facilityId));
  return rows.map((r) => ({
    id: r.id,
    kind: SNC_KIND[r.kind] ?? 'other',
    dueDate: r.dueDate,
    receivedDate: r.receivedAt ? r.receivedAt.toISOString().slice(0, 10) : null,
  }));
}

/**
 * Opens a reporting violation for a report more than the allowed days late — received late, or
 * still outstanding on `asOf` — once per report. Returns the new violation's id, or null.
 */
export async function openReportingViolation(
  tx: Tx,
  actor: AuditActor,
  report: ReportRow,
  asOf: string,
): Promise<string | null> {
  const received = report.receivedAt ? report.receivedAt.toISOString().slice(0, 10) : null;
  const late = reportLateness(report.dueDate, received, asOf);
  const allowed = allowedLateDays(
    report.kind,
    report.kind === 'dmr' ? DMR_LATE_DAYS : await pretreatmentLateDaysFor(tx, report),
  );
  if (late.daysLate <= allowed) return null;
  const [existing] = await tx
    .select({ id: violations.id })
    .from(violations)
    .where(and(eq(violations.kind, 'reporting'), eq(violations.limitRef, report.id)));
  if (existing) return null;
  const state = late.isReceived ? `received ${received}` : `not received by ${asOf}`;
  const [row] = await tx
    .insert(violations)
    .values({
      facilityId: report.facilityId,
      permitId: report.permitId,
      kind: 'reporting',
      status: 'open',
      limitRef: report.id,
      parameterCode: '',
      monitoringPoint: report.outfallCode ?? '',
      periodStart: report.periodStart,
      periodEnd: report.periodEnd,
      computedValue: String(late.daysLate),
      limitValue: String(allowed),
      unit: 'days late',
      resultIds: [],
      explanation: {
        reportId: report.id,
        title: report.title,
        dueDate: report.dueDate,
        receivedDate: late.submittedOn,
        daysLate: late.daysLate,
        allowedDays: allowed,
        text: `“${report.title}” due ${report.dueDate}, ${state}: ${late.daysLate} days late (more than ${allowed}).`,
      },
    })
    .returning({ id: violations.id });
  await appendAudit(tx, actor, {
    type: 'report.reporting_violation_opened',
    subjectId: row!.id,
    organizationId: report.facilityId,
    after: { reportId: report.id, daysLate: late.daysLate, allowedDays: allowed, received },
  });
  return row!.id;
}
