import type { ReportSignature, SignReportInput } from '@outfall/domain/contracts/reports';
import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { copiesOfRecord, reportRevisions, reports } from '../db/schema';
import { AppError, forbidden } from '../errors';
import { bindingPermits } from '../monitoring/limits.queries';
import { today } from '../permits/permit-views';
import { certificationKeyFor } from './certification';
import { buildCopyOfRecord } from './copy-of-record';
import { notifySubmitted } from './report-notices';
import { openReportingViolation } from './reporting-violations';
import { currentRevision, findVisibleReport } from './reports.queries';
import { checkSigner } from './signatories';
import { confirmedCertification, reauthenticateSigner } from './signing-checks';

/**
 * Signs and submits the current revision (§3.5, §10.2 R3–R6): signatory check at signing time,
 * password re-entered (throttled like sign-in), the certification in force confirmed; the revision
 * is frozen, the copy of record stored with its digests in the audit trail, the report is received
 * by the authority at the signature time, and the signer gets an acknowledgment by e-mail.
 */
export async function signReport({
  db,
  actor,
  reportId,
  input,
  publicUrl,
}: {
  db: Db;
  actor: Actor;
  reportId: string;
  input: SignReportInput;
  /** Where users reach Outfall, for the links in the acknowledgment and notices. */
  publicUrl: string;
}) {
  const m = authorize(actor, 'report.sign');
  const record = await findVisibleReport(db, m, reportId);
  const { report } = record;
  if (report.status !== 'ready_for_signature')
    throw new AppError('invalid_state', 'Only a report marked ready for signature can be signed');
  const permit = (await bindingPermits(db, report.facilityId)).find((p) => p.id === report.permitId);
  if (!permit) throw new AppError('invalid_state', 'The report’s permit is not in force');
  const signer = await checkSigner(db, actor, report.facilityId, permit.content.signatory);
  if (!signer.ok) throw forbidden(signer.reason);

  const user = await reauthenticateSigner(db, actor, input.password);
  const certification = await confirmedCertification(
    db,
    certificationKeyFor(report.kind, record.permitKind),
    input.certificationTemplateId,
  );
  const revision = await currentRevision(db, report);
  if (!revision.content) throw new AppError('invalid_state', 'Prepare the report before signing it');

  const signedAt = new Date();
  const signature: ReportSignature = {
    signerUserId: actor.userId,
    signerName: user.name,
    signerEmail: user.email,
    signatoryKind: signer.kind,
    signerTitle: signer.title,
    authorizationId: signer.authorizationId,
    signedAt: signedAt.toISOString(),
    certification: {
      key: certification.key,
      version: certification.version,
      citation: certification.citation,
      text: certification.text,
    },
  };
  const previous = revision.revision > 1 ? revision.revision - 1 : null;
  const files = await buildCopyOfRecord({
    reportId: report.id,
    revision: revision.revision,
    amends: previous,
    amendmentReason: revision.amendmentReason,
    content: revision.content,
    signature,
  });

  await db.transaction(async (tx) => {
    const frozen = await tx
      .update(reportRevisions)
      .set({
        signedAt,
        signerUserId: actor.userId,
        signatoryKind: signer.kind,
        authorizationId: signer.authorizationId,
        certificationTemplateId: certification.id,
        signature,
        updatedAt: signedAt,
      })
      .where(and(eq(reportRevisions.id, revision.id), eq(reportRevisions.revision, report.currentRevision)))
      .returning({ id: reportRevisions.id });
    if (frozen.length !== 1)
      throw new AppError('conflict', 'The report changed while signing; open it again');
    const [updated] = await tx
      .update(reports)
      .set({ status: 'submitted', receivedAt: report.receivedAt ?? signedAt, updatedAt: signedAt })
      .where(and(eq(reports.id, report.id), eq(reports.status, 'ready_for_signature')))
      .returning();
    if (!updated) throw new AppError('conflict', 'The report changed while signing; open it again');
    const auditSeq = await appendAudit(tx, auditActorOf(actor), {
      type: 'report.signed',
      subjectId: report.id,
      organizationId: report.facilityId,
      before: { status: report.status },
      after: {
        status: 'submitted',
        revision: revision.revision,
        signer: {
          userId: actor.userId,
          name: user.name,
          kind: signer.kind,
          authorizationId: signer.authorizationId,
        },
        certification: { key: certification.key, version: certification.version },
        copyOfRecord: { jsonSha256: files.jsonSha256, pdfSha256: files.pdfSha256 },
        contentSha256: files.document.contentSha256,
        receivedAt: updated.receivedAt?.toISOString() ?? null,
      },
    });
    await tx.insert(copiesOfRecord).values({
      reportId: report.id,
      revisionId: revision.id,
      revision: revision.revision,
      json: files.json,
      jsonSha256: files.jsonSha256,
      pdf: files.pdf,
      pdfSha256: files.pdfSha256,
      auditSeq,
    });
    await openReportingViolation(tx, auditActorOf(actor), updated, today());
    await notifySubmitted(tx, {
      publicUrl,
      report: updated,
      facilityName: record.facilityName,
      record,
      signature,
      files,
    });
  });
}
