import { Badge, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { DeadlineView } from '@outfall/domain/contracts/index';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import grid from '../../ui/month-grid.module.css';
import classes from './calendar.module.css';
import { addDays, addMonths, dayTitle, monthGrid } from './calendar-dates';
import { DEADLINE_STATE } from './deadline-labels';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

interface MonthGridProps {
  /** The selected day; its month is shown. */
  date: string;
  today: string;
  deadlines: DeadlineView[];
  onSelect: (date: string) => void;
}

function countText(due: DeadlineView[]): string {
  if (due.length === 0) return 'nothing due';
  const overdue = due.filter((d) => d.state === 'overdue').length;
  const soon = due.filter((d) => d.state === 'due_soon').length;
  const parts = [`${due.length} deadline${due.length === 1 ? '' : 's'}`];
  if (overdue) parts.push(`${overdue} overdue`);
  if (soon) parts.push(`${soon} due soon`);
  return parts.join(', ');
}

/**
 * A month of due dates. Each day is a button selecting it (its deadlines are listed under the grid);
 * only the selected day is in the tab order, and the arrow keys move by day and week, Page Up and
 * Page Down by month.
 */
export function MonthGrid({ date, today, deadlines, onSelect }: MonthGridProps) {
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const month = date.slice(0, 7);
  const days = monthGrid(date);
  const byDay = new Map<string, DeadlineView[]>();
  for (const d of deadlines) byDay.set(d.dueDate, [...(byDay.get(d.dueDate) ?? []), d]);
  const gridRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    // After a keyboard move, keep the focus on the newly selected day.
    if (!moved.current) return;
    moved.current = false;
    gridRef.current?.querySelector<HTMLButtonElement>(`[data-date="${date}"]`)?.focus();
  }, [date]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, day: string) => {
    const next = keyTarget(event.key, day);
    if (!next) return;
    event.preventDefault();
    moved.current = true;
    onSelect(next);
  };

  return (
    <div className={`${grid.grid} ${classes.tallDays}`} data-testid="calendar-month" ref={gridRef}>
      {WEEKDAYS.map((w) => (
        <div key={w} className={grid.weekday} aria-hidden="true">
          {isPhone ? w.slice(0, 1) : w}
        </div>
      ))}
      {days.map((day) => {
        const due = byDay.get(day) ?? [];
        const outside = !day.startsWith(month);
        const selected = day === date;
        const cls = [
          grid.day,
          outside ? grid.outside : '',
          day === today ? grid.today : '',
          selected ? classes.selected : '',
        ].join(' ');
        return (
          <div key={day} className={cls} data-testid="calendar-day" data-day={day}>
            <button
              type="button"
              className={classes.dayButton}
              data-date={day}
              tabIndex={selected ? 0 : -1}
              aria-pressed={selected}
              aria-current={day === today ? 'date' : undefined}
              onClick={() => onSelect(day)}
              onKeyDown={(e) => onKeyDown(e, day)}
            >
              <Text size="xs" fw={700} c={outside ? 'dimmed' : undefined} aria-hidden="true">
                {Number(day.slice(8))}
              </Text>
              {isPhone && due.length ? (
                <Badge
                  size="xs"
                  color={due.some((d) => d.state === 'overdue') ? 'red.9' : 'blue.8'}
                  aria-hidden="true"
                >
                  {due.some((d) => d.state === 'overdue') ? `!${due.length}` : due.length}
                </Badge>
              ) : null}
              <VisuallyHidden>
                {dayTitle(day)}
                {day === today ? ' (today)' : ''}: {countText(due)}
              </VisuallyHidden>
            </button>
            {isPhone
              ? null
              : due.slice(0, 3).map((d) => (
                  <Text
                    key={d.key}
                    component={Link}
                    to={d.link}
                    size="xs"
                    className={classes.event}
                    c={DEADLINE_STATE[d.state].color}
                    title={`${d.title} — ${d.facilityName} — ${DEADLINE_STATE[d.state].label}`}
                    data-testid="calendar-event"
                  >
                    {d.state === 'overdue' ? '⚠ ' : d.state === 'due_soon' ? '• ' : ''}
                    {d.title}
                    <VisuallyHidden> ({DEADLINE_STATE[d.state].label})</VisuallyHidden>
                  </Text>
                ))}
            {!isPhone && due.length > 3 ? (
              <Text size="xs" c="dimmed">
                +{due.length - 3} more
              </Text>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

/** The day a key moves the selection to, or null for other keys. */
function keyTarget(key: string, day: string): string | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    // Page Up/Down from the 31st: the last day of the shorter month.
    case 'PageUp':
      return clampDay(`${addMonths(day, -1).slice(0, 8)}${day.slice(8)}`);
    case 'PageDown':
      return clampDay(`${addMonths(day, 1).slice(0, 8)}${day.slice(8)}`);
    default:
      return null;
  }
}

/** A 'YYYY-MM-DD' whose day may overflow the month (e.g. Feb 31st) → the month's last day. */
function clampDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${iso.slice(0, 8)}${String(Math.min(d, last)).padStart(2, '0')}`;
}
