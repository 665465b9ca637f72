import { createHash } from 'node:crypto';
import { canonicalJson } from '@outfall/domain/audit/canonical-json';
import {
  type CopyOfRecordDocument,
  CopyOfRecordDocument as CopyOfRecordSchema,
  type CopyOfRecordVerification,
  type CopyOfRecordView,
  type ReportContent,
  type ReportSignature,
} from '@outfall/domain/contracts/reports';
import { eq, or } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { copiesOfRecord, organizations, reports } from '../db/schema';
import { verifyProgramReportCopy } from '../program-report/verify-copy';
import { renderReportPdf } from './render/index';

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export interface CopyOfRecordFiles {
  document: CopyOfRecordDocument;
  json: Buffer;
  jsonSha256: string;
  pdf: Buffer;
  pdfSha256: string;
}

/**
 * The copy of record of a signed revision (§10.2 R6): the canonical JSON of the submission with
 * its signature block and receipt time, and its human-readable PDF. Both are stored as bytes and
 * their SHA-256 digests go into the audit trail.
 */
export async function buildCopyOfRecord(input: {
  reportId: string;
  revision: number;
  amends: number | null;
  amendmentReason: string | null;
  content: ReportContent;
  signature: ReportSignature;
}): Promise<CopyOfRecordFiles> {
  const document: CopyOfRecordDocument = {
    format: 'outfall.copy-of-record/1',
    reportId: input.reportId,
    revision: input.revision,
    amends: input.amends,
    amendmentReason: input.amendmentReason,
    content: input.content,
    signature: input.signature,
    receivedAt: input.signature.signedAt,
    contentSha256: sha256(canonicalJson(input.content)),
  };
  const json = Buffer.from(`${canonicalJson(document)}\n`, 'utf8');
  const pdf = await renderReportPdf({
    content: input.content,
    signature: input.signature,
    copyOfRecord: {
      receiptId: `${input.reportId}/${input.revision}`,
      contentSha256: document.contentSha256,
      revision: input.revision,
      amends: input.amends,
      amendmentReason: input.amendmentReason,
    },
    draft: false,
  });
  return { document, json, jsonSha256: sha256(json), pdf, pdfSha256: sha256(pdf) };
}

export function toCopyOfRecordView(row: typeof copiesOfRecord.$inferSelect): CopyOfRecordView {
  return {
    id: row.id,
    reportId: row.reportId,
    revision: row.revision,
    jsonSha256: row.jsonSha256,
    pdfSha256: row.pdfSha256,
    createdAt: row.createdAt.toISOString(),
    auditSeq: row.auditSeq,
  };
}

/** What is wrong with a JSON copy of record that matches no stored digest, in words. */
function explainMismatch(bytes: Uint8Array): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return 'The file matches no copy of record stored on Outfall (it is not an unchanged copy-of-record JSON, PDF or annual report XML).';
  }
  const doc = CopyOfRecordSchema.safeParse(parsed);
  if (!doc.success)
    return 'The file is JSON but not an Outfall copy of record, and matches no stored copy of record.';
  const contentOk = sha256(canonicalJson(doc.data.content)) === doc.data.contentSha256;
  return contentOk
    ? `The file claims to be revision ${doc.data.revision} of report ${doc.data.reportId} but differs from the stored copy of record: it has been changed.`
    : `The file claims to be revision ${doc.data.revision} of report ${doc.data.reportId} but its content no longer matches its own content digest: the report data has been changed.`;
}

/**
 * Checks a file against the stored copies of record: the SHA-256 of its bytes must equal a stored
 * JSON or PDF digest. Anyone signed in may verify; a match names only the report it belongs to.
 */
export async function verifyCopyOfRecord(
  db: Queryable,
  bytes: Uint8Array,
): Promise<CopyOfRecordVerification> {
  const digest = sha256(bytes);
  const [row] = await db
    .select({ cor: copiesOfRecord, title: reports.title, facilityName: organizations.name })
    .from(copiesOfRecord)
    .innerJoin(reports, eq(reports.id, copiesOfRecord.reportId))
    .innerJoin(organizations, eq(organizations.id, reports.facilityId))
    .where(or(eq(copiesOfRecord.jsonSha256, digest), eq(copiesOfRecord.pdfSha256, digest)))
    .limit(1);
  if (!row) {
    const annual = await verifyProgramReportCopy(db, digest);
    if (annual) return annual;
    return {
      verified: false,
      sha256: digest,
      matched: null,
      copyOfRecord: null,
      report: null,
      message: explainMismatch(bytes),
    };
  }
  const doc = CopyOfRecordSchema.parse(JSON.parse(Buffer.from(row.cor.json).toString('utf8')));
  const matched = row.cor.jsonSha256 === digest ? 'json' : 'pdf';
  return {
    verified: true,
    sha256: digest,
    matched,
    copyOfRecord: toCopyOfRecordView(row.cor),
    report: {
      id: row.cor.reportId,
      title: row.title,
      facilityName: row.facilityName,
      signerName: doc.signature.signerName,
      signedAt: doc.signature.signedAt,
    },
    message: `Unchanged ${matched === 'json' ? 'copy-of-record JSON' : 'copy-of-record PDF'} of revision ${row.cor.revision} of “${row.title}”, signed by ${doc.signature.signerName} at ${doc.signature.signedAt} (audit event ${row.cor.auditSeq}).`,
  };
}
