import { addDays, type IsoDate } from '../schedules/dates';

/** A program's reporting year (§3.1 LOCAL: calendar, fiscal or program year). */
export interface ReportingYear {
  start: IsoDate;
  end: IsoDate;
  /** '2026' for a calendar year, 'FY2027' (the year it ends in) otherwise. */
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The reporting year starting on the first of `startMonth` (1–12) that contains `date`. */
export function reportingYearContaining(date: IsoDate, startMonth: number): ReportingYear {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12)
    throw new RangeError(`startMonth must be 1–12, not ${startMonth}`);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const startYear = month >= startMonth ? year : year - 1;
  return reportingYearStarting(startYear, startMonth);
}

/** The reporting year that starts on the first of `startMonth` of `startYear`. */
export function reportingYearStarting(startYear: number, startMonth: number): ReportingYear {
  const start = `${startYear}-${pad(startMonth)}-01`;
  const nextStart = startMonth === 1 ? `${startYear + 1}-01-01` : `${startYear + 1}-${pad(startMonth)}-01`;
  const end = addDays(nextStart, -1);
  return { start, end, label: startMonth === 1 ? String(startYear) : `FY${startYear + 1}` };
}
