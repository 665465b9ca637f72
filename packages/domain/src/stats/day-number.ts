/** Days since 1970-01-01 for an ISO date 'YYYY-MM-DD' (proleptic Gregorian; H. Hinnant's algorithm). */
export function dayNumber(iso: string): number {
  const y0 =
    (iso.charCodeAt(0) - 48) * 1000 +
    (iso.charCodeAt(1) - 48) * 100 +
    (iso.charCodeAt(2) - 48) * 10 +
    iso.charCodeAt(3) -
    48;
  const m = (iso.charCodeAt(5) - 48) * 10 + iso.charCodeAt(6) - 48;
  const d = (iso.charCodeAt(8) - 48) * 10 + iso.charCodeAt(9) - 48;
  if (iso.length !== 10 || !(m >= 1 && m <= 12 && d >= 1 && d <= 31))
    throw new RangeError(`Not an ISO date: '${iso}'`);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of a day number. */
export function civilOfDay(day: number): { year: number; month: number; day: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: d };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** ISO date 'YYYY-MM-DD' of a day number. */
export function isoOfDay(day: number): string {
  const c = civilOfDay(day);
  return `${pad(c.year, 4)}-${pad(c.month, 2)}-${pad(c.day, 2)}`;
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Day number of the first day of a month. */
export function firstOfMonth(year: number, month: number): number {
  return dayNumber(`${pad(year, 4)}-${pad(month, 2)}-01`);
}
