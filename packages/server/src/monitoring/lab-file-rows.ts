import { createHash } from 'node:crypto';
import { LabFileError, readLabCsv } from '@outfall/domain/lab/index';
import ExcelJS from 'exceljs';
import { AppError } from '../errors';

export interface LabFile {
  rows: string[][];
  sha256: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel stores local date-times as serials that exceljs reads as UTC: the UTC fields are the local ones. */
function dateText(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return time === '00:00' ? day : `${day} ${time}`;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}

/** The first worksheet as rows of cell text; row i + 1 is the row number Excel shows. */
async function xlsxRows(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new LabFileError('the workbook has no worksheet');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const values = row.values as ExcelJS.CellValue[];
    rows[n - 1] = values.slice(1).map(cellText);
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

const isZip = (b: Buffer) => b.length > 3 && b[0] === 0x50 && b[1] === 0x4b;

/** A lab file (CSV text, or base64 CSV or XLSX) as rows of strings, with its SHA-256. */
export async function readLabFile(input: {
  encoding?: 'text' | 'base64';
  content: string;
}): Promise<LabFile> {
  const bytes =
    input.encoding === 'base64' ? Buffer.from(input.content, 'base64') : Buffer.from(input.content, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    const rows = isZip(bytes) ? await xlsxRows(bytes) : readLabCsv(bytes.toString('utf8'));
    return { rows, sha256 };
  } catch (error) {
    if (error instanceof LabFileError) throw new AppError('validation_failed', error.message);
    if (isZip(bytes))
      throw new AppError('validation_failed', `not a readable XLSX workbook (${String(error)})`);
    throw error;
  }
}
