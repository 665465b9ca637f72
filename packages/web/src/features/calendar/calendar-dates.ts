/**
 * Calendar arithmetic on 'YYYY-MM-DD' texts, in UTC like the server's deadline dates (the server
 * decides "today", "due soon" and "overdue" on the UTC date, so the ranges here agree with its counts).
 */
const pad = (n: number) => String(n).padStart(2, '0');

export function isoOf(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function dateOf(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export function todayIso(): string {
  return isoOf(new Date());
}

export function isIsoDate(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(dateOf(value).getTime());
}

export function addDays(iso: string, days: number): string {
  const d = dateOf(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return isoOf(d);
}

export function addMonths(iso: string, months: number): string {
  const d = dateOf(iso);
  return isoOf(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)));
}

/** The Sunday starting the week of a day. */
export function weekStart(iso: string): string {
  return addDays(iso, -dateOf(iso).getUTCDay());
}

/** The 42 days (six weeks from Sunday) of a month's grid. */
export function monthGrid(iso: string): string[] {
  const first = `${iso.slice(0, 7)}-01`;
  const start = weekStart(first);
  return Array.from({ length: 42 }, (_, i) => addDays(start, i));
}

export function monthTitle(iso: string): string {
  return dateOf(iso).toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function dayTitle(iso: string, style: 'long' | 'short' = 'long'): string {
  return dateOf(iso).toLocaleDateString('en-US', {
    weekday: style,
    month: style,
    day: 'numeric',
    year: style === 'long' ? 'numeric' : undefined,
    timeZone: 'UTC',
  });
}

export function weekTitle(start: string): string {
  const end = addDays(start, 6);
  const f = (iso: string) =>
    dateOf(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return `${f(start)} – ${f(end)}, ${end.slice(0, 4)}`;
}
