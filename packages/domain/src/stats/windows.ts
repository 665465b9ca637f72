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
  const out: Window[] = [];
  forEachWindow(values, spec, (w) => out.push({ ...w }));
  return out;
}

/**
 * Visits the windows of `windowsOf` in the same order without allocating one object per window:
 * `visit` receives one reused object, so it must copy whatever it keeps.
 */
export function forEachWindow(
  values: readonly DailyValue[],
  spec: WindowSpec,
  visit: (w: Readonly<Window>) => void,
): void {
  const w = { start: 0, end: 0, from: 0, to: 0 };
  const emit = (start: number, end: number, from: number, to: number) => {
    w.start = start;
    w.end = end;
    w.from = from;
    w.to = to;
    visit(w);
  };
  switch (spec.kind) {
    case 'DAY':
      for (let i = 0; i < values.length; i++) emit(values[i]!.day, values[i]!.day, i, i + 1);
      break;
    case 'ROLLING_DAYS':
      rollingWindows(values, spec.days, emit);
      break;
    case 'CONSECUTIVE_MONITORING_DAYS':
      consecutiveWindows(values, spec.days, emit);
      break;
    default:
      calendarWindows(values, spec.kind, emit);
  }
}

type Emit = (start: number, end: number, from: number, to: number) => void;

function calendarWindows(values: readonly DailyValue[], kind: CalendarPeriodKind, emit: Emit): void {
  let i = 0;
  while (i < values.length) {
    const [start, end] = calendarBounds(values[i]!.day, kind);
    let j = i + 1;
    while (j < values.length && values[j]!.day <= end) j++;
    emit(start, end, i, j);
    i = j;
  }
}

// Part 133 7-/30-day averages: values of samples collected in N consecutive calendar days,
// one window ending on each day that has a value.
function rollingWindows(values: readonly DailyValue[], days: number, emit: Emit): void {
  let from = 0;
  for (let to = 0; to < values.length; to++) {
    const end = values[to]!.day;
    while (values[from]!.day <= end - days) from++;
    emit(end - days + 1, end, from, to + 1);
  }
}

// Part 413: average of daily values for N consecutive monitoring (sampling) days.
function consecutiveWindows(values: readonly DailyValue[], days: number, emit: Emit): void {
  for (let to = days; to <= values.length; to++) {
    emit(values[to - days]!.day, values[to - 1]!.day, to - days, to);
  }
}
