import type {
  AnnualReportContent,
  AnnualReportIu,
  ProgramReportSignature,
} from '@outfall/domain/contracts/program-report';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../permits/render-pdf';
import { CLASS_TEXT, ENFORCEMENT_TEXT, PPS_ROWS } from './report-text';

export interface ProgramReportRenderInput {
  content: AnnualReportContent;
  signature: ProgramReportSignature | null;
  /** The copy of record's receipt id and content digest, printed on every page. */
  copyOfRecord: { receiptId: string; contentSha256: string } | null;
}

const th = (text: string): TableCell => ({ text, style: 'th' });
const cell = (v: string | number | null | undefined): TableCell => ({
  text: v === null || v === undefined ? '—' : String(v),
});

function table(headers: string[], rows: TableCell[][], empty: string): Content {
  if (rows.length === 0) return { text: empty, italics: true, margin: [0, 0, 0, 6] };
  return {
    table: { headerRows: 1, widths: headers.map(() => 'auto'), body: [headers.map(th), ...rows] },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 6],
  };
}

const yn = (v: boolean) => (v ? 'Yes' : 'No');
const categoriesOf = (iu: AnnualReportIu) =>
  iu.categories.length === 0 ? '—' : iu.categories.map((c) => `${c.part} ${c.subpart}`).join(', ');

function iuSection(c: AnnualReportContent): Content[] {
  const rows = c.industrialUsers.map((iu) => [
    cell(iu.name),
    cell(iu.address),
    cell(CLASS_TEXT[iu.iuClass]),
    cell(categoriesOf(iu)),
    cell(yn(iu.localLimitsMoreStringent)),
    cell(yn(iu.localLimitsOnly)),
    cell(yn(iu.middleTier)),
    cell(iu.permit ? `${iu.permit.number}${iu.permit.currentAtPeriodEnd ? '' : ' (not current)'}` : 'none'),
    cell(
      iu.change
        ? `${iu.change.kind}${iu.change.on ? ` ${iu.change.on}` : ''}${iu.change.explanation ? `: ${iu.change.explanation}` : ''}`
        : '—',
    ),
  ]);
  return [
    { text: '1. Industrial users (403.12(i)(1))', style: 'h2' },
    table(
      [
        'Industrial user',
        'Address',
        'Class',
        'Categorical standards',
        'Local more stringent',
        'Local only',
        'Middle tier',
        'Permit',
        'Change / explanation',
      ],
      rows,
      'No industrial users.',
    ),
  ];
}

function complianceSection(c: AnnualReportContent): Content[] {
  const s = c.complianceSummary;
  return [
    { text: '2. Compliance status (403.12(i)(2))', style: 'h2' },
    {
      text: `${s.industrialUsers} industrial users on the list: ${s.withoutViolations} without violations in the period, ${s.withViolations} with violations, ${s.inSnc} in significant noncompliance. ${s.reportsLateOrMissing} of ${s.reportsRequired} required self-monitoring reports were late or missing.`,
      margin: [0, 0, 0, 6],
    },
    { text: 'Significant noncompliance', style: 'h3' },
    table(
      ['Industrial user', 'Windows', 'Criteria', 'Parameters', 'Published'],
      c.sncList.map((s) => [
        cell(s.name),
        cell(s.windows.map((w) => `${w.start} – ${w.end}`).join('; ')),
        cell([...new Set(s.windows.flatMap((w) => w.criteria))].join(', ')),
        cell([...new Set(s.windows.flatMap((w) => w.parameters))].join(', ') || '—'),
        cell(yn(s.published)),
      ]),
      'No industrial user was in significant noncompliance in the period.',
    ),
  ];
}

function activitySection(c: AnnualReportContent): Content[] {
  return [
    { text: '3. Compliance and enforcement activities (403.12(i)(3))', style: 'h2' },
    { text: 'Inspections', style: 'h3' },
    table(
      ['Industrial user', 'Date', 'Kind', 'Sampling'],
      c.inspections.map((i) => [
        cell(i.name),
        cell(i.date),
        cell(i.kind.replace(/_/g, ' ')),
        cell(yn(i.includesSampling)),
      ]),
      'No inspections in the period.',
    ),
    { text: 'Authority sampling', style: 'h3' },
    table(
      ['Industrial user', 'Date', 'Source'],
      c.samplingEvents.map((s) => [cell(s.name), cell(s.date), cell(s.source)]),
      'No authority sampling in the period.',
    ),
    { text: 'Enforcement actions and penalties', style: 'h3' },
    table(
      ['Industrial user', 'Action', 'Issued', 'Status', 'Assessed', 'Collected', 'Collected on'],
      c.enforcementActions.map((a) => [
        cell(a.name),
        cell(`${ENFORCEMENT_TEXT[a.type]}${a.judicialKind ? ` (${a.judicialKind})` : ''}`),
        cell(a.issuedOn),
        cell(a.status),
        cell(a.penaltyAssessed),
        cell(a.penaltyCollected),
        cell(a.penaltyCollectedOn),
      ]),
      'No enforcement actions in the period.',
    ),
    {
      text: `Penalties assessed in the period: $${c.penalties.assessed}; collected: $${c.penalties.collected}.`,
    },
  ];
}

