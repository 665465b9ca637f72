import { civilOfDay, dayNumber as dayNumberOf, firstOfMonth, isoOfDay, weekday } from './day-number';
import type { WeekMonthRule } from './settings';

/**
 * The span a computed value covers (§9.1): one grab (SAMPLE), a day, a Sunday–Saturday calendar
 * week, a calendar month, quarter, half-year or year, a rolling N-day window (Part 133 7/30-day
 * averages) or N consecutive monitoring days (Part 413).
 */
export type PeriodKind =
  | 'SAMPLE'
  | 'DAY'
  | 'CALENDAR_WEEK'
  | 'CALENDAR_MONTH'
  | 'QUARTER'
  | 'HALF_YEAR'
  | 'YEAR'
  | 'ROLLING_DAYS'
  | 'CONSECUTIVE_MONITORING_DAYS';

/** Calendar period kinds, which partition time. */
export type CalendarPeriodKind = 'CALENDAR_WEEK' | 'CALENDAR_MONTH' | 'QUARTER' | 'HALF_YEAR' | 'YEAR';

/** A period with inclusive ISO dates. */
export interface Period {
  readonly kind: PeriodKind;
  readonly start: string;
  readonly end: string;
}

/** Inclusive day-number bounds of the calendar period that contains `day`. */
export function calendarBounds(day: number, kind: CalendarPeriodKind): [number, number] {
  if (kind === 'CALENDAR_WEEK') {
    const start = day - weekday(day);
    return [start, start + 6];
  }
  const { year, month } = civilOfDay(day);
  const months = kind === 'CALENDAR_MONTH' ? 1 : kind === 'QUARTER' ? 3 : kind === 'HALF_YEAR' ? 6 : 12;
  const first = Math.floor((month - 1) / months) * months + 1;
  const next = first + months;
  const end = next > 12 ? firstOfMonth(year + 1, next - 12) - 1 : firstOfMonth(year, next) - 1;
  return [firstOfMonth(year, first), end];
}

/** The calendar period containing an ISO date. */
export function calendarPeriod(date: string | number, kind: CalendarPeriodKind): Period {
  const day = typeof date === 'number' ? date : dayNumberOf(date);
  const [start, end] = calendarBounds(day, kind);
  return { kind, start: isoOfDay(start), end: isoOfDay(end) };
}

/**
 * First day (day number) of the month a Sunday–Saturday week is reported in (§9.1, LOCAL):
 * the month it ends in, starts in, or holds at least four of its days (Wednesday's month).
 */
export function weekReportingMonth(weekStart: number, rule: WeekMonthRule): number {
  const anchor = rule === 'END_MONTH' ? weekStart + 6 : rule === 'START_MONTH' ? weekStart : weekStart + 3;
  return calendarBounds(anchor, 'CALENDAR_MONTH')[0];
}

/** Sunday–Saturday weeks reported in the month that contains `monthDay`, as [start, end] day numbers. */
export function weeksOfMonth(monthDay: number, rule: WeekMonthRule): [number, number][] {
  const [first, last] = calendarBounds(monthDay, 'CALENDAR_MONTH');
  const out: [number, number][] = [];
  for (let start = first - weekday(first) - 7; start <= last + 7; start += 7) {
    if (weekReportingMonth(start, rule) === first) out.push([start, start + 6]);
  }
  return out;
}
