/** The calendar unit a sampling frequency counts samples in. */
export type SamplingUnit = 'day' | 'week' | 'month' | 'quarter' | 'half-year' | 'year';

/**
 * A parsed frequency of analysis. `periodic`: `count` samples in every calendar `unit`;
 * `every-n-days`: `count` samples in consecutive blocks of `days` days; `continuous`: a record every day.
 */
export type SamplingFrequency =
  | { kind: 'continuous'; code: string }
  | { kind: 'periodic'; code: string; count: number; unit: SamplingUnit }
  | { kind: 'every-n-days'; code: string; count: number; days: number };

// §13: frequency codes use a 30-day month denominator (02/30 = twice a month); 01/90 quarterly.
const DAY_DENOMINATORS: Record<string, SamplingUnit> = {
  '1': 'day',
  '7': 'week',
  '30': 'month',
  '90': 'quarter',
  '180': 'half-year',
  '365': 'year',
};

const UNIT_ALIASES: Record<string, SamplingUnit> = {
  DA: 'day',
  D: 'day',
  WK: 'week',
  W: 'week',
  M: 'month',
  MO: 'month',
  MN: 'month',
  Q: 'quarter',
  QR: 'quarter',
  '6M': 'half-year',
  SA: 'half-year',
  Y: 'year',
  YR: 'year',
};

const WORDS: Record<string, [number, SamplingUnit]> = {
  DAILY: [1, 'day'],
  WEEKLY: [1, 'week'],
  MONTHLY: [1, 'month'],
  'TWICE MONTHLY': [2, 'month'],
  QUARTERLY: [1, 'quarter'],
  'SEMI-ANNUAL': [1, 'half-year'],
  SEMIANNUAL: [1, 'half-year'],
  ANNUAL: [1, 'year'],
};

// §11.4: 99/99 or CONTIN is continuous (codes still open in §13; aliases accepted).
const CONTINUOUS = new Set(['99/99', 'CONTIN', 'CONT', 'CONTINUOUS']);

/**
 * Parses a frequency-of-analysis code: 'NN/PP' with PP in days (01/01, 01/07, 01/30, 02/30, 01/90,
 * 01/180, 01/365, or any other day count), 'N/unit' aliases (2/M, 01/QR, 01/6M, 01/YR), words
 * (WEEKLY, SEMI-ANNUAL …) and continuous codes. Throws RangeError on an unknown code.
 */
export function parseFrequencyCode(code: string): SamplingFrequency {
  const normal = code.trim().toUpperCase();
  if (CONTINUOUS.has(normal)) return { kind: 'continuous', code };
  const word = WORDS[normal];
  if (word) return { kind: 'periodic', code, count: word[0], unit: word[1] };
  const m = /^(\d{1,2})\s*\/\s*([0-9A-Z]+)$/.exec(normal);
  if (!m) throw new RangeError(`Unknown frequency code: '${code}'`);
  const count = Number(m[1]);
  const per = m[2] ?? '';
  if (count < 1) throw new RangeError(`Frequency code needs at least one sample: '${code}'`);
  const byDays = /^\d+$/.test(per) ? DAY_DENOMINATORS[String(Number(per))] : undefined;
  const unit = byDays ?? UNIT_ALIASES[per];
  if (unit) return { kind: 'periodic', code, count, unit };
  if (/^\d+$/.test(per) && Number(per) > 0 && Number(per) !== 99) {
    return { kind: 'every-n-days', code, count, days: Number(per) };
  }
  throw new RangeError(`Unknown frequency code: '${code}'`);
}
