import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { FacilityListItem } from '@outfall/domain/contracts/index';
import { Link } from 'react-router';
import { CLASS_SHORT, STATUS_LABELS } from './facility-labels';

function ClassCell({ facility }: { facility: FacilityListItem }) {
  if (!facility.iuClass) return <Text c="dimmed">Not classified</Text>;
  return (
    <>
      {CLASS_SHORT[facility.iuClass]}
      {facility.middleTier ? ' · middle tier' : ''}
      {facility.isDesignated ? (
        <Badge ml={6} size="sm" variant="outline" color="gray" c="gray.8">
          Designated
        </Badge>
      ) : null}
    </>
  );
}

export function FacilitiesTable({ facilities }: { facilities: FacilityListItem[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover data-testid="facilities-table">
        <caption className="visually-hidden">Regulated facilities ({facilities.length})</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Class</Table.Th>
            <Table.Th scope="col">Categories</Table.Th>
            <Table.Th scope="col">Process flow, gpd</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...facilities]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((facility) => (
              <Table.Tr key={facility.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/facilities/${facility.id}`} fw={600}>
                    {facility.name}
                  </Anchor>
                </Table.Td>
                <Table.Td data-testid="facility-class">
                  <ClassCell facility={facility} />
                </Table.Td>
                <Table.Td>{facility.categoricalStandards.join(', ') || '—'}</Table.Td>
                <Table.Td>{facility.processFlowGpd ?? '—'}</Table.Td>
                <Table.Td>{facility.status ? STATUS_LABELS[facility.status] : '—'}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
