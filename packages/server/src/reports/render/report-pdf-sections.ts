import type {
  ReportContent,
  ReportOutfall,
  ReportParameter,
  ReportSignature,
  ReportValue,
} from '@outfall/domain/contracts/reports';
import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import { head } from '../../permits/document-sections';
import {
  type CopyOfRecordStamp,
  isoUtc,
  kindTitle,
  limitText,
  nodiText,
  permitKindText,
  readableUtc,
  reportedText,
  signatoryKindText,
  statisticText,
} from './report-text';

/** Printed after an exceeding value (bold as well), explained in the legend: not colour alone. */
export const EXCEEDANCE_MARK = '†';
/** Printed after a value that needs manual review (all non-detect above the limit, §9.8). */
export const REVIEW_MARK = '‡';

const none = (what: string): Content => ({ text: what, italics: true, margin: [0, 2, 0, 8] });
const labelRow = (label: string, value: string | null): TableCell[] => [
  { text: label, bold: true },
  value ?? '—',
];

/** Rules under the column heads and between rows; none around the title row. */
const GRID_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i <= 1 || i === node.table.body.length ? 0 : i === 2 ? 1 : 0.5),
  vLineWidth: () => 0,
  hLineColor: (i) => (i === 2 ? '#000000' : '#aaaaaa'),
  paddingLeft: () => 3,
  paddingRight: () => 3,
};

/**
 * A titled table: the title is a header row, so it repeats on each page the table runs onto and
 * never stays alone at the foot of a page (the first data row is kept with the header rows).
 */
function titled(
  title: string,
  level: 'h2' | 'h3',
  widths: (string | number)[],
  header: string[],
  rows: TableCell[][],
  empty: string,
): Content {
  if (rows.length === 0) return { stack: [{ text: title, style: level }, none(empty)], unbreakable: true };
  const titleRow: TableCell[] = [
    { text: title, style: level, colSpan: widths.length },
    ...widths.slice(1).map((): TableCell => ''),
  ];
  return {
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths,
      body: [titleRow, head(header), ...rows],
    },
    layout: GRID_LAYOUT,
    fontSize: 8,
    margin: [0, 2, 0, 10],
  };
}

const boxed = (text: Content, fontSize: number): Content => ({
  table: { widths: ['*'], body: [[{ stack: [text], fillColor: '#eeeeee', margin: [6, 4, 6, 4] }]] },
  layout: { hLineWidth: () => 1.5, vLineWidth: () => 1.5 },
  fontSize,
  margin: [0, 0, 0, 8],
});

export function banners(
  draft: boolean,
  signature: ReportSignature | null,
  cor: CopyOfRecordStamp | null,
): Content[] {
  const out: Content[] = [];
  if (signature === null || draft)
    out.push(
      boxed(
        {
          text: signature === null ? (draft ? 'DRAFT — not signed' : 'NOT SIGNED') : 'DRAFT',
          bold: true,
          alignment: 'center',
        },
        14,
      ),
    );
  if (cor?.amends != null)
    out.push(
      boxed(
        {
          text: [
            { text: `AMENDED REPORT — revision ${cor.revision} amends revision ${cor.amends}.`, bold: true },
            cor.amendmentReason ? ` Reason: ${cor.amendmentReason}` : '',
          ],
        },
        10,
      ),
    );
  return out;
}

export function header(
  c: ReportContent,
  signature: ReportSignature | null,
  cor: CopyOfRecordStamp | null,
): Content[] {
  const showTitle = c.kind !== 'other' && c.title.trim() !== '' && c.title !== kindTitle(c);
  return [
    { text: kindTitle(c), style: 'title' },
    ...(showTitle ? [{ text: c.title, style: 'subtitle' } as Content] : []),
    {
      columns: [
        {
          table: {
            widths: [110, '*'],
            body: [
              labelRow('Facility', c.facility.name),
              labelRow('Address', c.facility.address),
              labelRow('Permit number', c.permit.number),
              labelRow('Permit kind', permitKindText(c.permit.kind)),
              labelRow('Control authority', c.authority?.name ?? 'None on record (self-managed facility)'),
            ],
          },
          layout: 'noBorders',
        },
        {
          table: {
            widths: [110, '*'],
            body: [
              labelRow('Monitoring period', `${c.period.start} to ${c.period.end}`),
              labelRow('Due date', c.dueDate),
              labelRow(
                'Received',
                signature
                  ? `${isoUtc(signature.signedAt)} (${readableUtc(signature.signedAt)})`
                  : 'Not received (not signed)',
              ),
              labelRow('Revision', cor ? String(cor.revision) : null),
              labelRow('Prepared from the record', isoUtc(c.preparedAt)),
            ],
          },
          layout: 'noBorders',
        },
      ],
      columnGap: 20,
      fontSize: 9,
      margin: [0, 8, 0, 8],
    },
    ...(c.formNodi
      ? [
          {
            text: `No Data Indicator for the whole report: ${nodiText(c.formNodi)}`,
            bold: true,
            margin: [0, 0, 0, 8],
          } as Content,
        ]
      : []),
  ];
}

