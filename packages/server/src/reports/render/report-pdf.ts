import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../../permits/render-pdf';
import {
  attachmentSection,
  banners,
  exceedanceSection,
  flowSection,
  header,
  legend,
  narrativeSection,
  outfallSection,
  signatureSection,
} from './report-pdf-sections';
import { documentDate, kindTitle, type ReportRenderInput } from './report-text';

const FOOTER_ID = 'page-footer';

function footer(input: ReportRenderInput): TDocumentDefinitions['footer'] {
  const { content: c, copyOfRecord: cor, signature } = input;
  const line = cor
    ? `Copy of record · receipt ${cor.receiptId} · revision ${cor.revision} · content SHA-256 ${cor.contentSha256}`
    : `${signature === null ? (input.draft ? 'DRAFT — not signed' : 'Not signed') : 'Signed'} · ${c.facility.name} · permit ${c.permit.number} · ${c.period.start} to ${c.period.end}`;
  return (page, pages) => ({
    id: FOOTER_ID,
    text: `${line}\nPage ${page} of ${pages}`,
    alignment: 'center',
    fontSize: 7,
    margin: [30, 12, 30, 0],
  });
}

/** The document definition of one report revision (exported for tests and previews). */
export function reportDocument(input: ReportRenderInput): TDocumentDefinitions {
  const { content: c, signature, draft } = input;
  const cor = input.copyOfRecord ?? null;
  const unsigned = signature === null;
  const content: Content[] = [
    ...banners(draft, signature, cor),
    ...header(c, signature, cor),
    { text: 'Monitoring results', style: 'h2', headlineLevel: 1 },
    ...(c.outfalls.length === 0 ? [{ text: 'No outfalls in this report.', italics: true } as Content] : []),
    ...c.outfalls.map(outfallSection),
    legend(),
    flowSection(c),
    exceedanceSection(c),
    { text: 'Narrative', style: 'h2', headlineLevel: 1 },
    ...narrativeSection(c),
    attachmentSection(c),
    { stack: signatureSection(signature), unbreakable: true },
  ];
  return {
    info: {
      title: `${kindTitle(c)} — ${c.facility.name} — ${c.period.start} to ${c.period.end}`,
      subject: `Permit ${c.permit.number}${cor ? ` · copy of record ${cor.receiptId} revision ${cor.revision}` : ''}`,
      author: signature?.signerName ?? c.facility.name,
      creator: 'Outfall',
      producer: 'Outfall',
      // pdfkit derives the file ID from the info dictionary: a fixed date makes the bytes repeatable
      creationDate: documentDate(c, signature),
    },
    pageSize: 'LETTER',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 48],
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: {
      title: { fontSize: 16, bold: true },
      subtitle: { fontSize: 11, margin: [0, 2, 0, 0] },
      h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: 10, bold: true, margin: [0, 6, 0, 2] },
      th: { bold: true, fillColor: '#eeeeee' },
    },
    ...(draft || unsigned
      ? {
          watermark: {
            text: unsigned ? (draft ? 'DRAFT — not signed' : 'NOT SIGNED') : 'DRAFT',
            opacity: 0.12,
            bold: true,
            fontSize: 60,
          },
        }
      : {}),
    footer: footer(input),
    // no heading alone at the foot of a page: some text of the body must follow it there
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel === 1 &&
      !nodes.getFollowingNodesOnPage().some((n) => n.id !== FOOTER_ID && n.text !== undefined),
    content,
  };
}

/**
 * The report as the regulator reads it: header, results by outfall and parameter, flows,
 * exceedances with explanations, narrative, attachments, certification and signature; a copy of
 * record carries its receipt, revision and content digest on every page (§10.2 R4, R6).
 *
 * Deterministic: identical input gives identical bytes (creation date from the signature or
 * preparation time; pdfkit's file ID is an MD5 of the info dictionary).
 */
export function renderReportPdf(input: ReportRenderInput): Promise<Buffer> {
  return renderPdf(reportDocument(input));
}
