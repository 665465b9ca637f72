import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { SamplingEvent } from '@outfall/domain/contracts/index';
import { Link } from 'react-router';

export const EVENT_STATUS = {
  met: { label: 'Met', color: 'green.9' },
  due: { label: 'Due', color: 'blue.8' },
  overdue: { label: 'Overdue', color: 'red.9' },
} as const;

interface ScheduleTableProps {
  events: SamplingEvent[];
  showFacility: boolean;
  /** Link to enter the event's results, when the user may. */
  enterHref: ((e: SamplingEvent) => string) | null;
}

/** Sampling events in due order: window, what is required, how many samples were taken. */
export function ScheduleTable({ events, showFacility, enterHref }: ScheduleTableProps) {
  if (events.length === 0) return <Text c="dimmed">No sampling events match.</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped>
        <Table.Caption>Sampling events by due date</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Due by</Table.Th>
            <Table.Th scope="col">Parameter</Table.Th>
            {showFacility ? <Table.Th scope="col">Facility</Table.Th> : null}
            <Table.Th scope="col">Window</Table.Th>
            <Table.Th scope="col">Samples</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            {enterHref ? <Table.Th scope="col">Action</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((e) => (
            <Table.Tr key={`${e.facilityId}-${e.requirementId}-${e.start}`} data-testid="schedule-row">
              <Table.Td>{e.dueBy}</Table.Td>
              <Table.Th scope="row" fw={400}>
                <Text size="sm" fw={600}>
                  {e.parameterName ?? e.parameterCode}
                </Text>
                <Text size="xs" c="dimmed">
                  Outfall {e.monitoringPoint} · {e.frequencyCode}
                  {e.sampleType ? ` · sample type ${e.sampleType}` : ''}
                  {e.sampledBy === 'control_authority' ? ' · sampled by the authority' : ''}
                </Text>
              </Table.Th>
              {showFacility ? <Table.Td>{e.facilityName}</Table.Td> : null}
              <Table.Td>
                {e.start} – {e.end}
              </Table.Td>
              <Table.Td>
                {e.taken} of {e.required}
              </Table.Td>
              <Table.Td>
                <Badge color={EVENT_STATUS[e.status].color} variant="filled">
                  {EVENT_STATUS[e.status].label}
                </Badge>
              </Table.Td>
              {enterHref ? (
                <Table.Td>
                  {e.status === 'met' ? null : (
                    <Anchor component={Link} to={enterHref(e)} size="sm">
                      Enter results
                    </Anchor>
                  )}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
