import type { ReportCadenceText, ReportDueRuleText } from '../contracts/permits';
import { parseIsoDate } from '../schedules/dates';

const CADENCE_BY_MONTHS: Readonly<Record<number, ReportCadenceText>> = {
  1: 'monthly',
  3: 'quarterly',
  6: 'semiannual',
  12: 'annual',
};

function monthIndex(date: string): number {
  const { year, month } = parseIsoDate(date);
  return year * 12 + month - 1;
}

/** The report cadence and first month of a monitoring period (start..end inclusive), if regular. */
export function cadenceOfPeriod(
  start: string,
  end: string,
): { cadence: ReportCadenceText; firstMonth: number } | null {
  const months = monthIndex(end) - monthIndex(start) + 1;
  const cadence = CADENCE_BY_MONTHS[months];
  if (!cadence) return null;
  return { cadence, firstMonth: ((parseIsoDate(start).month - 1) % months) + 1 };
}

/** Due rule 'day D, N months after the period end month' reproducing a report's due date. */
export function dueRuleOf(periodEnd: string, dueDate: string): ReportDueRuleText | null {
  const monthsAfter = monthIndex(dueDate) - monthIndex(periodEnd);
  if (monthsAfter < 0 || monthsAfter > 12) return null;
  return { kind: 'day-of-month', monthsAfter, day: parseIsoDate(dueDate).day };
}
