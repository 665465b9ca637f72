// The browser build has no Node built-in imports (it bundles its own Buffer), keeping domain pure.
import { parse } from 'csv-parse/browser/esm/sync';
import type { ValueSlot } from '../contracts/permits';
import type { ReportContent, ReportParameter, ReportValue } from '../contracts/reports';
import { ExportReadError, type ExportReadIssue } from './export-error';

/** The value slots in NetDMR column order, with their column prefix. */
const SLOT_COLUMNS: ReadonlyArray<readonly [string, ValueSlot]> = [
  ['quant_1', 'Q1'],
  ['quant_2', 'Q2'],
  ['conc_1', 'C1'],
  ['conc_2', 'C2'],
  ['conc_3', 'C3'],
];

/** Per slot: NODI, qualifier, value, then the statistical base code (so that nothing is lost). */
const SLOT_FIELDS = ['nodi_cd', 'qualifier', 'value', 'stat_base_cd'] as const;

/**
 * §11.2: columns 1–9 are the verified NetDMR "Import DMRs" columns; the continuation after the
 * ninth (UNVERIFIED in the spec) follows the same per-slot pattern, with the statistical base code
 * added, then excursions, frequency of analysis and sample type.
 */
export const NETDMR_CSV_COLUMNS: readonly string[] = [
  'permit_id',
  'permitted_feature_id',
  'limit_set_txt',
  'mped_txt',
  'form_nodi_cd',
  'parameter_cd',
  'monitoring_location_cd',
  'season_num',
  ...SLOT_COLUMNS.flatMap(([prefix]) => SLOT_FIELDS.map((f) => `${prefix}_${f}`)),
  'nmbr_of_excursions',
  'frequency_of_analysis_cd',
  'sample_type_cd',
];

/** RFC 4180: a field holding a comma, a double quote, CR or LF is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvLine(cells: readonly string[]): string {
  return cells.map(csvField).join(',');
}

/**
 * DMR contents as a NetDMR-style CSV (§11.2): a header row, then one row per parameter row of each
 * outfall (an outfall without parameter rows, e.g. a form-level NODI, gets one row with its keys).
 * Values are written as printed on the report (`reported`); codes stay text ('001', '00400').
 * Lines end with CRLF.
 */
