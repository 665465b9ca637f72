import { canonicalJson } from '@outfall/domain/audit/canonical-json';
import type { UpdateReportDraftInput } from '@outfall/domain/contracts/reports';
import { and, eq, inArray } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { permits, reportAttachments, reportRevisions, reports } from '../db/schema';
import { AppError } from '../errors';
import { bindingPermits } from '../monitoring/limits.queries';
import { buildReportContent } from './build-content';
import { sha256 } from './copy-of-record';
import { applyEdits, mergeEdits } from './report-edits';
import { currentRevision, findVisibleReport } from './reports.queries';

export interface NewAttachment {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  bytes: Buffer;
  createdByUserId: string;
}

const refOf = (a: NewAttachment) => ({
  id: a.id,
  name: a.name,
  mediaType: a.mediaType,
  size: a.size,
  sha256: a.sha256,
});

const EDITABLE = ['upcoming', 'in_preparation', 'ready_for_signature'] as const;

/**
 * Rebuilds the report's computed part from the record and applies the preparer's edits (kept
 * across rebuilds). `edits` given: a draft save, merged into the stored edits. The report goes
 * (back) to `in_preparation`: a change after "ready" needs marking ready again.
 */
export async function prepareReport({
  db,
  actor,
  reportId,
  edits,
  attachment,
}: {
  db: Db;
  actor: Actor;
  reportId: string;
  edits?: UpdateReportDraftInput;
  /** A file to attach in the same transaction (its id is already in `edits.attachmentIds`). */
  attachment?: NewAttachment;
}) {
  const m = authorize(actor, 'report.prepare');
  const { report } = await findVisibleReport(db, m, reportId);
  if (m.kind !== 'facility') throw new AppError('forbidden', 'Only the facility prepares its reports');
  if (!(EDITABLE as readonly string[]).includes(report.status))
    throw new AppError('invalid_state', 'A signed report is not edited: amend it to open a new revision');
  const permit = (await bindingPermits(db, report.facilityId)).find((p) => p.id === report.permitId);
  if (!permit) throw new AppError('invalid_state', 'The report’s permit is not in force');
  const [version] = await db
    .select({ versionNo: permits.currentVersionNo })
    .from(permits)
    .where(eq(permits.id, permit.id));
  const revision = await currentRevision(db, report);
  const base = edits ? mergeEdits(revision.edits, edits) : revision.edits;
  const allEdits = attachment
    ? { ...base, attachmentIds: [...(base.attachmentIds ?? []), attachment.id] }
    : base;
  const stored = await db
    .select({
      id: reportAttachments.id,
      name: reportAttachments.name,
      mediaType: reportAttachments.mediaType,
      size: reportAttachments.size,
      sha256: reportAttachments.sha256,
    })
    .from(reportAttachments)
    .where(eq(reportAttachments.reportId, report.id));
  const refs = attachment ? [...stored, refOf(attachment)] : stored;
  const unknown = (allEdits.attachmentIds ?? []).filter((id) => !refs.some((r) => r.id === id));
  if (unknown.length > 0)
    throw new AppError('validation_failed', 'An attachment named is not one of this report’s files', [
      { path: 'attachmentIds', message: `unknown attachment ${unknown[0]}` },
    ]);
  const computed = await buildReportContent(db, {
    report,
    permit,
    versionId: `${permit.id}/v${version!.versionNo}`,
  });
  const content = applyEdits(computed, allEdits, refs);
  await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(reports)
      .set({ status: 'in_preparation', updatedAt: new Date() })
      .where(and(eq(reports.id, report.id), inArray(reports.status, [...EDITABLE])))
      .returning({ id: reports.id });
    if (!updated) throw new AppError('conflict', 'The report changed meanwhile; open it again');
    if (attachment) await tx.insert(reportAttachments).values({ ...attachment, reportId: report.id });
    await tx
      .update(reportRevisions)
      .set({ content, edits: allEdits, updatedAt: new Date() })
      .where(eq(reportRevisions.id, revision.id));
    await appendAudit(tx, auditActorOf(actor), {
      type: edits || attachment ? 'report.draft_updated' : 'report.prepared',
      subjectId: report.id,
      organizationId: report.facilityId,
      before: { status: report.status },
      after: {
        status: 'in_preparation',
        revision: revision.revision,
        contentSha256: sha256(canonicalJson(content)),
        values: content.outfalls.reduce(
          (n, o) => n + o.parameters.reduce((k, p) => k + p.values.length, 0),
          0,
        ),
        exceedances: content.exceedances.length,
        ...(edits ? { edits } : {}),
        ...(attachment ? { attached: refOf(attachment) } : {}),
      },
    });
  });
}
