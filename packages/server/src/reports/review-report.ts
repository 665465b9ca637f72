import type { ReviewReportInput } from '@outfall/domain/contracts/reports';
import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { reportReviews, reports } from '../db/schema';
import { AppError, notFound } from '../errors';
import { notifyReviewed } from './report-notices';
import { currentRevision, findVisibleReport } from './reports.queries';

/** The authority accepts a submitted report, or returns it with a comment (one shared record). */
export async function reviewReport({
  db,
  actor,
  reportId,
  input,
  publicUrl,
}: {
  db: Db;
  actor: Actor;
  reportId: string;
  input: ReviewReportInput;
  publicUrl: string;
}) {
  const m = authorize(actor, 'report.review');
  const record = await findVisibleReport(db, m, reportId);
  if (record.issuingAuthorityId !== m.organizationId) throw notFound('Report');
  const { report } = record;
  if (report.status !== 'submitted')
    throw new AppError('invalid_state', 'Only a submitted report can be accepted or returned');
  const comment = input.comment?.trim() || null;
  if (input.decision === 'returned' && !comment)
    throw new AppError('validation_failed', 'Say why the report is returned', [
      { path: 'comment', message: 'is required when returning a report' },
    ]);
  const revision = await currentRevision(db, report);
  await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(reports)
      .set({ status: input.decision, updatedAt: new Date() })
      .where(and(eq(reports.id, report.id), eq(reports.status, 'submitted')))
      .returning();
    if (!updated) throw new AppError('conflict', 'The report changed meanwhile; open it again');
    await tx.insert(reportReviews).values({
      reportId: report.id,
      revision: revision.revision,
      decision: input.decision,
      comment,
      reviewerUserId: actor.userId,
    });
    await appendAudit(tx, auditActorOf(actor), {
      type: 'report.reviewed',
      subjectId: report.id,
      organizationId: report.facilityId,
      before: { status: report.status },
      after: { status: input.decision, revision: revision.revision, comment },
    });
    await notifyReviewed(tx, {
      publicUrl,
      report: updated,
      signerUserId: revision.signerUserId,
      decision: input.decision,
      comment,
    });
  });
}