export function netDmrCsv(contents: readonly ReportContent[]): string {
  const lines = [csvLine(NETDMR_CSV_COLUMNS)];
  for (const content of contents) {
    if (content.kind !== 'dmr')
      throw new RangeError(
        `'${content.title}' is a ${content.kind} report, not a DMR: the NetDMR CSV holds DMRs only`,
      );
    for (const outfall of content.outfalls) {
      const keys = [
        content.permit.number,
        outfall.outfallCode,
        outfall.limitSetDesignator ?? '',
        content.period.end,
        content.formNodi ?? '',
      ];
      if (outfall.parameters.length === 0) {
        lines.push(csvLine([...keys, ...Array(NETDMR_CSV_COLUMNS.length - keys.length).fill('')]));
        continue;
      }
      for (const p of outfall.parameters) lines.push(csvLine([...keys, ...parameterCells(p, content.title)]));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

function parameterCells(p: ReportParameter, title: string): string[] {
  const bySlot = new Map<ValueSlot, ReportValue>();
  for (const v of p.values) {
    if (v.slot === null) continue;
    if (bySlot.has(v.slot))
      throw new RangeError(`'${title}' parameter ${p.parameterCode}: two values in slot ${v.slot}`);
    bySlot.set(v.slot, v);
  }
  const slots = SLOT_COLUMNS.flatMap(([, slot]) => {
    const v = bySlot.get(slot);
    if (!v) return ['', '', '', ''];
    const nodi = v.nodi ?? p.nodi;
    const number = nodi === null ? (v.reported ?? v.value) : null;
    return [
      nodi ?? '',
      number === null ? '' : (v.qualifier ?? ''),
      number ?? '',
      v.statisticalBaseCode ?? '',
    ];
  });
  return [
    p.parameterCode,
    p.monitoringLocationCode,
    String(p.seasonNumber),
    ...slots,
    p.numberOfExcursions === null ? '' : String(p.numberOfExcursions),
    p.frequencyCode ?? '',
    p.sampleType ?? '',
  ];
}

/** One slot of a CSV row as written (only slots with at least one cell filled). */
export interface NetDmrCsvValue {
  slot: ValueSlot;
  nodi: string | null;
  qualifier: string | null;
  value: string | null;
  statisticalBaseCode: string | null;
}

export interface NetDmrCsvRow {
  /** Row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  permitId: string;
  permittedFeatureId: string;
  limitSet: string;
  periodEnd: string;
  formNodi: string | null;
  /** Null on a row that carries only the DMR keys (form-level NODI). */
  parameterCode: string | null;
  monitoringLocationCode: string | null;
  seasonNumber: number | null;
  values: NetDmrCsvValue[];
  excursions: number | null;
  frequencyCode: string | null;
  sampleType: string | null;
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Reads a NetDMR-style CSV (as `netDmrCsv` writes it; the header row is optional) by column
 * position. Cells are trimmed; an empty cell is null. Throws an `ExportReadError` naming each row
 * at fault.
 */
export function readNetDmrCsv(text: string): NetDmrCsvRow[] {
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    throw new ExportReadError([
      { path: 'file', message: `not a readable CSV file (${(error as Error).message})` },
    ]);
  }
  const issues: ExportReadIssue[] = [];
  const rows: NetDmrCsvRow[] = [];
  records.forEach((r, i) => {
    if (i === 0 && r.record[0]?.trim().toLowerCase() === 'permit_id') return;
    const row = readRow(r.record, i + 1, issues);
    if (row) rows.push(row);
  });
  if (issues.length > 0) throw new ExportReadError(issues);
  return rows;
}

function readRow(record: readonly string[], row: number, issues: ExportReadIssue[]): NetDmrCsvRow | null {
  if (record.every((c) => c.trim() === '')) return null;
  const cell = (i: number) => {
    const value = record[i]?.trim() ?? '';
    return value === '' ? null : value;
  };
  const where = (i: number) => `row ${row}, column ${i + 1} (${NETDMR_CSV_COLUMNS[i] ?? 'extra'})`;
  const integer = (i: number, max: number) => {
    const raw = cell(i);
    if (raw === null) return null;
    if (!/^\d+$/.test(raw) || Number(raw) > max) {
      issues.push({ path: where(i), message: `'${raw}' is not a whole number 0–${max}` });
      return null;
    }
    return Number(raw);
  };
  const required = (i: number) => {
    const value = cell(i);
    if (value === null) issues.push({ path: where(i), message: 'missing' });
    return value ?? '';
  };
  if (record.length > NETDMR_CSV_COLUMNS.length)
    issues.push({
      path: `row ${row}`,
      message: `${record.length} columns, at most ${NETDMR_CSV_COLUMNS.length}`,
    });
  const values = SLOT_COLUMNS.flatMap(([, slot], s) => {
    const at = 8 + s * SLOT_FIELDS.length;
    const [nodi, qualifier, value, base] = [cell(at), cell(at + 1), cell(at + 2), cell(at + 3)];
    if (nodi === null && qualifier === null && value === null && base === null) return [];
    return [{ slot, nodi, qualifier, value, statisticalBaseCode: base }];
  });
  const tail = 8 + SLOT_COLUMNS.length * SLOT_FIELDS.length;
  return {
    row,
    permitId: required(0),
    permittedFeatureId: required(1),
    limitSet: required(2),
    periodEnd: required(3),
    formNodi: cell(4),
    parameterCode: cell(5),
    monitoringLocationCode: cell(6),
    seasonNumber: integer(7, 12),
    values,
    excursions: integer(tail, 999),
    frequencyCode: cell(tail + 1),
    sampleType: cell(tail + 2),
  };
}
