/**
 * Calendar dates as ISO strings ('YYYY-MM-DD'), computed in whole days with integer arithmetic.
 * No clock, no time zone: every date is a civil (UTC) day.
 */
import { dayNumber, isoOfDay, weekday } from '../stats/day-number';

export type IsoDate = string;

/** A calendar month as 'YYYY-MM'. */
export type IsoMonth = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function assertIsoDate(value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): '${value}'`);
}

/** Splits an ISO date into numbers; throws on anything that is not a real calendar date. */
export function parseIsoDate(value: IsoDate): { year: number; month: number; day: number } {
  assertIsoDate(value);
  const [y, m, d] = value.split('-');
  return { year: Number(y), month: Number(m), day: Number(d) };
}

/** Builds 'YYYY-MM-DD' from numbers (month 1–12). */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (negative before it); throws on anything that is not a real calendar date. */
export function toDayNumber(date: IsoDate): number {
  assertIsoDate(date);
  return dayNumber(date);
}

/** The ISO date of a day number (inverse of toDayNumber). */
export function fromDayNumber(day: number): IsoDate {
  return isoOfDay(day);
}

/** `date` plus `days` (may be negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** `date` plus whole months; a day past the end of the target month is clamped (01-31 + 1 month = 02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIsoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** `date` plus whole years; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return weekday(toDayNumber(date));
}

/** First day of the month containing `date`. */
export function startOfMonth(date: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(date);
  return formatIsoDate(year, month, 1);
}

/** Last day of the month containing `date`. */
export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(date);
  return formatIsoDate(year, month, daysInMonth(year, month));
}

/** The month ('YYYY-MM') containing `date`. */
export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

/** First day of an ISO month; throws on a malformed month. */
export function firstDayOfMonth(month: IsoMonth): IsoDate {
  const m = ISO_MONTH.exec(month);
  const date = m ? `${month}-01` : '';
  if (!m || !isIsoDate(date)) throw new RangeError(`Not an ISO month (YYYY-MM): '${month}'`);
  return date;
}

/** `month` plus whole months. */
export function addMonthsToMonth(month: IsoMonth, months: number): IsoMonth {
  return monthOf(addMonths(firstDayOfMonth(month), months));
}

/** True when start <= date <= end (inclusive on both ends). */
export function isWithin(date: IsoDate, start: IsoDate, end: IsoDate): boolean {
  return compareIsoDates(date, start) >= 0 && compareIsoDates(date, end) <= 0;
}

/** The earlier of two dates. */
export function minIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) <= 0 ? a : b;
}

/** The later of two dates. */
export function maxIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) >= 0 ? a : b;
}
