/// <reference types="node" />
// Test-only I/O: src/ stays pure; the tests read fixtures here.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export const REFERENCE_FILE = new URL(
  '../../../../shared/reference/echo-effluent-chart/TX0062677_dmr_2021-2024_pulled-2024-05.csv',
  import.meta.url,
);

export function readReferenceFile(): string {
  return readFileSync(REFERENCE_FILE, 'utf8');
}

/** EPA's verdict columns (issue 3, item 9): what the evaluation must not depend on. */
export const VERDICT_COLUMN =
  /^(violation_code|violation_desc|exceedence_pct|npdes_violation_id|rnc_.*|violation_severity)$/i;

/** Rewrites a CSV through `edit`, which may drop columns (return undefined) or change cells. */
export function rewriteCsv(text: string, edit: (column: string, cell: string) => string | undefined): string {
  const [header = [], ...rows] = parse(text, { bom: true }) as string[][];
  const keep = header.map((name) => edit(name, name) !== undefined);
  const out = [header, ...rows].map((cells, r) =>
    cells
      .map((cell, i) => (r === 0 ? cell : edit(header[i] ?? '', cell)))
      .filter((_, i) => keep[i])
      .map((cell) => quote(cell ?? '')),
  );
  return `${out.map((cells) => cells.join(',')).join('\n')}\n`;
}

function quote(cell: string): string {
  return /[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One row of a synthetic ECHO effluent-chart file; every test overrides only what it is about. */
export const BASE_ROW: Record<string, string> = {
  npdes_id: 'TX0000001',
  perm_feature_nmbr: '001',
  parameter_code: '00530',
  parameter_desc: 'Solids, total suspended',
  monitoring_location_code: '1',
  monitoring_period_end_date: '01/31/2024',
  statistical_base_code: 'DD',
  statistical_base_type_code: 'MAX',
  value_type_code: 'C3',
  limit_value_id: '9001',
  limit_value_standard_units: '30',
  limit_value_qualifier_code: '<=',
  standard_unit_code: '19',
  standard_unit_desc: 'mg/L',
  dmr_form_value_id: '8001',
  dmr_value_id: '7001',
  dmr_value_nmbr: '20',
  dmr_unit_code: '19',
  dmr_value_standard_units: '20',
  dmr_value_qualifier_code: '=',
  nodi_code: '',
  exceedence_pct: '',
  violation_code: '',
};

/** A CSV from BASE_ROW plus overrides, all fields quoted as ECHO writes text fields. */
export function echoCsv(
  rows: Record<string, string>[],
  options: { upper?: boolean; drop?: string[]; rename?: Record<string, string> } = {},
): string {
  const columns = Object.keys(BASE_ROW).filter((c) => !options.drop?.includes(c));
  const names = columns.map((c) => options.rename?.[c] ?? c);
  const header = names.map((c) => (options.upper ? c.toUpperCase() : c));
  const lines = rows.map((row) => columns.map((c) => quote(row[c] ?? BASE_ROW[c] ?? '')).join(','));
  return `${[header.join(','), ...lines].join('\n')}\n`;
}
