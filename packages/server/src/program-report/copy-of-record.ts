import { canonicalJson } from '@outfall/domain/audit/canonical-json';
import type {
  AnnualReportContent,
  ProgramReportCopyDocument,
  ProgramReportSignature,
} from '@outfall/domain/contracts/program-report';
import { sha256 } from '../reports/copy-of-record';
import { renderProgramReportPdf } from './render-pdf';
import { renderProgramReportXml } from './render-xml';

export interface ProgramReportCopyFiles {
  document: ProgramReportCopyDocument;
  json: Buffer;
  jsonSha256: string;
  pdf: Buffer;
  pdfSha256: string;
  xml: Buffer;
  xmlSha256: string;
}

/**
 * The copy of record of a signed annual report (§10.2 R6, as for facility reports): the canonical
 * JSON of the content with its signature block and receipt time, its PDF and its ICIS XML. The
 * three SHA-256 digests go into the audit trail.
 */
export async function buildProgramReportCopy(input: {
  reportId: string;
  content: AnnualReportContent;
  signature: ProgramReportSignature;
}): Promise<ProgramReportCopyFiles> {
  const document: ProgramReportCopyDocument = {
    format: 'outfall.program-report-copy-of-record/1',
    programReportId: input.reportId,
    content: input.content,
    signature: input.signature,
    receivedAt: input.signature.signedAt,
    contentSha256: sha256(canonicalJson(input.content)),
  };
  const json = Buffer.from(`${canonicalJson(document)}\n`, 'utf8');
  const pdf = await renderProgramReportPdf({
    content: input.content,
    signature: input.signature,
    copyOfRecord: { receiptId: input.reportId, contentSha256: document.contentSha256 },
  });
  const xml = Buffer.from(
    renderProgramReportXml({
      reportId: input.reportId,
      content: input.content,
      signature: input.signature,
      author: input.signature.signerName,
      createdAt: input.signature.signedAt,
    }),
    'utf8',
  );
  return {
    document,
    json,
    jsonSha256: sha256(json),
    pdf,
    pdfSha256: sha256(pdf),
    xml,
    xmlSha256: sha256(xml),
  };
}
