import type {
  ProgramReportSignature,
  SignProgramReportInput,
} from '@outfall/domain/contracts/program-report';
import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { programReportCopies, programReports } from '../db/schema';
import { AppError } from '../errors';
import { programSettingsOf } from '../program/settings';
import { confirmedCertification, reauthenticateSigner } from '../reports/signing-checks';
import { buildProgramReportCopy } from './copy-of-record';
import { contentOf, findProgramReport, PROGRAM_CERTIFICATION_KEY } from './program-reports.queries';

/**
 * Signs and submits the annual report (403.12(i), (m)) with the facility reports' mechanism:
 * password re-entered (throttled like sign-in), the certification in force confirmed by id; the
 * row is frozen (a trigger refuses later changes) and the copy of record stored append-only with
 * its three digests, which the `program_report.signed` event records.
 */
export async function signProgramReport({
  db,
  actor,
  id,
  input,
}: {
  db: Db;
  actor: Actor;
  id: string;
  input: SignProgramReportInput;
}) {
  const m = authorize(actor, 'program_report.sign');
  const row = await findProgramReport(db, m, id);
  if (row.status !== 'ready_for_signature')
    throw new AppError('invalid_state', 'Only an annual report marked ready for signature can be signed');
  const content = contentOf(row);
  if (!content) throw new AppError('invalid_state', 'Prepare the report before signing it');

  const user = await reauthenticateSigner(db, actor, input.password);
  const certification = await confirmedCertification(
    db,
    PROGRAM_CERTIFICATION_KEY,
    input.certificationTemplateId,
  );
  const settings = await programSettingsOf(db, row.authorityId);
  const signedAt = new Date();
  const signature: ProgramReportSignature = {
    signerUserId: actor.userId,
    signerName: user.name,
    signerEmail: user.email,
    signerTitle: m.role === 'director' ? settings.directorTitle : 'Administrator',
    signedAt: signedAt.toISOString(),
    certification: {
      id: certification.id,
      key: certification.key,
      version: certification.version,
      citation: certification.citation,
      text: certification.text,
    },
  };
  const files = await buildProgramReportCopy({ reportId: row.id, content, signature });

  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(programReports)
      .set({ status: 'submitted', signedAt, signerUserId: actor.userId, signature, updatedAt: signedAt })
      .where(and(eq(programReports.id, row.id), eq(programReports.status, 'ready_for_signature')))
      .returning();
    if (!updated) throw new AppError('conflict', 'The report changed while signing; open it again');
    const auditSeq = await appendAudit(tx, auditActorOf(actor), {
      type: 'program_report.signed',
      subjectId: row.id,
      organizationId: row.authorityId,
      before: { status: row.status },
      after: {
        status: 'submitted',
        signer: { userId: actor.userId, name: user.name, title: signature.signerTitle },
        certification: { key: certification.key, version: certification.version },
        copyOfRecord: {
          jsonSha256: files.jsonSha256,
          pdfSha256: files.pdfSha256,
          xmlSha256: files.xmlSha256,
        },
        contentSha256: files.document.contentSha256,
        pps: content.pps,
      },
    });
    await tx.insert(programReportCopies).values({
      programReportId: row.id,
      json: files.json,
      jsonSha256: files.jsonSha256,
      pdf: files.pdf,
      pdfSha256: files.pdfSha256,
      xml: files.xml,
      xmlSha256: files.xmlSha256,
      auditSeq,
    });
    return updated;
  });
}
