import { addMonths } from '../schedules/dates';
import { dayNumber } from '../stats/day-number';

const DAY = 1440;

/** Minutes since 1970-01-01 of a local date-time text; a date alone spans [00:00, 24:00). */
export function minuteRange(text: string): [number, number] {
  const base = dayNumber(text.slice(0, 10)) * DAY;
  if (text.length <= 10) return [base, base + DAY - 1];
  const minutes = Number(text.slice(11, 13)) * 60 + Number(text.slice(14, 16));
  return [base + minutes, base + minutes];
}

/** Smallest and largest minutes between two date-times whose time of day may be unknown. */
export function elapsedRange(from: string, to: string): [number, number] {
  const [f0, f1] = minuteRange(from);
  const [t0, t1] = minuteRange(to);
  return [t0 - f1, t1 - f0];
}

/** Minutes from `from` to the same clock time `months` calendar months later (6 months for metals). */
export function monthsInMinutes(from: string, months: number): number {
  const date = from.slice(0, 10);
  return (dayNumber(addMonths(date, months)) - dayNumber(date)) * DAY;
}
