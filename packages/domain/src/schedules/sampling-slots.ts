import {
  addDays,
  addMonths,
  compareIsoDates,
  dayOfWeek,
  formatIsoDate,
  type IsoDate,
  maxIsoDate,
  minIsoDate,
  parseIsoDate,
} from './dates';
import { parseFrequencyCode, type SamplingFrequency, type SamplingUnit } from './frequency';

/** One interval in which `required` samples must be taken; `dueBy` is its last day. */
export interface SamplingSlot {
  start: IsoDate;
  end: IsoDate;
  dueBy: IsoDate;
  required: number;
}

/**
 * How a slot that straddles the period boundary is treated (LOCAL; a weekly slot across a month end):
 * `clip` cuts it to the period; `by-end` / `by-start` keep whole slots and give each to the period
 * holding its last / first day.
 */
export type PartialSlotRule = 'clip' | 'by-end' | 'by-start';

export interface SamplingSlotOptions {
  /** 0 = Sunday (default: calendar weeks run Sunday–Saturday) … 6 = Saturday. */
  weekStartsOn?: number;
  /** First month of the year for quarter, half-year and year slots (default 1 = January). */
  yearStartMonth?: number;
  /** Default `clip`. */
  partialSlots?: PartialSlotRule;
  /** Start of the first block for `every-n-days` frequencies (default: the period start). */
  anchorDate?: IsoDate;
}

const MONTHS_PER_UNIT: Partial<Record<SamplingUnit, number>> = {
  month: 1,
  quarter: 3,
  'half-year': 6,
  year: 12,
};

function calendarSlot(date: IsoDate, unit: SamplingUnit, options: SamplingSlotOptions): [IsoDate, IsoDate] {
  if (unit === 'day') return [date, date];
  if (unit === 'week') {
    const start = addDays(date, -((dayOfWeek(date) - (options.weekStartsOn ?? 0) + 7) % 7));
    return [start, addDays(start, 6)];
  }
  const size = MONTHS_PER_UNIT[unit] ?? 1;
  const { year, month } = parseIsoDate(date);
  const shift = (options.yearStartMonth ?? 1) - 1;
  const offset = year * 12 + month - 1 - shift;
  const first = Math.floor(offset / size) * size + shift;
  const start = formatIsoDate(Math.floor(first / 12), (first % 12) + 1, 1);
  return [start, addDays(addMonths(start, size), -1)];
}

function slotContaining(
  date: IsoDate,
  frequency: SamplingFrequency,
  options: SamplingSlotOptions,
  anchor: IsoDate,
) {
  if (frequency.kind === 'continuous') return calendarSlot(date, 'day', options);
  if (frequency.kind === 'periodic') return calendarSlot(date, frequency.unit, options);
  const offset = compareIsoDates(date, anchor);
  const start = addDays(anchor, Math.floor(offset / frequency.days) * frequency.days);
  return [start, addDays(start, frequency.days - 1)] as [IsoDate, IsoDate];
}

function isKept(
  start: IsoDate,
  end: IsoDate,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  rule: PartialSlotRule,
) {
  if (rule === 'clip') return true;
  const edge = rule === 'by-start' ? start : end;
  return compareIsoDates(edge, periodStart) >= 0 && compareIsoDates(edge, periodEnd) <= 0;
}

/**
 * The sampling slots a frequency code requires within [periodStart, periodEnd] (inclusive).
 * `count` samples per slot (2/M → one monthly slot needing 2); continuous → one record per day.
 */
export function expectedSamplingSlots(
  frequency: string | SamplingFrequency,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  options: SamplingSlotOptions = {},
): SamplingSlot[] {
  const freq = typeof frequency === 'string' ? parseFrequencyCode(frequency) : frequency;
  if (compareIsoDates(periodStart, periodEnd) > 0) throw new RangeError('Period start is after its end');
  const rule = options.partialSlots ?? 'clip';
  const required = freq.kind === 'continuous' ? 1 : freq.count;
  const anchor = options.anchorDate ?? periodStart;
  const slots: SamplingSlot[] = [];
  let [start, end] = slotContaining(periodStart, freq, options, anchor);
  while (compareIsoDates(start, periodEnd) <= 0) {
    if (isKept(start, end, periodStart, periodEnd, rule)) {
      const s = rule === 'clip' ? maxIsoDate(start, periodStart) : start;
      const e = rule === 'clip' ? minIsoDate(end, periodEnd) : end;
      slots.push({ start: s, end: e, dueBy: e, required });
    }
    [start, end] = slotContaining(addDays(end, 1), freq, options, anchor);
  }
  return slots;
}
