import {
  addDays,
  addMonths,
  compareIsoDates,
  daysInMonth,
  formatIsoDate,
  type IsoDate,
  parseIsoDate,
  startOfMonth,
} from './dates';

/** How often a report is due. */
export type ReportCadence = 'monthly' | 'quarterly' | 'semiannual' | 'annual';

/**
 * When a report for a period is due (LOCAL: set by the permit or Control Authority).
 * `days-after-period-end`: period end + days. `day-of-month`: that day of the month `monthsAfter`
 * months after the period end's month (a DMR due the 28th of the following month: monthsAfter 1, day 28),
 * clamped to the month's last day.
 */
export type ReportDueRule =
  | { kind: 'days-after-period-end'; days: number }
  | { kind: 'day-of-month'; monthsAfter: number; day: number };

export interface ReportingPeriod {
  start: IsoDate;
  end: IsoDate;
  dueDate: IsoDate;
}

const CADENCE_MONTHS: Record<ReportCadence, number> = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 };

/** The due date of a report covering a period that ends on `periodEnd`. */
export function reportDueDate(periodEnd: IsoDate, rule: ReportDueRule): IsoDate {
  if (rule.kind === 'days-after-period-end') return addDays(periodEnd, rule.days);
  const { year, month } = parseIsoDate(addMonths(startOfMonth(periodEnd), rule.monthsAfter));
  return formatIsoDate(year, month, Math.min(rule.day, daysInMonth(year, month)));
}

function yearMonth(date: IsoDate): [number, number] {
  const { year, month } = parseIsoDate(date);
  return [year, month];
}

/**
 * Reporting periods of a cadence whose end falls within [from, to], each with its due date.
 * 403.12(e)(1): periodic compliance reports cover to June and December (semiannual, firstMonth 1);
 * the Control Authority may move the months (`firstMonth`, LOCAL).
 */
export function reportingPeriods(
  cadence: ReportCadence,
  from: IsoDate,
  to: IsoDate,
  rule: ReportDueRule,
  firstMonth = 1,
): ReportingPeriod[] {
  const size = CADENCE_MONTHS[cadence];
  const [year, month] = yearMonth(from);
  const offset = year * 12 + month - 1 - (firstMonth - 1);
  let index = Math.floor(offset / size) * size + (firstMonth - 1);
  const periods: ReportingPeriod[] = [];
  for (;;) {
    const start = formatIsoDate(Math.floor(index / 12), (index % 12) + 1, 1);
    const end = addDays(addMonths(start, size), -1);
    if (compareIsoDates(end, to) > 0) break;
    if (compareIsoDates(end, from) >= 0) periods.push({ start, end, dueDate: reportDueDate(end, rule) });
    index += size;
  }
  return periods;
}
