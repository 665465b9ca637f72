import { Stack, Text, Title } from '@mantine/core';
import type { DeadlineView } from '@outfall/domain/contracts/index';
import grid from '../../ui/month-grid.module.css';
import classes from './calendar.module.css';
import { addDays, dayTitle, weekStart } from './calendar-dates';
import { DeadlineItems } from './deadline-item';

interface WeekViewProps {
  date: string;
  today: string;
  deadlines: DeadlineView[];
  showFacility: boolean;
}

/** Seven days from Sunday, each with its deadlines (one under the other on a phone). */
export function WeekView({ date, today, deadlines, showFacility }: WeekViewProps) {
  const start = weekStart(date);
  const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  return (
    <div className={classes.week} data-testid="calendar-week">
      {days.map((day) => {
        const due = deadlines.filter((d) => d.dueDate === day);
        return (
          <section
            key={day}
            className={`${classes.weekDay} ${day === today ? grid.today : ''}`}
            aria-labelledby={`week-day-${day}`}
            data-testid="calendar-week-day"
          >
            <Stack gap="xs">
              <Title order={3} size="h6" id={`week-day-${day}`}>
                {dayTitle(day, 'short')}
                {day === today ? (
                  <Text component="span" size="xs" c="blue.8" fw={700}>
                    {' '}
                    (today)
                  </Text>
                ) : null}
              </Title>
              <DeadlineItems
                deadlines={due}
                showFacility={showFacility}
                showDate={false}
                emptyText="Nothing due."
              />
            </Stack>
          </section>
        );
      })}
    </div>
  );
}
