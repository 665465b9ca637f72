// The browser build has no Node built-in imports, keeping domain pure (as src/echo does).
import { parse } from 'csv-parse/browser/esm/sync';
import { readCsvFast } from './fast-csv';
import { LabFileError } from './lab-file-error';

/**
 * CSV text → rows of cells, one per record, blank lines kept, so that index + 1 is the row number a
 * spreadsheet shows. A UTF-8 byte-order mark is dropped; rows may have different lengths. XLSX
 * sheets arrive from the server as the same string[][], so everything after this is shared.
 * Well-formed files take a fast reader that gives the same rows; anything else goes to csv-parse.
 */
export function readLabCsv(text: string): string[][] {
  const fast = readCsvFast(text);
  if (fast !== null) return fast;
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    const row = typeof e.lines === 'number' ? e.lines : null;
    const where = row === null ? '' : `row ${row}: `;
    throw new LabFileError(`${where}not a readable CSV file (${e.message ?? String(error)})`, row);
  }
}
