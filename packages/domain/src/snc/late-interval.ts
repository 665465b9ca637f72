import { addDays, compareIsoDates, daysBetween, type IsoDate, minIsoDate } from '../schedules/dates';

/** How late something is, and when (if ever) that lateness became SNC. */
export interface LateInterval {
  /** Days after the due date: done − due, or asOf − due while still outstanding; never negative. */
  daysLate: number;
  isOutstanding: boolean;
  /** The first day the item was in SNC (due + firstSncDay), or null if it never was by asOf. */
  sncFrom: IsoDate | null;
  /** True when the SNC interval [sncFrom, done or asOf] overlaps the window. */
  isSncInWindow: boolean;
}

/**
 * Lateness of a due item against a threshold. `firstSncDay` is the first late day that is SNC:
 * 91 for "> 90 days", 46 for "> 45 days", 90 for NPDES "90 days or more".
 */
export function lateInterval(input: {
  dueDate: IsoDate;
  doneDate: IsoDate | null | undefined;
  asOf: IsoDate;
  firstSncDay: number;
  window: { start: IsoDate; end: IsoDate };
}): LateInterval {
  const { dueDate, asOf, window } = input;
  const isDone = input.doneDate != null && compareIsoDates(input.doneDate, asOf) <= 0;
  const end = isDone ? (input.doneDate as IsoDate) : asOf;
  const daysLate = Math.max(0, daysBetween(dueDate, end));
  const firstDay = addDays(dueDate, input.firstSncDay);
  const sncFrom = daysLate >= input.firstSncDay ? firstDay : null;
  const isSncInWindow =
    sncFrom !== null &&
    compareIsoDates(sncFrom, minIsoDate(window.end, asOf)) <= 0 &&
    compareIsoDates(end, window.start) >= 0;
  return { daysLate, isOutstanding: !isDone, sncFrom, isSncInWindow };
}
