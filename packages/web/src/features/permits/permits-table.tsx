import { Anchor, Table, Text } from '@mantine/core';
import type { PermitSummaryView } from '@outfall/domain/contracts/index';
import { Link } from 'react-router';
import { formatDay, PERMIT_KIND_LABELS } from './permit-labels';
import { PermitStatusBadge } from './permit-status-badge';

interface PermitsTableProps {
  permits: PermitSummaryView[];
  caption: string;
  showFacility?: boolean;
  showIssuer?: boolean;
}

export function PermitsTable({
  permits,
  caption,
  showFacility = false,
  showIssuer = false,
}: PermitsTableProps) {
  if (permits.length === 0) return <Text c="dimmed">No permits.</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover data-testid="permits-table">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Permit</Table.Th>
            {showFacility ? <Table.Th scope="col">Facility</Table.Th> : null}
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            {showIssuer ? <Table.Th scope="col">Issued by</Table.Th> : null}
            <Table.Th scope="col">Effective</Table.Th>
            <Table.Th scope="col">Expires</Table.Th>
            <Table.Th scope="col">Limits</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {permits.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Anchor component={Link} to={`/permits/${p.id}`} fw={600}>
                  {p.permitNumber}
                </Anchor>
              </Table.Td>
              {showFacility ? <Table.Td>{p.facilityName}</Table.Td> : null}
              <Table.Td>{PERMIT_KIND_LABELS[p.kind]}</Table.Td>
              <Table.Td>
                <PermitStatusBadge status={p.status} />
              </Table.Td>
              {showIssuer ? <Table.Td>{p.issuingAuthorityName ?? 'Self-managed'}</Table.Td> : null}
              <Table.Td>{formatDay(p.effectiveDate)}</Table.Td>
              <Table.Td>
                {formatDay(p.expirationDate)}
                {p.renewal?.alerts.some((a) => a.isDue) ? (
                  <Text size="xs" c="orange.9">
                    Renewal due {p.renewal.applicationDueDate}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                {p.limitCount} in {p.outfallCount} outfall{p.outfallCount === 1 ? '' : 's'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
