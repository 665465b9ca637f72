import { ActionIcon, Badge, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { SamplingEvent } from '@outfall/domain/contracts/index';
import classes from '../../ui/month-grid.module.css';
import { EVENT_STATUS } from './schedule-table';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

interface ScheduleCalendarProps {
  /** 'YYYY-MM' */
  month: string;
  today: string;
  events: SamplingEvent[];
  onMonth: (month: string) => void;
}

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** A month of due dates: each day lists the sampling events due by it. */
export function ScheduleCalendar({ month, today, events, onMonth }: ScheduleCalendarProps) {
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const start = new Date(first);
  start.setUTCDate(1 - first.getUTCDay());
  const days = Array.from({ length: 42 }, (_, i) => {
    const d = new Date(start);
    d.setUTCDate(start.getUTCDate() + i);
    return iso(d);
  });
  const byDay = new Map<string, SamplingEvent[]>();
  for (const e of events) byDay.set(e.dueBy, [...(byDay.get(e.dueBy) ?? []), e]);
  const title = first.toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label="Previous month"
          onClick={() => onMonth(shiftMonth(month, -1))}
        >
          ‹
        </ActionIcon>
        <Title order={2} size="h3" aria-live="polite">
          {title}
        </Title>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label="Next month"
          onClick={() => onMonth(shiftMonth(month, 1))}
        >
          ›
        </ActionIcon>
      </Group>
      <div className={classes.grid} data-testid="schedule-calendar">
        {WEEKDAYS.map((w) => (
          <div key={w} className={classes.weekday} aria-hidden="true">
            {isPhone ? w.slice(0, 1) : w}
          </div>
        ))}
        {days.map((day) => {
          const due = byDay.get(day) ?? [];
          const outside = !day.startsWith(month);
          return (
            <div
              key={day}
              className={`${classes.day} ${outside ? classes.outside : ''} ${day === today ? classes.today : ''}`}
            >
              <Text size="xs" fw={700} c={outside ? 'dimmed' : undefined} aria-hidden="true">
                {Number(day.slice(8))}
              </Text>
              <VisuallyHidden>
                {day}: {due.length ? `${due.length} sampling events due` : 'nothing due'}
              </VisuallyHidden>
              {isPhone && due.length ? (
                <Badge size="xs" color={due.some((e) => e.status === 'overdue') ? 'red.9' : 'blue.8'}>
                  {due.length}
                </Badge>
              ) : (
                due.slice(0, 3).map((e) => (
                  <Text
                    key={`${e.facilityId}-${e.requirementId}`}
                    size="xs"
                    truncate="end"
                    c={EVENT_STATUS[e.status].color}
                  >
                    {e.parameterName ?? e.parameterCode}
                  </Text>
                ))
              )}
              {!isPhone && due.length > 3 ? (
                <Text size="xs" c="dimmed">
                  +{due.length - 3} more
                </Text>
              ) : null}
            </div>
          );
        })}
      </div>
    </Stack>
  );
}