function enteredSection(c: AnnualReportContent): Content[] {
  const e = c.entered;
  return [
    { text: '4. Program changes (403.12(i)(4))', style: 'h2' },
    { text: e.programChanges ?? 'No program changes to report.', italics: e.programChanges === null },
    { text: '5. Other information (403.12(i)(5))', style: 'h2' },
    { text: e.otherInformation ?? 'None.', italics: e.otherInformation === null },
    {
      text: `Annual pretreatment budget: ${e.annualBudget === null ? 'not entered' : `$${e.annualBudget}`}. Accepts hazardous waste: ${e.acceptanceHazardousWaste ?? '—'}; non-hazardous industrial waste: ${e.acceptanceNonHazardousIndustrialWaste ?? '—'}; hauled domestic waste: ${e.acceptanceHauledDomesticWastes ?? '—'}.`,
      margin: [0, 4, 0, 0],
    },
  ];
}

function signatureBlock(signature: ProgramReportSignature | null): Content[] {
  if (!signature) return [{ text: 'Not signed.', style: 'h2' }];
  return [
    { text: 'Certification (40 CFR 403.12(m); 403.6(a)(2)(ii))', style: 'h2' },
    { text: signature.certification.text, margin: [0, 0, 0, 6] },
    {
      text: `Signed electronically by ${signature.signerName} (${signature.signerTitle}, ${signature.signerEmail}) at ${signature.signedAt}.`,
      bold: true,
    },
  ];
}

export function programReportDocument(input: ProgramReportRenderInput): TDocumentDefinitions {
  const { content: c, signature, copyOfRecord } = input;
  const ppsRows = PPS_ROWS.map(([key, label]) => [cell(label), cell(key), cell(c.pps[key])]);
  const footerLine = copyOfRecord
    ? `Copy of record · receipt ${copyOfRecord.receiptId} · content SHA-256 ${copyOfRecord.contentSha256}`
    : `${signature ? 'Signed' : 'DRAFT — not signed'} · ${c.authority.name} · ${c.period.start} to ${c.period.end}`;
  const date = new Date(signature?.signedAt ?? `${c.period.end}T00:00:00Z`);
  return {
    info: {
      title: `Pretreatment annual report ${c.period.label} — ${c.authority.name}`,
      author: signature?.signerName ?? c.authority.name,
      creator: 'Outfall',
      producer: 'Outfall',
      creationDate: date,
    },
    pageSize: 'LETTER',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 48],
    defaultStyle: { font: 'Roboto', fontSize: 8 },
    styles: {
      title: { fontSize: 16, bold: true },
      h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: 10, bold: true, margin: [0, 6, 0, 2] },
      th: { bold: true, fillColor: '#eeeeee' },
    },
    ...(signature
      ? {}
      : { watermark: { text: 'DRAFT — not signed', opacity: 0.12, bold: true, fontSize: 60 } }),
    footer: (page, pages) => ({
      text: `${footerLine}\nPage ${page} of ${pages}`,
      alignment: 'center',
      fontSize: 7,
      margin: [30, 12, 30, 0],
    }),
    content: [
      { text: `Pretreatment program annual report — ${c.period.label}`, style: 'title' },
      {
        text: `${c.authority.name} · NPDES ${c.authority.npdesPermitId ?? 'not set'} · period ${c.period.start} to ${c.period.end} · 40 CFR 403.12(i)`,
        margin: [0, 2, 0, 2],
      },
      {
        text: `Sewer use ordinance ${c.authority.suoReference ?? '—'} (${c.authority.suoDate ?? '—'}); local limits adopted ${c.authority.localLimitsAdoptionDate ?? '—'}, last evaluated ${c.authority.localLimitsEvaluationDate ?? '—'}.`,
        margin: [0, 0, 0, 6],
      },
      { text: 'Pretreatment Performance Summary', style: 'h2' },
      table(['Figure', 'ICIS element', 'Value'], ppsRows, ''),
      ...iuSection(c),
      ...complianceSection(c),
      ...activitySection(c),
      ...enteredSection(c),
      { stack: signatureBlock(signature), unbreakable: true },
    ],
  };
}

/** The annual report PDF; identical input gives identical bytes (fixed creation date). */
export function renderProgramReportPdf(input: ProgramReportRenderInput): Promise<Buffer> {
  return renderPdf(programReportDocument(input));
}
