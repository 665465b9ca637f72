import type { AmendReportInput } from '@outfall/domain/contracts/reports';
import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { reportRevisions, reports } from '../db/schema';
import { AppError } from '../errors';
import { currentRevision, findVisibleReport } from './reports.queries';

/**
 * A signed report is never edited (§10.2 R2): amending opens revision N+1 as a draft copied from N,
 * with the reason. Revision N, its signature and its copy of record stay as they are.
 */
export async function amendReport({
  db,
  actor,
  reportId,
  input,
}: {
  db: Db;
  actor: Actor;
  reportId: string;
  input: AmendReportInput;
}) {
  const m = authorize(actor, 'report.prepare');
  const { report } = await findVisibleReport(db, m, reportId);
  if (m.kind !== 'facility') throw new AppError('forbidden', 'Only the facility amends its reports');
  if (!['submitted', 'accepted', 'returned'].includes(report.status))
    throw new AppError('invalid_state', 'Only a signed report is amended; edit the draft instead');
  const signed = await currentRevision(db, report);
  const next = signed.revision + 1;
  await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(reports)
      .set({ status: 'in_preparation', currentRevision: next, updatedAt: new Date() })
      .where(and(eq(reports.id, report.id), eq(reports.currentRevision, signed.revision)))
      .returning({ id: reports.id });
    if (!updated) throw new AppError('conflict', 'The report changed meanwhile; open it again');
    await tx.insert(reportRevisions).values({
      reportId: report.id,
      revision: next,
      content: signed.content,
      edits: signed.edits,
      amendmentReason: input.reason,
    });
    await appendAudit(tx, auditActorOf(actor), {
      type: 'report.amended',
      subjectId: report.id,
      organizationId: report.facilityId,
      before: { status: report.status, revision: signed.revision },
      after: { status: 'in_preparation', revision: next, reason: input.reason },
    });
  });
}
