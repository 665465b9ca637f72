import { fieldError } from './echo-file-error';
import type { CsvRow } from './read-echo-csv';

// ECHO writes numbers without a leading zero (`.474`) and sometimes with an exponent.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
// ECHO dates are MM/DD/YYYY; ISO dates are accepted for files re-saved by other tools.
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A decimal number as written in the file, or null when the cell is blank. */
export function readNumber<C extends string>(row: CsvRow<C>, column: C): string | null {
  const text = row.get(column);
  if (text === '') return null;
  if (!NUMBER.test(text)) throw fieldError(row.row, column, `'${text}' is not a number`);
  return text;
}

/** A date as YYYY-MM-DD; blank is an error because every DMR value belongs to a period. */
export function readDate<C extends string>(row: CsvRow<C>, column: C): string {
  const text = row.get(column);
  const us = US_DATE.exec(text);
  const iso = ISO_DATE.exec(text);
  const parts = us ? [us[3], us[1], us[2]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) throw fieldError(row.row, column, `'${text}' is not a date (expected MM/DD/YYYY)`);
  const [y, m, d] = parts.map(Number) as [number, number, number];
  if (!isCalendarDate(y, m, d)) throw fieldError(row.row, column, `'${text}' is not a calendar date`);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A code from a closed list, or null when blank. */
export function readCode<C extends string, T extends string>(
  row: CsvRow<C>,
  column: C,
  allowed: readonly T[],
): T | null {
  const text = row.get(column);
  if (text === '') return null;
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw fieldError(row.row, column, `'${text}' is not one of ${allowed.join(' ')}`);
}

/** Text that must be present. */
export function readRequired<C extends string>(row: CsvRow<C>, column: C): string {
  const text = row.get(column);
  if (text === '') throw fieldError(row.row, column, 'is blank');
  return text;
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  const isLeap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return days !== undefined && d >= 1 && d <= days;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
