import type { DailyValue } from './daily-values';
import { type CalendarPeriodKind, calendarBounds } from './periods';

/** How computed values are formed from daily values. */
export type WindowSpec =
  | { readonly kind: 'DAY' }
  | { readonly kind: CalendarPeriodKind }
  | { readonly kind: 'ROLLING_DAYS'; readonly days: number }
  | { readonly kind: 'CONSECUTIVE_MONITORING_DAYS'; readonly days: number };

/** A window over daily values `[from, to)` covering day numbers `[start, end]`. */
export interface Window {
  readonly start: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
}

/** Windows over daily values sorted by day; each window holds at least one daily value. */
export function windowsOf(values: readonly DailyValue[], spec: WindowSpec): Window[] {
  switch (spec.kind) {
    case 'DAY':
      return values.map((v, i) => ({ start: v.day, end: v.day, from: i, to: i + 1 }));
    case 'ROLLING_DAYS':
      return rollingWindows(values, spec.days);
    case 'CONSECUTIVE_MONITORING_DAYS':
      return consecutiveWindows(values, spec.days);
    default:
      return calendarWindows(values, spec.kind);
  }
}

function calendarWindows(values: readonly DailyValue[], kind: CalendarPeriodKind): Window[] {
  const out: Window[] = [];
  let i = 0;
  while (i < values.length) {
    const [start, end] = calendarBounds(values[i]!.day, kind);
    let j = i + 1;
    while (j < values.length && values[j]!.day <= end) j++;
    out.push({ start, end, from: i, to: j });
    i = j;
  }
  return out;
}

// Part 133 7-/30-day averages: values of samples collected in N consecutive calendar days,
// one window ending on each day that has a value.
function rollingWindows(values: readonly DailyValue[], days: number): Window[] {
  const out: Window[] = [];
  let from = 0;
  for (let to = 0; to < values.length; to++) {
    const end = values[to]!.day;
    while (values[from]!.day <= end - days) from++;
    out.push({ start: end - days + 1, end, from, to: to + 1 });
  }
  return out;
}

// Part 413: average of daily values for N consecutive monitoring (sampling) days.
function consecutiveWindows(values: readonly DailyValue[], days: number): Window[] {
  const out: Window[] = [];
  for (let to = days; to <= values.length; to++) {
    out.push({ start: values[to - days]!.day, end: values[to - 1]!.day, from: to - days, to });
  }
  return out;
}
