import ExcelJS from 'exceljs';
import {
  documentDate,
  exactNumber,
  isoUtc,
  kindTitle,
  limitText,
  nodiMeaning,
  nodiText,
  permitKindText,
  type ReportRenderInput,
  reportedText,
  signatoryKindText,
} from './report-text';

type Cell = string | number | null;

const VALUE_COLUMNS = [
  'outfall',
  'parameter_code',
  'parameter_name',
  'monitoring_location',
  'season',
  'slot',
  'statistical_base_code',
  'statistical_base_name',
  'limit_qualifier',
  'limit',
  'limit_text',
  'value',
  'value_full_precision',
  'reported',
  'qualifier',
  'nodi',
  'nodi_meaning',
  'unit_code',
  'unit',
  'exceedance',
  'exceedance_percent',
  'indeterminate',
  'sample_count',
  'frequency',
  'sample_type',
  'excursions',
  'comment',
  'result_ids',
] as const;

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly string[], rows: Cell[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...columns]).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(60, Math.max(10, columns[i]!.length + 2));
  });
  return sheet;
}

function reportRows(input: ReportRenderInput): Cell[][] {
  const { content: c, signature: s } = input;
  const cor = input.copyOfRecord ?? null;
  const status =
    s === null ? (input.draft ? 'Draft — not signed' : 'Not signed') : cor ? 'Copy of record' : 'Signed';
  return [
    ['Report', kindTitle(c)],
    ['Title', c.title],
    ['Kind', c.kind],
    ['Status', status],
    ['Facility', c.facility.name],
    ['Facility address', c.facility.address],
    ['Facility id', c.facility.id],
    ['Permit number', c.permit.number],
    ['Permit kind', permitKindText(c.permit.kind)],
    ['Permit id', c.permit.id],
    ['Permit version id', c.permit.versionId],
    ['Control authority', c.authority?.name ?? null],
    ['Period start', c.period.start],
    ['Period end', c.period.end],
    ['Due date', c.dueDate],
    ['Form NODI', c.formNodi ? nodiText(c.formNodi) : null],
    ['Prepared at', isoUtc(c.preparedAt)],
    ['Comments', c.narrative.comments],
    ['Best management practices', c.narrative.bmp],
    ['Production', c.narrative.production],
    ['Signed by', s?.signerName ?? null],
    ['Signer title', s?.signerTitle ?? null],
    ['Signer e-mail', s?.signerEmail ?? null],
    ['Signatory kind', s ? signatoryKindText(s.signatoryKind) : null],
    ['Signed at (UTC)', s ? isoUtc(s.signedAt) : null],
    ['Authorization', s?.authorizationId ?? null],
    [
      'Certification',
      s ? `${s.certification.citation} (${s.certification.key} v${s.certification.version})` : null,
    ],
    ['Certification text', s?.certification.text ?? null],
    ['Receipt id', cor?.receiptId ?? null],
    ['Revision', cor?.revision ?? null],
    ['Amends revision', cor?.amends ?? null],
    ['Amendment reason', cor?.amendmentReason ?? null],
    ['Content SHA-256', cor?.contentSha256 ?? null],
  ];
}

function valueRows(input: ReportRenderInput): Cell[][] {
  return input.content.outfalls.flatMap((o) =>
    o.parameters.flatMap((p) =>
      p.values.map((v): Cell[] => {
        const nodi = v.nodi ?? (v.value === null ? p.nodi : null);
        return [
          o.outfallCode,
          p.parameterCode,
          p.parameterName,
          p.monitoringLocationCode,
          p.seasonNumber,
          v.slot,
          v.statisticalBaseCode,
          v.statisticalBaseName,
          v.limitQualifier,
          exactNumber(v.limitValue),
          limitText(v),
          exactNumber(v.value),
          v.value,
          reportedText(v),
          v.qualifier,
          nodi,
          nodi ? nodiMeaning(nodi) : null,
          v.unitCode,
          v.unitText,
          v.exceedance ? 'yes' : 'no',
          v.exceedancePercent,
          v.indeterminate ? 'yes' : 'no',
          p.sampleCount,
          p.frequencyCode,
          p.sampleType,
          p.numberOfExcursions,
          p.comment,
          v.resultIds.join(' '),
        ];
      }),
    ),
  );
}

/**
 * The report as a workbook: "Report" (header, signature, copy-of-record stamp), "Values" (one row
 * per reported value), "Flows", "Exceedances" and "Attachments". Decimal texts are written as
 * numbers where a double holds them exactly (≤ 15 significant digits), and always as text beside.
 */
export async function renderReportXlsx(input: ReportRenderInput): Promise<Buffer> {
  const { content: c } = input;
  const workbook = new ExcelJS.Workbook();
  const date = documentDate(c, input.signature);
  workbook.creator = 'Outfall';
  workbook.created = date;
  workbook.modified = date;
  workbook.title = `${kindTitle(c)} — ${c.facility.name} — ${c.period.start} to ${c.period.end}`;

  const report = addSheet(workbook, 'Report', ['Field', 'Value'], reportRows(input));
  report.getColumn(1).width = 28;
  report.getColumn(2).width = 90;
  report.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  addSheet(workbook, 'Values', VALUE_COLUMNS, valueRows(input));
  addSheet(
    workbook,
    'Flows',
    ['outfall', 'outfall_name', 'days', 'average_mgd', 'average_mgd_text', 'maximum_mgd', 'maximum_mgd_text'],
    c.outfalls.map((o) => [
      o.outfallCode,
      o.outfallName,
      o.flow?.days ?? null,
      exactNumber(o.flow?.averageMgd ?? null),
      o.flow?.averageMgd ?? null,
      exactNumber(o.flow?.maximumMgd ?? null),
      o.flow?.maximumMgd ?? null,
    ]),
  );
  addSheet(
    workbook,
    'Exceedances',
    [
      'violation_id',
      'outfall',
      'parameter_code',
      'parameter_name',
      'date',
      'statistical_base_code',
      'value',
      'value_text',
      'limit',
      'limit_text',
      'unit',
      'explanation',
      'corrective_action',
    ],
    c.exceedances.map((e) => [
      e.violationId,
      e.outfallCode,
      e.parameterCode,
      e.parameterName,
      e.date,
      e.statisticalBaseCode,
      exactNumber(e.value),
      e.value,
      exactNumber(e.limit),
      e.limit,
      e.unit,
      e.explanation,
      e.correctiveAction,
    ]),
  );
  addSheet(
    workbook,
    'Attachments',
    ['id', 'name', 'media_type', 'size_bytes', 'sha256'],
    c.attachments.map((a) => [a.id, a.name, a.mediaType, a.size, a.sha256]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