function reportedCell(p: ReportParameter, v: ReportValue): TableCell {
  const nodi = v.nodi ?? (v.reported === null ? p.nodi : null);
  if (nodi) return { text: `NODI ${nodiText(nodi)}`, italics: true };
  const text = reportedText(v);
  if (text === null) return '—';
  if (v.exceedance) {
    const pct = v.exceedancePercent === null ? '' : ` (+${v.exceedancePercent.toFixed(2)} %)`;
    return { text: `${text} ${EXCEEDANCE_MARK} EXCEEDS${pct}`, bold: true, fillColor: '#f2f2f2' };
  }
  if (v.indeterminate) return { text: `${text} ${REVIEW_MARK}`, bold: true };
  return text;
}

function parameterRows(p: ReportParameter): TableCell[][] {
  const values: (ReportValue | null)[] = p.values.length > 0 ? p.values : [null];
  const rows = values.map((v, i): TableCell[] => {
    const first = i === 0;
    const exceeded = v?.exceedance === true;
    const param = `${p.parameterCode} ${p.parameterName}${p.seasonNumber > 0 ? ` (season ${p.seasonNumber})` : ''}`;
    return [
      first ? { text: param, bold: p.values.some((x) => x.exceedance) } : '',
      first ? p.monitoringLocationCode : '',
      v ? statisticText(v) : '—',
      v ? { text: limitText(v), noWrap: v.limitValue !== null } : '—',
      v ? reportedCell(p, v) : p.nodi ? { text: `NODI ${nodiText(p.nodi)}`, italics: true } : '—',
      v?.unitText ?? '',
      first ? String(p.sampleCount) : '',
      first ? (p.frequencyCode ?? '—') : '',
      first ? (p.sampleType ?? '—') : '',
      first
        ? { text: p.numberOfExcursions === null ? '—' : String(p.numberOfExcursions), bold: exceeded }
        : '',
    ];
  });
  if (p.comment)
    rows.push([
      { text: [{ text: 'Comment: ', bold: true }, p.comment], colSpan: 10, italics: true },
      ...Array.from({ length: 9 }, (): TableCell => ''),
    ]);
  return rows;
}

export function outfallSection(o: ReportOutfall): Content {
  const designator = o.limitSetDesignator ? ` · limit set ${o.limitSetDesignator}` : '';
  return titled(
    `Outfall ${o.outfallCode} — ${o.outfallName}${designator}`,
    'h3',
    ['*', 44, 78, 52, 100, 40, 34, 44, 48, 26],
    [
      'Parameter',
      'Location',
      'Statistic',
      'Limit',
      'Reported value',
      'Unit',
      'Samples',
      'Frequency',
      'Sample type',
      'No. Ex.',
    ],
    o.parameters.flatMap(parameterRows),
    'No parameters reported for this outfall.',
  );
}

export function legend(): Content {
  return {
    text: [
      { text: `${EXCEEDANCE_MARK} EXCEEDS`, bold: true },
      ': the reported value is outside the permit limit (printed in bold). ',
      { text: REVIEW_MARK, bold: true },
      ': every result non-detect with a detection limit above the limit — reviewed manually. ',
      '"<" before a value: not detected at that value. "Req Mon": reporting required, no limit. ',
      'NODI: No Data Indicator (code and meaning). "No. Ex.": number of excursions.',
    ],
    fontSize: 7,
    margin: [0, 0, 0, 10],
  };
}

