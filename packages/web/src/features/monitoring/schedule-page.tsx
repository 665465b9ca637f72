import { Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { SamplingEvent } from '@outfall/domain/contracts/index';
import { useSearchParams } from 'react-router';
import { toSearch } from '../../api/client';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { canWriteMonitoring } from '../shell/navigation';
import { FacilityPicker, useFacilityChoice } from './facility-choice';
import { canManageMonitoring } from './monitoring-permissions';
import { ScheduleCalendar } from './schedule-calendar';
import { ScheduleTable } from './schedule-table';
import { SweepOutcome } from './sweep-outcome';
import { useSchedule, useSweepMissedSamples } from './use-monitoring';

const VIEWS = [
  { value: 'list', label: 'Due / overdue' },
  { value: 'all', label: 'All events' },
  { value: 'calendar', label: 'Calendar' },
];

function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${new Date(Date.UTC(y, m, 0)).getUTCDate()}`;
}

/** Sampling events generated from the permits' monitoring requirements: what is due, what was missed. */
export function SchedulePage() {
  usePageTitle('Sampling schedule');
  const { isAuthority, facilityId, setFacilityId } = useFacilityChoice();
  const membership = useActiveMembership();
  const [search, setSearch] = useSearchParams();
  const view = search.get('view') ?? 'list';
  const today = todayIso();
  const month = search.get('month') ?? today.slice(0, 7);
  const schedule = useSchedule(
    view === 'calendar'
      ? { facilityId: facilityId ?? undefined, from: `${month}-01`, to: lastDay(month) }
      : { facilityId: facilityId ?? undefined },
  );
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  };
  const enterHref = canWriteMonitoring(membership)
    ? (e: SamplingEvent) =>
        `/monitoring/enter${toSearch({ facility: isAuthority ? e.facilityId : undefined })}`
    : null;
  const sweep = useSweepMissedSamples();
  // One facility, or (authority, no facility chosen) every facility the user may see.
  const checkNow = () => sweep.mutate(facilityId ? { facilityId } : {});
  const pick = (events: SamplingEvent[]) =>
    view === 'list' ? events.filter((e) => e.status !== 'met') : events;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Sampling schedule</Title>
        <Text c="dimmed" mt={4}>
          Sampling required by the monitoring requirements of{' '}
          {isAuthority ? 'your facilities’ permits' : 'your permits'}. A required sample not taken when its
          window closes is a monitoring violation.
        </Text>
      </div>
      <Group align="flex-end" gap="md">
        {isAuthority ? (
          <FacilityPicker
            value={facilityId}
            onChange={(id) => {
              sweep.reset();
              setFacilityId(id);
            }}
            allowAll
          />
        ) : null}
        <div>
          <Text size="sm" fw={500} id="schedule-view-label" mb={4}>
            Show
          </Text>
          <SegmentedControl
            aria-labelledby="schedule-view-label"
            data={VIEWS}
            value={view}
            onChange={(v) => set('view', v === 'list' ? null : v)}
          />
        </div>
        {canManageMonitoring(membership) ? (
          <Button variant="default" onClick={checkNow} loading={sweep.isPending}>
            Check for missed samples now
          </Button>
        ) : null}
      </Group>
      <SweepOutcome
        mutation={sweep}
        showFacility={isAuthority && !facilityId}
        violationsHref={`/monitoring/violations${toSearch({ facility: isAuthority ? (facilityId ?? undefined) : undefined, kind: 'monitoring' })}`}
      />
      <QueryState query={schedule} label="the sampling schedule">
        {(events) =>
          view === 'calendar' ? (
            <ScheduleCalendar month={month} today={today} events={events} onMonth={(m) => set('month', m)} />
          ) : (
            <ScheduleTable
              events={pick(events)}
              showFacility={isAuthority && !facilityId}
              enterHref={enterHref}
            />
          )
        }
      </QueryState>
    </Stack>
  );
}
