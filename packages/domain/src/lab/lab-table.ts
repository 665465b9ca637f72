import { LabFileError } from './lab-file-error';

/** One data row with its spreadsheet row number. */
export interface LabRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** Rows split into header, data and the non-data rows around them. */
export interface LabTable {
  readonly header: readonly string[];
  readonly headerRow: number;
  readonly rows: readonly LabRow[];
  readonly skippedRows: readonly { row: number; reason: string }[];
}

// Sign-off, note and page lines that small labs put under the data ("Reviewed by: QA,,,").
const NOTE_LINE =
  /^(reviewed|approved|checked|verified|validated|signed|prepared|released|page\s+\d|end of|notes?\b|comments?\b|\*)/i;

const filled = (cells: readonly string[]) => cells.filter((c) => c.trim() !== '').length;

/** True for a row holding only a sign-off or note in its first cell. */
export function isNoteRow(cells: readonly string[]): boolean {
  return filled(cells) === 1 && NOTE_LINE.test((cells[0] ?? '').trim());
}

/**
 * Finds the header (the first row with two or more filled cells; title lines above it are
 * skipped) and the data rows; blank rows are ignored and note rows reported as skipped, never
 * read as results. `rows[i]` is spreadsheet row i + 1.
 */
export function toLabTable(rows: readonly (readonly string[])[]): LabTable {
  const headerIndex = rows.findIndex((cells) => filled(cells) >= 2);
  if (headerIndex < 0)
    throw new LabFileError('the file has no header row: expected column names in the first row');
  const skippedRows: { row: number; reason: string }[] = [];
  for (let i = 0; i < headerIndex; i++) {
    if (filled(rows[i]!) > 0) skippedRows.push({ row: i + 1, reason: 'title line above the header' });
  }
  const data: LabRow[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    if (filled(cells) === 0) continue;
    if (isNoteRow(cells)) skippedRows.push({ row: i + 1, reason: `note line: '${cells[0]!.trim()}'` });
    else data.push({ row: i + 1, cells });
  }
  return {
    header: rows[headerIndex]!.map((h) => h.trim()),
    headerRow: headerIndex + 1,
    rows: data,
    skippedRows,
  };
}
