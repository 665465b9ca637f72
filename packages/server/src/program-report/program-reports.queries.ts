import {
  AnnualReportContent,
  ProgramReportEdits,
  ProgramReportSignature,
  type ProgramReportSummaryView,
  type ProgramReportView,
} from '@outfall/domain/contracts/program-report';
import { icisPretreatmentProblems } from '@outfall/domain/exports/icis-pretreatment-xml';
import { reportingYearContaining } from '@outfall/domain/program/reporting-year';
import { addDays } from '@outfall/domain/schedules/dates';
import { and, desc, eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type ActiveMembership, type Actor, auditActorOf } from '../auth/actor';
import type { Db, Queryable } from '../db/connect';
import { programReportCopies, programReports } from '../db/schema';
import { notFound } from '../errors';
import { programSettingsOf } from '../program/settings';
import { certificationInForce } from '../reports/certification';

export type ProgramReportRow = typeof programReports.$inferSelect;
export const PROGRAM_CERTIFICATION_KEY = 'pretreatment_program';

/** The report of the acting authority; another authority's (or a facility user) gets a 404. */
export async function findProgramReport(
  db: Queryable,
  m: ActiveMembership,
  id: string,
): Promise<ProgramReportRow> {
  if (m.kind !== 'authority') throw notFound('Annual report');
  const [row] = await db
    .select()
    .from(programReports)
    .where(and(eq(programReports.id, id), eq(programReports.authorityId, m.organizationId)));
  if (!row) throw notFound('Annual report');
  return row;
}

export function labelOf(row: Pick<ProgramReportRow, 'periodStart' | 'periodEnd'>): string {
  const startMonth = Number(row.periodStart.slice(5, 7));
  return reportingYearContaining(row.periodStart, startMonth).label;
}

export function summaryOf(row: ProgramReportRow): ProgramReportSummaryView {
  return {
    id: row.id,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    label: labelOf(row),
    dueDate: row.dueDate,
    status: row.status,
    preparedAt: row.preparedAt?.toISOString() ?? null,
    signedAt: row.signedAt?.toISOString() ?? null,
  };
}

export const editsOf = (row: ProgramReportRow) => ProgramReportEdits.parse(row.edits ?? {});
export const contentOf = (row: ProgramReportRow) =>
  row.content === null ? null : AnnualReportContent.parse(row.content);

export async function copyOf(db: Queryable, reportId: string) {
  const [copy] = await db
    .select()
    .from(programReportCopies)
    .where(eq(programReportCopies.programReportId, reportId));
  return copy ?? null;
}

export async function programReportView(db: Queryable, row: ProgramReportRow): Promise<ProgramReportView> {
  const content = contentOf(row);
  const copy = await copyOf(db, row.id);
  const certification = await certificationInForce(db, PROGRAM_CERTIFICATION_KEY);
  return {
    ...summaryOf(row),
    content,
    edits: editsOf(row),
    signature: row.signature === null ? null : ProgramReportSignature.parse(row.signature),
    copyOfRecord: copy && {
      id: copy.id,
      jsonSha256: copy.jsonSha256,
      pdfSha256: copy.pdfSha256,
      xmlSha256: copy.xmlSha256,
      auditSeq: copy.auditSeq,
      createdAt: copy.createdAt.toISOString(),
    },
    xmlProblems:
      content === null
        ? ['Prepare the report first']
        : icisPretreatmentProblems({ content, formSetId: row.id, receivedDate: null }),
    certification: {
      id: certification.id,
      key: certification.key,
      version: certification.version,
      citation: certification.citation,
      text: certification.text,
    },
  };
}

/**
 * The annual report obligations (§6.1): the previous and the current reporting year of the
 * authority's program settings, each due `annualReportDueDays` after its year ends. Creating a
 * missing one is recorded in the audit trail; listing again changes nothing.
 */
export async function ensureProgramReports(db: Db, actor: Actor, authorityId: string, today: string) {
  const settings = await programSettingsOf(db, authorityId);
  const current = reportingYearContaining(today, settings.reportingYearStartMonth);
  const previous = reportingYearContaining(addDays(current.start, -1), settings.reportingYearStartMonth);
  for (const year of [previous, current]) {
    const [existing] = await db
      .select({ id: programReports.id })
      .from(programReports)
      .where(
        and(
          eq(programReports.authorityId, authorityId),
          eq(programReports.periodStart, year.start),
          eq(programReports.periodEnd, year.end),
        ),
      );
    if (existing) continue;
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(programReports)
        .values({
          authorityId,
          periodStart: year.start,
          periodEnd: year.end,
          dueDate: addDays(year.end, settings.annualReportDueDays),
          status: 'draft',
        })
        .onConflictDoNothing()
        .returning();
      if (!row) return;
      await appendAudit(tx, auditActorOf(actor), {
        type: 'program_report.created',
        subjectId: row.id,
        organizationId: authorityId,
        after: { periodStart: row.periodStart, periodEnd: row.periodEnd, dueDate: row.dueDate },
      });
    });
  }
}

export async function listProgramReports(db: Queryable, authorityId: string) {
  const rows = await db
    .select()
    .from(programReports)
    .where(eq(programReports.authorityId, authorityId))
    .orderBy(desc(programReports.periodStart));
  return rows.map(summaryOf);
}
