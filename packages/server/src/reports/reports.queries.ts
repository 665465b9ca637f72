import type { ReportListQuery, ReportSummaryView } from '@outfall/domain/contracts/reports';
import { reportLateness } from '@outfall/domain/schedules/index';
import { and, asc, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { ActiveMembership } from '../auth/actor';
import { visibleOrganizationsWhere } from '../auth/policy';
import type { Queryable } from '../db/connect';
import { organizations, permits, reportRevisions, reports } from '../db/schema';
import { notFound } from '../errors';
import { today } from '../permits/permit-views';

export type ReportRow = typeof reports.$inferSelect;
export type RevisionRow = typeof reportRevisions.$inferSelect;

export interface ReportRecord {
  report: ReportRow;
  facilityName: string;
  regulatedById: string | null;
  permitNumber: string;
  permitKind: string;
  issuingAuthorityId: string | null;
}

const columns = {
  report: reports,
  facilityName: organizations.name,
  regulatedById: organizations.regulatedById,
  permitNumber: permits.permitNumber,
  permitKind: permits.kind,
  issuingAuthorityId: permits.issuingAuthorityId,
};

/**
 * Whether the membership's organization sees the report: the facility's own, or for an authority
 * the reports of facilities it regulates under permits it issued (not a facility's self-managed
 * NPDES DMRs).
 */
function visibleReportWhere(m: ActiveMembership): SQL {
  return m.kind === 'authority'
    ? and(visibleOrganizationsWhere(m), eq(permits.issuingAuthorityId, m.organizationId))!
    : visibleOrganizationsWhere(m)!;
}

/** A report the membership may see; 404 otherwise (no existence leak). */
export async function findVisibleReport(
  db: Queryable,
  m: ActiveMembership,
  id: string,
): Promise<ReportRecord> {
  const [row] = await db
    .select(columns)
    .from(reports)
    .innerJoin(organizations, eq(organizations.id, reports.facilityId))
    .innerJoin(permits, eq(permits.id, reports.permitId))
    .where(and(eq(reports.id, id), visibleReportWhere(m)));
  if (!row) throw notFound('Report');
  return row;
}

/** Days late: receipt − due, or today − due while outstanding (§3.3). */
export function daysLateOf(report: ReportRow, asOf = today()): number {
  const received = report.receivedAt ? report.receivedAt.toISOString().slice(0, 10) : null;
  return reportLateness(report.dueDate, received, asOf).daysLate;
}

export function toSummary(r: ReportRecord, exceedanceCount: number): ReportSummaryView {
  const { report } = r;
  return {
    id: report.id,
    facilityId: report.facilityId,
    facilityName: r.facilityName,
    permitId: report.permitId,
    permitNumber: r.permitNumber,
    kind: report.kind,
    title: report.title,
    outfallCode: report.outfallCode,
    periodStart: report.periodStart,
    periodEnd: report.periodEnd,
    dueDate: report.dueDate,
    status: report.status,
    receivedAt: report.receivedAt?.toISOString() ?? null,
    daysLate: daysLateOf(report),
    currentRevision: report.currentRevision,
    exceedanceCount,
  };
}

export async function currentRevision(db: Queryable, report: ReportRow): Promise<RevisionRow> {
  const [rev] = await db
    .select()
    .from(reportRevisions)
    .where(
      and(eq(reportRevisions.reportId, report.id), eq(reportRevisions.revision, report.currentRevision)),
    );
  if (!rev) throw notFound('Report revision');
  return rev;
}

export function listRevisions(db: Queryable, reportId: string): Promise<RevisionRow[]> {
  return db
    .select()
    .from(reportRevisions)
    .where(eq(reportRevisions.reportId, reportId))
    .orderBy(asc(reportRevisions.revision));
}

/** Reports the membership sees, filtered; ordered by due date (most recent first). */
export async function listReports(
  db: Queryable,
  m: ActiveMembership,
  query: ReportListQuery,
): Promise<ReportSummaryView[]> {
  const filters: (SQL | undefined)[] = [visibleReportWhere(m)];
  if (query.facilityId) filters.push(eq(reports.facilityId, query.facilityId));
  if (query.status) filters.push(eq(reports.status, query.status));
  if (query.kind) filters.push(eq(reports.kind, query.kind));
  if (query.queue === 'review') filters.push(eq(reports.status, 'submitted'));
  if (query.queue === 'signature') filters.push(eq(reports.status, 'ready_for_signature'));
  if (query.queue === 'late')
    filters.push(
      and(
        inArray(reports.status, ['upcoming', 'in_preparation', 'ready_for_signature', 'returned']),
        lt(reports.dueDate, today()),
      ),
    );
  const rows = await db
    .select({ ...columns, content: reportRevisions.content })
    .from(reports)
    .innerJoin(organizations, eq(organizations.id, reports.facilityId))
    .innerJoin(permits, eq(permits.id, reports.permitId))
    .innerJoin(
      reportRevisions,
      and(eq(reportRevisions.reportId, reports.id), eq(reportRevisions.revision, reports.currentRevision)),
    )
    .where(and(...filters))
    .orderBy(desc(reports.dueDate), asc(reports.title))
    .limit(1000);
  return rows.map((r) => toSummary(r, r.content?.exceedances.length ?? 0));
}
