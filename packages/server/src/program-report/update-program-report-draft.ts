import { ProgramReportEdits } from '@outfall/domain/contracts/program-report';
import { and, eq, ne } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { programReports } from '../db/schema';
import { AppError } from '../errors';
import { assertEditable, buildContent } from './prepare-program-report';
import { editsOf, findProgramReport } from './program-reports.queries';

/**
 * Saves what the authority enters (program changes, budget, other information, acceptance
 * answers, ICIS identifiers). The entries live apart from the computed content, so they survive
 * every rebuild; a prepared report is rebuilt with them at once.
 */
export async function updateProgramReportDraft({
  db,
  actor,
  id,
  input,
}: {
  db: Db;
  actor: Actor;
  id: string;
  input: unknown;
}) {
  const m = authorize(actor, 'program_report.prepare');
  const row = await findProgramReport(db, m, id);
  assertEditable(row);
  const edits = ProgramReportEdits.parse(input);
  const content = row.content === null ? null : await buildContent(db, row, edits);
  return db.transaction(async (tx) => {
    const now = new Date();
    const [updated] = await tx
      .update(programReports)
      .set({ edits, content, status: 'draft', updatedAt: now, ...(content ? { preparedAt: now } : {}) })
      .where(and(eq(programReports.id, row.id), ne(programReports.status, 'submitted')))
      .returning();
    if (!updated) throw new AppError('conflict', 'The report changed meanwhile; open it again');
    await appendAudit(tx, auditActorOf(actor), {
      type: 'program_report.draft_updated',
      subjectId: row.id,
      organizationId: row.authorityId,
      before: { status: row.status, edits: editsOf(row) },
      after: { status: 'draft', edits },
    });
    return updated;
  });
}
