// The browser build has no Node built-in imports (it bundles its own Buffer), keeping domain pure.
import { parse } from 'csv-parse/browser/esm/sync';
import { EchoFileError } from './echo-file-error';

/** One data row. `row` is the row number a spreadsheet shows (the header is row 1). */
export interface CsvRow<C extends string = string> {
  readonly row: number;
  get(column: C): string;
}

export interface CsvTable {
  /** Lower-cased, trimmed header names (ECHO downloads are lower case, bulk files upper case). */
  readonly columns: ReadonlySet<string>;
  readonly rows: readonly CsvRow[];
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/** Parses CSV text into rows addressed by lower-cased header name. */
export function readEchoCsv(text: string): CsvTable {
  const records = parseRecords(text);
  const [header, ...data] = records;
  if (!header) throw new EchoFileError('the file is empty: expected a header row of ECHO DMR columns');
  const index = new Map<string, number>();
  header.record.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (key !== '' && !index.has(key)) index.set(key, i);
  });
  const rows = data
    .filter((r) => r.record.some((cell) => cell.trim() !== ''))
    .map((r): CsvRow => {
      const row = startLine(r);
      return { row, get: (column) => (r.record[index.get(column) ?? -1] ?? '').trim() };
    });
  return { columns: new Set(index.keys()), rows };
}

function parseRecords(text: string): ParsedRecord[] {
  try {
    return parse(text, { bom: true, info: true, skip_empty_lines: true }) as unknown as ParsedRecord[];
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    const where = typeof e.lines === 'number' ? `row ${e.lines}: ` : '';
    throw new EchoFileError(`${where}not a readable CSV file (${e.message ?? String(error)})`, {
      ...(typeof e.lines === 'number' ? { row: e.lines } : {}),
    });
  }
}

/** csv-parse reports the line a record ends on; a quoted field may span lines. */
function startLine(r: ParsedRecord): number {
  const embedded = r.record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
  return r.info.lines - embedded;
}
