import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { reports } from '../db/schema';
import { AppError } from '../errors';
import { contentProblems } from './content-problems';
import { currentRevision, findVisibleReport } from './reports.queries';

/** The preparer hands the report to the signatory; refused while a figure lacks what it needs. */
export async function markReady({ db, actor, reportId }: { db: Db; actor: Actor; reportId: string }) {
  const m = authorize(actor, 'report.prepare');
  const { report } = await findVisibleReport(db, m, reportId);
  if (m.kind !== 'facility') throw new AppError('forbidden', 'Only the facility prepares its reports');
  if (report.status !== 'in_preparation')
    throw new AppError('invalid_state', 'Prepare the report from the record before marking it ready');
  const revision = await currentRevision(db, report);
  if (!revision.content) throw new AppError('invalid_state', 'Prepare the report from the record first');
  const problems = contentProblems(revision.content);
  if (problems.length > 0) throw new AppError('validation_failed', 'The report is not complete', problems);
  await db.transaction(async (tx) => {
    await tx
      .update(reports)
      .set({ status: 'ready_for_signature', updatedAt: new Date() })
      .where(and(eq(reports.id, report.id), eq(reports.status, 'in_preparation')));
    await appendAudit(tx, auditActorOf(actor), {
      type: 'report.marked_ready',
      subjectId: report.id,
      organizationId: report.facilityId,
      before: { status: report.status },
      after: { status: 'ready_for_signature', revision: revision.revision },
    });
  });
}
