import type { AnnualReportContent, ProgramReportEdits } from '@outfall/domain/contracts/program-report';
import { computeAnnualReport } from '@outfall/domain/program/annual-report';
import { and, eq, ne } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db, Queryable } from '../db/connect';
import { programReports } from '../db/schema';
import { AppError } from '../errors';
import { today } from '../permits/permit-views';
import { gatherAnnualReportFacts } from './facts';
import { editsOf, findProgramReport, labelOf, type ProgramReportRow } from './program-reports.queries';

/** The content built from the records with the authority's entries applied. */
export async function buildContent(
  db: Queryable,
  row: ProgramReportRow,
  edits: ProgramReportEdits,
): Promise<AnnualReportContent> {
  const period = { start: row.periodStart, end: row.periodEnd, label: labelOf(row) };
  const facts = await gatherAnnualReportFacts(db, row.authorityId, period, edits, today());
  return computeAnnualReport(facts);
}

export function assertEditable(row: ProgramReportRow): void {
  if (row.status === 'submitted')
    throw new AppError('invalid_state', 'The annual report is signed and submitted: it can no longer change');
}

/**
 * Rebuilds the annual report from the records (§6.1–§6.3) and re-applies what the authority
 * entered. A report marked ready goes back to draft: what is signed must be what was reviewed.
 */
export async function prepareProgramReport({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const m = authorize(actor, 'program_report.prepare');
  const row = await findProgramReport(db, m, id);
  assertEditable(row);
  const content = await buildContent(db, row, editsOf(row));
  return db.transaction(async (tx) => {
    const now = new Date();
    const [updated] = await tx
      .update(programReports)
      .set({ content, status: 'draft', preparedAt: now, updatedAt: now })
      .where(and(eq(programReports.id, row.id), ne(programReports.status, 'submitted')))
      .returning();
    if (!updated) throw new AppError('conflict', 'The report changed meanwhile; open it again');
    await appendAudit(tx, auditActorOf(actor), {
      type: 'program_report.prepared',
      subjectId: row.id,
      organizationId: row.authorityId,
      before: { status: row.status, pps: row.content ? (row.content as AnnualReportContent).pps : null },
      after: { status: 'draft', pps: content.pps, industrialUsers: content.industrialUsers.length },
    });
    return updated;
  });
}
