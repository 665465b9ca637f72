import { icisPretreatmentProblems } from '@outfall/domain/exports/icis-pretreatment-xml';
import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { programReports } from '../db/schema';
import { AppError } from '../errors';
import { contentOf, findProgramReport } from './program-reports.queries';

/**
 * Marks a prepared draft ready for the director's signature. The copy of record includes the
 * ICIS XML, so a report whose XML cannot be written validly is refused with the reasons.
 */
export async function markProgramReportReady({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const m = authorize(actor, 'program_report.prepare');
  const row = await findProgramReport(db, m, id);
  if (row.status !== 'draft')
    throw new AppError('invalid_state', 'Only a draft can be marked ready for signature');
  const content = contentOf(row);
  if (!content) throw new AppError('invalid_state', 'Prepare the report before marking it ready');
  const problems = icisPretreatmentProblems({ content, formSetId: row.id, receivedDate: null });
  if (problems.length > 0)
    throw new AppError(
      'validation_failed',
      'The ICIS XML of this report cannot be written yet',
      problems.map((message) => ({ path: 'xml', message })),
    );
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(programReports)
      .set({ status: 'ready_for_signature', updatedAt: new Date() })
      .where(and(eq(programReports.id, row.id), eq(programReports.status, 'draft')))
      .returning();
    if (!updated) throw new AppError('conflict', 'The report changed meanwhile; open it again');
    await appendAudit(tx, auditActorOf(actor), {
      type: 'program_report.marked_ready',
      subjectId: row.id,
      organizationId: row.authorityId,
      before: { status: 'draft' },
      after: { status: 'ready_for_signature' },
    });
    return updated;
  });
}
