import type { ReportView } from '@outfall/domain/contracts/reports';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { can } from '../auth/policy';
import type { Queryable } from '../db/connect';
import { copiesOfRecord, reportReviews, users } from '../db/schema';
import { bindingPermits } from '../monitoring/limits.queries';
import { certificationInForce, certificationKeyFor } from './certification';
import { currentRevision, listRevisions, type ReportRecord, toSummary } from './reports.queries';
import { checkSigner } from './signatories';

const DRAFT_STATUSES = new Set(['upcoming', 'in_preparation', 'ready_for_signature']);

/** The report as its reader sees it: content, history and what they may do now. */
export async function reportView(db: Queryable, actor: Actor, record: ReportRecord): Promise<ReportView> {
  const { report } = record;
  const m = actor.active!;
  const revision = await currentRevision(db, report);
  const revisions = await listRevisions(db, report.id);
  const cors = revisions.length
    ? await db
        .select({ id: copiesOfRecord.id, revisionId: copiesOfRecord.revisionId })
        .from(copiesOfRecord)
        .where(
          inArray(
            copiesOfRecord.revisionId,
            revisions.map((r) => r.id),
          ),
        )
    : [];
  const reviews = await db
    .select({ review: reportReviews, reviewerName: users.name })
    .from(reportReviews)
    .innerJoin(users, eq(users.id, reportReviews.reviewerUserId))
    .where(eq(reportReviews.reportId, report.id))
    .orderBy(asc(reportReviews.createdAt));
  const isFacility = m.kind === 'facility' && m.organizationId === report.facilityId;
  const prepare = isFacility && can(m, 'report.prepare') && DRAFT_STATUSES.has(report.status);
  let signBlockedReason: string | null = null;
  let sign = false;
  if (isFacility && report.status === 'ready_for_signature') {
    const permit = (await bindingPermits(db, report.facilityId)).find((p) => p.id === report.permitId);
    const check = permit
      ? await checkSigner(db, actor, report.facilityId, permit.content.signatory)
      : { ok: false as const, reason: 'The permit is not in force.' };
    sign = check.ok;
    signBlockedReason = check.ok ? null : check.reason;
  }
  const certification = await certificationInForce(db, certificationKeyFor(report.kind, record.permitKind));
  return {
    ...toSummary(record, revision.content?.exceedances.length ?? 0),
    content: revision.content ?? null,
    revisions: revisions.map((r) => ({
      id: r.id,
      revision: r.revision,
      status: r.signedAt ? 'signed' : 'draft',
      signerName: r.signature?.signerName ?? null,
      signedAt: r.signedAt?.toISOString() ?? null,
      amendmentReason: r.amendmentReason,
      copyOfRecordId: cors.find((c) => c.revisionId === r.id)?.id ?? null,
    })),
    reviews: reviews.map(({ review, reviewerName }) => ({
      id: review.id,
      revision: review.revision,
      decision: review.decision,
      comment: review.comment,
      reviewerName,
      at: review.createdAt.toISOString(),
    })),
    can: {
      prepare,
      sign,
      review:
        m.kind === 'authority' &&
        can(m, 'report.review') &&
        record.issuingAuthorityId === m.organizationId &&
        report.status === 'submitted',
      amend:
        isFacility &&
        can(m, 'report.prepare') &&
        ['submitted', 'accepted', 'returned'].includes(report.status),
    },
    signBlockedReason,
    certification,
  };
}
