import {
  addDays,
  addMonths,
  compareIsoDates,
  formatIsoDate,
  type IsoDate,
  parseIsoDate,
} from '../schedules/dates';
import type { SncWindow, SncWindowMode } from './types';

function quarterStart(date: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(date);
  return formatIsoDate(year, Math.floor((month - 1) / 3) * 3 + 1, 1);
}

function quarterLabel(start: IsoDate): string {
  const { year, month } = parseIsoDate(start);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

function windowEndingWithQuarter(qStart: IsoDate): SncWindow {
  const start = addMonths(qStart, -3);
  return {
    mode: 'ROLLING_QUARTERLY',
    start,
    end: addDays(addMonths(qStart, 3), -1),
    label: `${quarterLabel(start)}+${quarterLabel(qStart).slice(5)}`,
  };
}

/**
 * §4.2: the SNC window containing `date`. FIXED_SEMIANNUAL: Jan 1–Jun 30 or Jul 1–Dec 31.
 * ROLLING_QUARTERLY: the previous and the current calendar quarter (evaluated at the quarter's end).
 */
export function sncWindowContaining(date: IsoDate, mode: SncWindowMode): SncWindow {
  if (mode === 'ROLLING_QUARTERLY') return windowEndingWithQuarter(quarterStart(date));
  const { year, month } = parseIsoDate(date);
  const isFirstHalf = month <= 6;
  return {
    mode,
    start: formatIsoDate(year, isFirstHalf ? 1 : 7, 1),
    end: formatIsoDate(year, isFirstHalf ? 6 : 12, isFirstHalf ? 30 : 31),
    label: `${year}-H${isFirstHalf ? 1 : 2}`,
  };
}

/** Every SNC window whose last day falls within [from, to], oldest first (e.g. for the 12-month public notice). */
export function sncWindowsEndingBetween(from: IsoDate, to: IsoDate, mode: SncWindowMode): SncWindow[] {
  const windows: SncWindow[] = [];
  let window = sncWindowContaining(from, mode);
  while (compareIsoDates(window.end, to) <= 0) {
    if (compareIsoDates(window.end, from) >= 0) windows.push(window);
    window = sncWindowContaining(addDays(window.end, 1), mode);
  }
  return windows;
}
