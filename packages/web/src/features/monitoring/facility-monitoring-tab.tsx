import { Button, Group, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { QueryState } from '../../ui/query-state';
import { ScheduleTable } from './schedule-table';
import { useSchedule, useViolations } from './use-monitoring';
import { useParameterNames } from './use-parameter-names';
import { resultsHref } from './violations-page';
import { ViolationsTable } from './violations-table';

/** An authority's summary of one facility's monitoring: open violations, sampling due or missed. */
export function FacilityMonitoringTab({ facilityId }: { facilityId: string }) {
  const violations = useViolations({ facilityId, status: 'open' });
  const schedule = useSchedule({ facilityId });
  const names = useParameterNames();
  const q = `?facility=${facilityId}`;
  return (
    <Stack gap="lg">
      <Group gap="sm">
        <Button component={Link} to={`/monitoring/results${q}`} variant="default">
          Results
        </Button>
        <Button component={Link} to={`/monitoring/trends${q}`} variant="default">
          Trends
        </Button>
        <Button component={Link} to={`/monitoring/enter${q}`} variant="default">
          Enter authority sampling results
        </Button>
      </Group>
      <section aria-labelledby="open-violations-heading">
        <Title order={2} size="h3" id="open-violations-heading" mb="sm">
          Open violations
        </Title>
        <QueryState query={violations} label="violations">
          {(list) => (
            <ViolationsTable violations={list} names={names} resultsHref={(v) => resultsHref(v, true)} />
          )}
        </QueryState>
      </section>
      <section aria-labelledby="due-sampling-heading">
        <Title order={2} size="h3" id="due-sampling-heading" mb="sm">
          Sampling due or overdue
        </Title>
        <QueryState query={schedule} label="the sampling schedule">
          {(events) => (
            <ScheduleTable
              events={events.filter((e) => e.status !== 'met')}
              showFacility={false}
              enterHref={null}
            />
          )}
        </QueryState>
      </section>
    </Stack>
  );
}
