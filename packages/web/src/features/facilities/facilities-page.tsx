import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../../ui/labels';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { canCreateFacility } from '../shell/navigation';
import { NewFacilityForm } from './new-facility-form';
import { useFacilities } from './use-facilities';

/** The industrial users this control authority regulates. */
export function FacilitiesPage() {
  usePageTitle('Facilities');
  const membership = useActiveMembership();
  const facilities = useFacilities();
  const navigate = useNavigate();
  const [isAdding, setAdding] = useState(false);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Facilities</Title>
          <Text c="dimmed" mt={4}>
            Industrial users regulated by {membership?.organizationName ?? 'your authority'}.
          </Text>
        </div>
        {canCreateFacility(membership) && !isAdding ? (
          <Button onClick={() => setAdding(true)}>New facility</Button>
        ) : null}
      </Group>
      {isAdding ? (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="new-facility-heading">
          <Title order={2} size="h4" id="new-facility-heading" mb="sm">
            New facility
          </Title>
          <NewFacilityForm
            onCreated={(f) => navigate(`/facilities/${f.id}`)}
            onCancel={() => setAdding(false)}
          />
        </Paper>
      ) : null}
      <QueryState query={facilities} label="facilities">
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">No facilities yet. Add the industrial users you regulate.</Text>
          ) : (
            <Table.ScrollContainer minWidth={320}>
              <Table striped highlightOnHover data-testid="facilities-table">
                <caption className="visually-hidden">Regulated facilities ({list.length})</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Name</Table.Th>
                    <Table.Th scope="col">Added</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...list]
                    .sort((a, b) => a.name.localeCompare(b.name))
                    .map((facility) => (
                      <Table.Tr key={facility.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/facilities/${facility.id}`} fw={600}>
                            {facility.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{formatDate(facility.createdAt)}</Table.Td>
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </Stack>
  );
}
