import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { ViolationView } from '@outfall/domain/contracts/index';
import { Link } from 'react-router';
import {
  limitLabel,
  periodText,
  RESPONSE_STATUS_LABEL,
  VIOLATION_KIND_LABEL,
  valueVsLimit,
  violationHeadline,
} from './monitoring-labels';

interface ViolationsTableProps {
  violations: ViolationView[];
  names: (code: string) => string;
  /** Authority view: the facility column. */
  facilityName?: ((id: string) => string) | undefined;
  /** Link to the results a violation rests on. */
  resultsHref: (v: ViolationView) => string;
}

const RESPONSE_COLOR: Record<ViolationView['responseStatus'], string> = {
  open: 'red',
  response_in_progress: 'yellow',
  resolved: 'gray',
};

/** Violations of every kind with their status, response, period, value against the limit and the 403.12(g)(2) clock. */
export function ViolationsTable({ violations, names, facilityName, resultsHref }: ViolationsTableProps) {
  if (violations.length === 0) return <Text c="dimmed">No violations match.</Text>;
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover>
        <Table.Caption>Violations, newest first</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Violation</Table.Th>
            {facilityName ? <Table.Th scope="col">Facility</Table.Th> : null}
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Response</Table.Th>
            <Table.Th scope="col">Period</Table.Th>
            <Table.Th scope="col">Value vs limit</Table.Th>
            <Table.Th scope="col">24-hour notice</Table.Th>
            <Table.Th scope="col">30-day resample</Table.Th>
            <Table.Th scope="col">Results</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {violations.map((v) => (
            <Table.Tr key={v.id} data-testid="violation-row">
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/violations/${v.id}`} size="sm" fw={600}>
                  {violationHeadline(v, names)}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {VIOLATION_KIND_LABEL[v.kind]}
                  {v.monitoringPoint ? ` · outfall ${v.monitoringPoint}` : ''} · {limitLabel(v)}
                  {v.sncCriterion ? ` · SNC ${v.sncCriterion}` : ''}
                </Text>
              </Table.Th>
              {facilityName ? <Table.Td>{v.facilityName ?? facilityName(v.facilityId)}</Table.Td> : null}
              <Table.Td>
                <Text size="sm" fw={700} c={v.status === 'open' ? 'red.9' : 'dimmed'}>
                  {v.status === 'open' ? 'Open' : 'Closed'}
                </Text>
                {v.closedReason ? (
                  <Text size="xs" c="dimmed">
                    {v.closedReason}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Badge color={RESPONSE_COLOR[v.responseStatus]} variant="light">
                  {RESPONSE_STATUS_LABEL[v.responseStatus]}
                </Badge>
                {v.responseDue ? (
                  <Text
                    size="xs"
                    c={v.responseOverdue ? 'red.9' : 'dimmed'}
                    fw={v.responseOverdue ? 700 : 400}
                  >
                    {v.responseOverdue ? 'Overdue since' : 'Due'} {v.responseDue}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{periodText(v)}</Table.Td>
              <Table.Td>
                {valueVsLimit(v)}
                {v.exceedancePct === null ? '' : ` (+${v.exceedancePct}%)`}
              </Table.Td>
              <Table.Td>{v.noticeDue ?? '—'}</Table.Td>
              <Table.Td>{v.resampleDue ?? '—'}</Table.Td>
              <Table.Td>
                {v.resultIds.length ? (
                  <Anchor component={Link} to={resultsHref(v)} size="sm">
                    {v.resultIds.length} result{v.resultIds.length === 1 ? '' : 's'}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
