import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { FacilityPicker, useFacilityChoice } from './facility-choice';
import { ResultsTable } from './results-table';
import { useResults } from './use-monitoring';
import { useParameterNames } from './use-parameter-names';

/** Stored results of a facility (or all of the authority's), filterable by series and dates. */
export function ResultsPage() {
  usePageTitle('Results');
  const { isAuthority, facilityId, setFacilityId } = useFacilityChoice();
  const [search, setSearch] = useSearchParams();
  const get = (key: string) => search.get(key) ?? undefined;
  const parameter = get('parameter');
  const point = get('point');
  const results = useResults({
    facilityId: facilityId ?? undefined,
    monitoringPoint: point,
    parameterCode: parameter,
    from: get('from'),
    to: get('to'),
  });
  const names = useParameterNames();
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  };
  const clear = () => setSearch(facilityId && isAuthority ? { facility: facilityId } : {}, { replace: true });
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Results</Title>
          <Text c="dimmed" mt={4}>
            {parameter
              ? `${names(parameter)}${point ? ` at outfall ${point}` : ''}`
              : 'Every result as reported'}
            {'. Corrections are kept as new versions.'}
          </Text>
        </div>
        <Group gap="sm">
          <Button component={Link} to="/monitoring/enter" variant="default">
            Enter results
          </Button>
          <Button component={Link} to="/monitoring/import" variant="default">
            Import a lab file
          </Button>
        </Group>
      </Group>
      <Group align="flex-end" gap="md">
        {isAuthority ? <FacilityPicker value={facilityId} onChange={setFacilityId} allowAll /> : null}
        <TextInput
          label="From"
          type="date"
          value={get('from') ?? ''}
          onChange={(e) => set('from', e.currentTarget.value)}
        />
        <TextInput
          label="To"
          type="date"
          value={get('to') ?? ''}
          onChange={(e) => set('to', e.currentTarget.value)}
        />
        {parameter || point || get('from') || get('to') ? (
          <Button variant="subtle" onClick={clear}>
            Clear filters
          </Button>
        ) : null}
      </Group>
      <QueryState query={results} label="results">
        {(list) => <ResultsTable results={list} names={names} />}
      </QueryState>
    </Stack>
  );
}
