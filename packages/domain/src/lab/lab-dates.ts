import type { DateOrder } from '../contracts/monitoring';
import { daysInMonth, formatIsoDate } from '../schedules/dates';

/** A date and optional time read from a lab file, local to the facility. */
export interface LabDateTime {
  readonly date: string;
  readonly time: string | null;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](.+?))?(?:\.\d+)?Z?$/;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(.+))?$/;
const YEAR_LAST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+(.+))?$/;

function validDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return formatIsoDate(year, month, day);
}

/** 'HH:MM', 'H:MM:SS', '0930', '9:30 AM' → 'HH:MM'; null when not a time of day. */
export function parseLabTime(text: string): string | null {
  const m = /^(\d{1,2}):?(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(text.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const meridiem = m[4]?.toUpperCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'PM' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || Number(m[3] ?? 0) > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(m[2]).padStart(2, '0')}`;
}

/**
 * Reads '2026-06-02', '2026-06-02 08:00', '2026-06-02T08:00:00', '7/7/2026 08:00' (MDY or DMY
 * per the lab's mapping) and '2026/07/07'. Two-digit years are refused: the century is a guess.
 * Returns an error message instead of a value when the text is not a real date and time.
 */
export function parseLabDateTime(text: string, order: DateOrder): LabDateTime | { error: string } {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed) ?? YMD_SLASH.exec(trimmed);
  const bad = {
    error: `'${text}' is not a date (expected YYYY-MM-DD or ${order === 'MDY' ? 'M/D/YYYY' : 'D/M/YYYY'})`,
  };
  let parts: [number, number, number, string | undefined] | null = null;
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4]];
  const last = iso ? null : YEAR_LAST.exec(trimmed);
  if (last) {
    if (last[3]!.length === 2) return { error: `'${text}' has a two-digit year: write the year in full` };
    const [a, b] = [Number(last[1]), Number(last[2])];
    parts = order === 'MDY' ? [Number(last[3]), a, b, last[4]] : [Number(last[3]), b, a, last[4]];
  }
  if (!parts) return bad;
  const date = validDate(parts[0], parts[1], parts[2]);
  if (date === null) return bad;
  if (parts[3] === undefined) return { date, time: null };
  const time = parseLabTime(parts[3]);
  return time === null ? { error: `'${text}' has no valid time of day (expected HH:MM)` } : { date, time };
}

/** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'. */
export function localDateTimeText(value: LabDateTime): string {
  return value.time === null ? value.date : `${value.date}T${value.time}`;
}
