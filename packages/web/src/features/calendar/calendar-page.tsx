import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { DeadlineView } from '@outfall/domain/contracts/index';
import { Link } from 'react-router';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { FacilityPicker } from '../monitoring/facility-choice';
import { addDays, addMonths, dayTitle, monthTitle, weekStart, weekTitle } from './calendar-dates';
import { DeadlineItems } from './deadline-item';
import { DEADLINE_KIND_OPTIONS, DEADLINE_STATE_OPTIONS } from './deadline-labels';
import { MonthGrid } from './month-grid';
import {
  type CalendarFilters,
  deadlineQuery,
  LIST_DAYS_AHEAD,
  LIST_DAYS_BACK,
  useCalendarFilters,
  visibleWindow,
} from './use-calendar-filters';
import { useDeadlines } from './use-deadlines';
import { WeekView } from './week-view';

const VIEWS = [
  { value: 'month', label: 'Month' },
  { value: 'week', label: 'Week' },
  { value: 'list', label: 'List' },
];

const RANGES = [
  { value: 'all', label: `Overdue and the next ${LIST_DAYS_AHEAD} days` },
  { value: 'day', label: 'Today and tomorrow' },
  { value: 'week', label: 'The next 7 days' },
  { value: 'month', label: 'The next 30 days' },
];

const OWNERS = [
  { value: 'ours', label: 'Your authority’s sampling' },
  { value: 'all', label: 'Also the facilities’ own sampling' },
];

/** Previous / title / next / today for the month and week views. */
function PeriodNavigation({
  filters,
  today,
  onDate,
}: {
  filters: CalendarFilters;
  today: string;
  onDate: (date: string) => void;
}) {
  const isMonth = filters.view === 'month';
  const unit = isMonth ? 'month' : 'week';
  const shift = (by: number) =>
    isMonth ? addMonths(filters.date, by) : addDays(weekStart(filters.date), by * 7);
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={`Previous ${unit}`}
        onClick={() => onDate(shift(-1))}
      >
        ‹
      </ActionIcon>
      <Group gap="sm" justify="center" wrap="wrap">
        <Title order={2} size="h3" aria-live="polite" data-testid="calendar-period">
          {isMonth ? monthTitle(filters.date) : weekTitle(weekStart(filters.date))}
        </Title>
        <Button variant="subtle" size="compact-sm" onClick={() => onDate(today)}>
          Today
        </Button>
      </Group>
      <ActionIcon variant="default" size="lg" aria-label={`Next ${unit}`} onClick={() => onDate(shift(1))}>
        ›
      </ActionIcon>
    </Group>
  );
}

function listSummary(f: CalendarFilters, today: string, count: number): string {
  const { from, to } = visibleWindow(f, today);
  const what = `${count} deadline${count === 1 ? '' : 's'}`;
  if (!f.range) return `${what} due between ${from} (${LIST_DAYS_BACK} days ago) and ${to}`;
  return `${what} due from today (${from}) to ${to}`;
}

/** The deadlines the user answers for or follows: a month, a week, or a filtered list. */
export function CalendarPage() {
  usePageTitle('Calendar');
  const membership = useActiveMembership();
  const isAuthority = membership?.kind === 'authority';
  const { filters, today, update } = useCalendarFilters();
  const deadlines = useDeadlines(deadlineQuery(filters, today, isAuthority));
  // An authority asking for sampling gets the facilities' self-monitoring slots too; by default
  // only its own (as in its other lists and the dashboard count).
  const ownerFilter = isAuthority && filters.kind === 'sampling';
  const shown = (list: DeadlineView[]) =>
    ownerFilter && filters.owner === 'ours'
      ? list.filter((d) => d.ownerOrganizationId === membership?.organizationId)
      : list;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Calendar</Title>
        <Text c="dimmed" mt={4}>
          {isAuthority
            ? 'Deadlines of the facilities you regulate — reports, renewals, milestones, repeat samples — and your own sampling.'
            : 'Your deadlines: sampling, reports, permit renewal and compliance schedule milestones.'}{' '}
          <Anchor component={Link} to="/account#calendar-feed-heading">
            Subscribe in your calendar app
          </Anchor>
        </Text>
      </div>
      <Group align="flex-end" gap="md">
        <div>
          <Text size="sm" fw={500} id="calendar-view-label" mb={4}>
            View
          </Text>
          <SegmentedControl
            aria-labelledby="calendar-view-label"
            data={VIEWS}
            value={filters.view}
            onChange={(v) => update({ view: v === 'month' ? null : v })}
          />
        </div>
        <Select
          label="Kind"
          placeholder="All kinds"
          data={DEADLINE_KIND_OPTIONS}
          value={filters.kind}
          onChange={(v) => update({ kind: v, owner: null })}
          clearable
          w={{ base: '100%', xs: 260 }}
        />
        {ownerFilter ? (
          <Select
            label="Sampling by"
            data={OWNERS}
            value={filters.owner}
            onChange={(v) => update({ owner: v === 'all' ? 'all' : null })}
            allowDeselect={false}
            w={{ base: '100%', xs: 280 }}
          />
        ) : null}
        {isAuthority ? (
          <FacilityPicker value={filters.facilityId} onChange={(id) => update({ facilityId: id })} allowAll />
        ) : null}
        {filters.view === 'list' ? (
          <>
            <Select
              label="Due"
              data={RANGES}
              value={filters.range ?? 'all'}
              onChange={(v) => update({ range: v === 'all' ? null : v })}
              allowDeselect={false}
              w={{ base: '100%', xs: 300 }}
            />
            <Select
              label="State"
              placeholder="Open (not met)"
              data={DEADLINE_STATE_OPTIONS}
              value={filters.state}
              onChange={(v) => update({ state: v })}
              clearable
              w={{ base: '100%', xs: 200 }}
            />
          </>
        ) : null}
      </Group>
      {filters.view !== 'list' ? (
        <PeriodNavigation filters={filters} today={today} onDate={(date) => update({ date })} />
      ) : null}
      <div
        data-testid="calendar-results"
        aria-busy={deadlines.isPlaceholderData}
        style={{ opacity: deadlines.isPlaceholderData ? 0.6 : 1 }}
      >
        <QueryState query={deadlines} label="deadlines">
          {(all) => {
            const list = shown(all);
            if (filters.view === 'month') {
              const selected = list.filter((d) => d.dueDate === filters.date);
              return (
                <Stack gap="md">
                  <MonthGrid
                    date={filters.date}
                    today={today}
                    deadlines={list}
                    onSelect={(date) => update({ date })}
                  />
                  <section aria-labelledby="calendar-day-heading">
                    <Title order={2} size="h4" id="calendar-day-heading" mb="xs">
                      {dayTitle(filters.date)}
                      {filters.date === today ? ' (today)' : ''}
                    </Title>
                    <DeadlineItems
                      deadlines={selected}
                      showFacility={isAuthority}
                      showDate={false}
                      emptyText="Nothing due on this day."
                    />
                  </section>
                </Stack>
              );
            }
            if (filters.view === 'week')
              return (
                <WeekView date={filters.date} today={today} deadlines={list} showFacility={isAuthority} />
              );
            return (
              <Stack gap="sm">
                <Text size="sm" c="dimmed" role="status" data-testid="calendar-list-summary">
                  {listSummary(filters, today, list.length)}
                </Text>
                <DeadlineItems deadlines={list} showFacility={isAuthority} />
              </Stack>
            );
          }}
        </QueryState>
      </div>
    </Stack>
  );
}
