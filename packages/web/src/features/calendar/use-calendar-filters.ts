import type { DeadlineKind, DeadlineQuery, DeadlineState } from '@outfall/domain/contracts/index';
import { useSearchParams } from 'react-router';
import { addDays, isIsoDate, monthGrid, todayIso, weekStart } from './calendar-dates';
import { isDeadlineKind, isDeadlineState } from './deadline-labels';

export type CalendarView = 'month' | 'week' | 'list';
export type ListRange = 'day' | 'week' | 'month';

/** `range` in list view: from today for 1 (today and tomorrow), 7 or 30 days. */
export const RANGE_DAYS: Record<ListRange, number> = { day: 1, week: 7, month: 30 };

/** Without a range the list shows what the dashboard counts: 92 days back (overdue) to 180 ahead. */
export const LIST_DAYS_BACK = 92;
export const LIST_DAYS_AHEAD = 180;

export interface CalendarFilters {
  view: CalendarView;
  /** The day shown (month and week views): the selected day, and so the month or week around it. */
  date: string;
  range: ListRange | null;
  kind: DeadlineKind | null;
  state: DeadlineState | null;
  facilityId: string | null;
  /** Authority sampling lists: the authority's own slots only ('ours', the default) or the facilities' too. */
  owner: 'ours' | 'all';
}

const isView = (v: string | null): v is CalendarView => v === 'month' || v === 'week' || v === 'list';
const isRange = (v: string | null): v is ListRange => v === 'day' || v === 'week' || v === 'month';

/** The calendar's view, range and filters, kept in the address so dashboard counts can link to them. */
export function useCalendarFilters() {
  const [search, setSearch] = useSearchParams();
  const today = todayIso();
  const view = search.get('view');
  const date = search.get('date');
  const range = search.get('range');
  const kind = search.get('kind');
  const state = search.get('state');
  const filters: CalendarFilters = {
    view: isView(view) ? view : 'month',
    date: isIsoDate(date) ? date : today,
    range: isRange(range) ? range : null,
    kind: isDeadlineKind(kind) ? kind : null,
    state: isDeadlineState(state) ? state : null,
    facilityId: search.get('facilityId') || null,
    owner: search.get('owner') === 'all' ? 'all' : 'ours',
  };
  const update = (changes: Partial<Record<keyof CalendarFilters, string | null>>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearch(next, { replace: true });
  };
  return { filters, today, update };
}

/** The first and last due date the view shows. */
export function visibleWindow(f: CalendarFilters, today: string): { from: string; to: string } {
  if (f.view === 'month') {
    const days = monthGrid(f.date);
    return { from: days[0]!, to: days[days.length - 1]! };
  }
  if (f.view === 'week') {
    const start = weekStart(f.date);
    return { from: start, to: addDays(start, 6) };
  }
  if (f.range) return { from: today, to: addDays(today, RANGE_DAYS[f.range]) };
  return { from: addDays(today, -LIST_DAYS_BACK), to: addDays(today, LIST_DAYS_AHEAD) };
}

/** The API query of the view: the state filter applies to the list only. */
export function deadlineQuery(f: CalendarFilters, today: string, isAuthority: boolean): DeadlineQuery {
  return {
    ...visibleWindow(f, today),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(isAuthority && f.facilityId ? { facilityId: f.facilityId } : {}),
    ...(f.view === 'list' && f.state ? { state: f.state } : {}),
  };
}
