import type { RecordReceiptInput } from '@outfall/domain/contracts/reports';
import { and, eq, inArray } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { reportReviews, reports } from '../db/schema';
import { AppError, notFound } from '../errors';
import { openReportingViolation } from './reporting-violations';
import { currentRevision, findVisibleReport } from './reports.queries';

const OPEN = ['upcoming', 'in_preparation', 'ready_for_signature', 'returned'] as const;

/**
 * The authority records a report it received outside Outfall (paper or e-mail): the report is
 * received on that day and accepted, with the note saying where the signed original is filed. A
 * report received later than the program allows still opens its reporting violation (criterion F).
 */
export async function recordReceipt({
  db,
  actor,
  reportId,
  input,
  today,
}: {
  db: Db;
  actor: Actor;
  reportId: string;
  input: RecordReceiptInput;
  today: string;
}) {
  const m = authorize(actor, 'report.review');
  const record = await findVisibleReport(db, m, reportId);
  if (record.issuingAuthorityId !== m.organizationId) throw notFound('Report');
  const { report } = record;
  if (report.receivedAt || !(OPEN as readonly string[]).includes(report.status))
    throw new AppError('invalid_state', 'This report has already been received');
  if (input.receivedOn > today)
    throw new AppError('validation_failed', 'A receipt cannot be recorded ahead of time', [
      { path: 'receivedOn', message: `must be on or before ${today}` },
    ]);
  if (input.receivedOn < report.periodStart)
    throw new AppError('validation_failed', 'The report cannot arrive before its period starts', [
      { path: 'receivedOn', message: `must be on or after ${report.periodStart}` },
    ]);
  const revision = await currentRevision(db, report);
  const comment = `Received outside Outfall on ${input.receivedOn}: ${input.note}`;
  await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(reports)
      .set({
        status: 'accepted',
        receivedAt: new Date(`${input.receivedOn}T12:00:00Z`),
        updatedAt: new Date(),
      })
      .where(and(eq(reports.id, report.id), inArray(reports.status, [...OPEN])))
      .returning();
    if (!updated) throw new AppError('conflict', 'The report changed meanwhile; open it again');
    await tx.insert(reportReviews).values({
      reportId: report.id,
      revision: revision.revision,
      decision: 'accepted',
      comment,
      reviewerUserId: actor.userId,
    });
    await appendAudit(tx, auditActorOf(actor), {
      type: 'report.received_outside',
      subjectId: report.id,
      organizationId: report.facilityId,
      before: { status: report.status, receivedAt: null },
      after: { status: 'accepted', receivedOn: input.receivedOn, note: input.note },
    });
    await openReportingViolation(tx, auditActorOf(actor), updated, today);
  });
}
