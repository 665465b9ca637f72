/// <reference types="node" />
// Test-only I/O: src/ stays pure; the tests read the shared lab-export fixtures here.
import { readFileSync } from 'node:fs';
import type { LabPreview, LabResultCandidate } from '../src/contracts/monitoring';

export const EDD_LONG = 'edd-long-acme-plating-2026-06.csv';
export const WIDE = 'wide-acme-plating-2026-07.csv';

export function readLabExport(name: string): string {
  return readFileSync(new URL(`../../../../shared/reference/lab-exports/${name}`, import.meta.url), 'utf8');
}

/** The candidate from one spreadsheet row (and, for wide files, one analyte column). */
export function at(preview: LabPreview, row: number, column: string | null = null): LabResultCandidate {
  const found = preview.candidates.find((c) => c.row === row && c.column === column);
  if (!found) throw new Error(`no candidate at row ${row}${column ? `, column ${column}` : ''}`);
  return found;
}

/** A small long-layout EDD; each row overrides the defaults of a detected copper result. */
export function eddCsv(rows: Record<string, string>[]): string {
  const base: Record<string, string> = {
    sys_sample_code: 'S-1',
    sample_type_code: 'N',
    location_id: '001',
    sample_date: '2026-06-01',
    sample_time: '08:00',
    chemical_name: 'Copper',
    cas_rn: '7440-50-8',
    lab_anl_method_name: 'EPA 200.8',
    analysis_date: '2026-06-02',
    analysis_time: '14:00',
    result_value: '100',
    result_unit: 'ug/L',
    detect_flag: 'Y',
    lab_qualifiers: '',
    method_detection_limit: '0.8',
    reporting_detection_limit: '2.0',
  };
  const header = Object.keys(base);
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = rows.map((r) => header.map((h) => quote(r[h] ?? base[h]!)).join(','));
  return `${[header.join(','), ...lines].join('\n')}\n`;
}
