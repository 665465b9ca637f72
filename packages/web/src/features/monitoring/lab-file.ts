import type { LabField } from '@outfall/domain/contracts/index';

export interface LoadedLabFile {
  fileName: string;
  encoding: 'text' | 'base64';
  content: string;
  /** Header names read from a CSV's first line; empty for a workbook (the server reads those). */
  headers: string[];
  /** The file's size on disk, in bytes. */
  size: number;
  /** A CSV's data rows, counted by line breaks (a quoted line break counts too); null for a workbook. */
  rows: number | null;
}

function readAs(file: File, how: 'text' | 'dataUrl'): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`));
    if (how === 'text') reader.readAsText(file);
    else reader.readAsDataURL(file);
  });
}

/** Splits one CSV line, honouring double quotes. */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells.filter(Boolean);
}

/** Non-empty lines after the header, counted by scanning for line breaks (no parsing, no copies). */
export function countCsvRows(text: string): number {
  let lines = 0;
  let start = 0;
  while (start < text.length) {
    const found = text.indexOf('\n', start);
    const end = found === -1 ? text.length : found;
    const length = text.charCodeAt(end - 1) === 13 ? end - start - 1 : end - start;
    if (length > 0) lines++;
    start = end + 1;
  }
  return Math.max(0, lines - 1);
}

/** "3.2 MB", "840 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1000 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** A CSV as text, an XLSX workbook as base64, as the import API takes them. */
export async function loadLabFile(file: File): Promise<LoadedLabFile> {
  if (/\.xlsx$/i.test(file.name)) {
    const url = await readAs(file, 'dataUrl');
    const content = url.slice(url.indexOf(',') + 1);
    return { fileName: file.name, encoding: 'base64', content, headers: [], size: file.size, rows: null };
  }
  const text = (await readAs(file, 'text')).replace(/^\uFEFF/, '');
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  return {
    fileName: file.name,
    encoding: 'text',
    content: text,
    headers: csvCells(first),
    size: file.size,
    rows: countCsvRows(text),
  };
}

/** The fields a long (one row per result) file maps, in the order the mapping form shows them. */
export const LONG_FIELDS: { field: LabField; label: string }[] = [
  { field: 'collectionStart', label: 'Collection date' },
  { field: 'collectionStartTime', label: 'Collection time' },
  { field: 'collectionEnd', label: 'Collection end' },
  { field: 'location', label: 'Location / outfall' },
  { field: 'sampleId', label: 'Sample ID' },
  { field: 'labSampleId', label: 'Lab sample ID' },
  { field: 'sampleType', label: 'Sample type' },
  { field: 'sampleMethod', label: 'Sample method' },
  { field: 'parameter', label: 'Parameter name' },
  { field: 'parameterCode', label: 'Parameter code' },
  { field: 'cas', label: 'CAS number' },
  { field: 'value', label: 'Value' },
  { field: 'unit', label: 'Unit' },
  { field: 'detectFlag', label: 'Detect flag' },
  { field: 'qualifier', label: 'Qualifier' },
  { field: 'labQualifiers', label: 'Lab qualifiers' },
  { field: 'mdl', label: 'MDL' },
  { field: 'rl', label: 'Reporting limit' },
  { field: 'method', label: 'Method' },
  { field: 'analysisDate', label: 'Analysis date' },
  { field: 'analysisTime', label: 'Analysis time' },
  { field: 'analyst', label: 'Analyst' },
  { field: 'labName', label: 'Lab name' },
  { field: 'fraction', label: 'Total / dissolved' },
  { field: 'dilution', label: 'Dilution factor' },
];

/** A wide file's per-sample columns (its analytes are their own columns). */
export const WIDE_FIELDS = LONG_FIELDS.filter((f) =>
  [
    'collectionStart',
    'collectionStartTime',
    'collectionEnd',
    'location',
    'sampleId',
    'sampleType',
    'labName',
  ].includes(f.field),
);
