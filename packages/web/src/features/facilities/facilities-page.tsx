import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { FacilityListQuery } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { canCreateFacility } from '../shell/navigation';
import { FacilitiesTable } from './facilities-table';
import { FacilityFilters } from './facility-filters';
import { NewFacilityForm } from './new-facility-form';
import { facilityPaths, useFacilities } from './use-facilities';

/** The industrial users this control authority regulates: the IU inventory. */
export function FacilitiesPage() {
  usePageTitle('Facilities');
  const membership = useActiveMembership();
  const [filters, setFilters] = useState<FacilityListQuery>({});
  const [debounced] = useDebouncedValue(filters, 250);
  const facilities = useFacilities(debounced);
  const navigate = useNavigate();
  const [isAdding, setAdding] = useState(false);
  const isFiltered = Object.values(debounced).some((v) => v !== undefined);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Facilities</Title>
          <Text c="dimmed" mt={4}>
            Industrial users regulated by {membership?.organizationName ?? 'your authority'}.
          </Text>
        </div>
        <Group gap="sm">
          <Button component="a" href={facilityPaths.export('csv', debounced)} download variant="default">
            Export CSV
          </Button>
          <Button component="a" href={facilityPaths.export('xlsx', debounced)} download variant="default">
            Export XLSX
          </Button>
          {canCreateFacility(membership) && !isAdding ? (
            <Button onClick={() => setAdding(true)}>New facility</Button>
          ) : null}
        </Group>
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
      <Paper withBorder p="md" radius="md" component="section" aria-label="Filter facilities">
        <FacilityFilters value={filters} onChange={setFilters} />
      </Paper>
      <QueryState query={facilities} label="facilities">
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">
              {isFiltered
                ? 'No facilities match these filters.'
                : 'No facilities yet. Add the industrial users you regulate.'}
            </Text>
          ) : (
            <FacilitiesTable facilities={list} />
          )
        }
      </QueryState>
    </Stack>
  );
}