export function flowSection(c: ReportContent): Content {
  return titled(
    'Flow summary',
    'h2',
    ['*', 60, 140, 140],
    ['Outfall', 'Days measured', 'Average daily flow (MGD)', 'Maximum daily flow (MGD)'],
    c.outfalls.map((o) => [
      `${o.outfallCode} ${o.outfallName}`,
      o.flow ? String(o.flow.days) : '—',
      o.flow?.averageMgd ?? 'Not measured',
      o.flow?.maximumMgd ?? 'Not measured',
    ]),
    'No outfalls in this report.',
  );
}

export function exceedanceSection(c: ReportContent): Content {
  return titled(
    'Exceedances',
    'h2',
    [56, 40, 110, 120, '*', '*'],
    ['Date', 'Outfall', 'Parameter', 'Value vs limit', 'Explanation', 'Corrective action'],
    c.exceedances.map((e) => [
      e.date,
      e.outfallCode,
      `${e.parameterCode} ${e.parameterName}${e.statisticalBaseCode ? ` (${e.statisticalBaseCode})` : ''}`,
      {
        text: `${e.value} ${e.unit} ${EXCEEDANCE_MARK} vs limit ${e.limit} ${e.unit}`,
        bold: true,
      },
      e.explanation ?? { text: 'No explanation given.', italics: true },
      e.correctiveAction ?? { text: 'None stated.', italics: true },
    ]),
    'No exceedances in this period.',
  );
}

export function narrativeSection(c: ReportContent): Content[] {
  const part = (title: string, text: string | null): Content[] => [
    { text: title, style: 'h3', headlineLevel: 1 },
    text ? { text, margin: [0, 0, 0, 6] } : none('None provided.'),
  ];
  return [
    ...part('Comments', c.narrative.comments),
    ...part('Best management practices (40 CFR 403.12(e)(1), (h))', c.narrative.bmp),
    ...part('Production (40 CFR 403.12(e)(4))', c.narrative.production),
  ];
}

export function attachmentSection(c: ReportContent): Content {
  return titled(
    'Attachments',
    'h2',
    ['*', 90, 60, 'auto'],
    ['Name', 'Type', 'Size (bytes)', 'SHA-256'],
    c.attachments.map((a) => [a.name, a.mediaType, String(a.size), { text: a.sha256, fontSize: 7 }]),
    'No attachments.',
  );
}

export function signatureSection(signature: ReportSignature | null): Content[] {
  if (signature === null)
    return [
      { text: 'Certification and signature', style: 'h2', headlineLevel: 1 },
      {
        text: 'Not signed. The certification statement in force is shown to the signatory and printed here when the report is signed.',
        italics: true,
      },
      {
        table: {
          widths: [130, '*'],
          body: ['Signature', 'Name', 'Title', 'Signatory kind', 'Signed at (UTC)', 'Authorization'].map(
            (label) => [
              { text: label, bold: true },
              { text: ' ', margin: [0, 6, 0, 0] },
            ],
          ),
        },
        layout: { hLineWidth: () => 0.5, vLineWidth: () => 0 },
        margin: [0, 10, 0, 0],
      },
    ];
  const cert = signature.certification;
  return [
    { text: 'Certification and signature', style: 'h2', headlineLevel: 1 },
    { text: `Certification (${cert.citation}; ${cert.key} v${cert.version})`, style: 'h3', headlineLevel: 1 },
    { text: cert.text, margin: [0, 0, 0, 10] },
    {
      table: {
        widths: [130, '*'],
        body: [
          labelRow('Signed by', signature.signerName),
          labelRow('Title', signature.signerTitle),
          labelRow('Signatory kind', signatoryKindText(signature.signatoryKind)),
          labelRow('E-mail', signature.signerEmail),
          labelRow('Signed at', `${isoUtc(signature.signedAt)} — ${readableUtc(signature.signedAt)}`),
          labelRow(
            'Authorization',
            signature.authorizationId
              ? `Written authorization ${signature.authorizationId} (40 CFR 403.12(l)(3))`
              : 'Not required (responsible official)',
          ),
          labelRow('Signature', 'Signed electronically on Outfall with the signer’s own credential.'),
        ],
      },
      layout: 'lightHorizontalLines',
    },
  ];
}
