import { Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import type { ViolationKind, ViolationView } from '@outfall/domain/contracts/index';
import { useSearchParams } from 'react-router';
import { toSearch } from '../../api/client';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { FacilityPicker, useFacilityChoice, useFacilityNames } from './facility-choice';
import { useViolations } from './use-monitoring';
import { useParameterNames } from './use-parameter-names';
import { ViolationsTable } from './violations-table';

const KINDS = [
  { value: 'effluent', label: 'Effluent (exceedances)' },
  { value: 'monitoring', label: 'Monitoring (missed samples)' },
  { value: 'reporting', label: 'Reporting' },
];

const STATUSES = [
  { value: 'open', label: 'Open' },
  { value: 'closed', label: 'Closed' },
  { value: 'all', label: 'All' },
];

/** Results page filtered to the violation's series and period. */
export function resultsHref(v: ViolationView, isAuthority: boolean): string {
  return `/monitoring/results${toSearch({
    facility: isAuthority ? v.facilityId : undefined,
    point: v.monitoringPoint,
    parameter: v.parameterCode,
    from: v.periodStart,
    to: v.periodEnd,
  })}`;
}

/** Effluent and monitoring violations: a facility's own, or all of the authority's facilities. */
export function ViolationsPage() {
  usePageTitle('Violations');
  const { isAuthority, facilityId, setFacilityId } = useFacilityChoice();
  const [search, setSearch] = useSearchParams();
  const status = search.get('status') ?? 'open';
  const kindParam = search.get('kind');
  const kind = KINDS.some((k) => k.value === kindParam) ? (kindParam as ViolationKind) : null;
  const violations = useViolations({
    facilityId: facilityId ?? undefined,
    status: status === 'all' ? undefined : (status as 'open' | 'closed'),
    ...(kind ? { kind } : {}),
  });
  const names = useParameterNames();
  const facilityNames = useFacilityNames(isAuthority);
  const setStatus = (value: string) => {
    const next = new URLSearchParams(search);
    if (value === 'open') next.delete('status');
    else next.set('status', value);
    setSearch(next, { replace: true });
  };
  const setKind = (value: string | null) => {
    const next = new URLSearchParams(search);
    if (value) next.set('kind', value);
    else next.delete('kind');
    setSearch(next, { replace: true });
  };
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Violations</Title>
        <Text c="dimmed" mt={4}>
          {isAuthority
            ? 'Violations found at the facilities you regulate.'
            : 'Violations found in your results, with the 24-hour notice and 30-day resample dates of 403.12(g)(2).'}
        </Text>
      </div>
      <Group align="flex-end" gap="md">
        {isAuthority ? <FacilityPicker value={facilityId} onChange={setFacilityId} allowAll /> : null}
        <div>
          <Text size="sm" fw={500} id="violation-status-label" mb={4}>
            Status
          </Text>
          <SegmentedControl
            aria-labelledby="violation-status-label"
            data={STATUSES}
            value={status}
            onChange={setStatus}
          />
        </div>
        <Select
          label="Kind"
          placeholder="All kinds"
          data={KINDS}
          value={kind}
          onChange={setKind}
          clearable
          w={{ base: '100%', xs: 260 }}
        />
      </Group>
      <QueryState query={violations} label="violations">
        {(list) => (
          <ViolationsTable
            violations={list}
            names={names}
            facilityName={isAuthority ? (id) => facilityNames.get(id) ?? 'Facility' : undefined}
            resultsHref={(v) => resultsHref(v, isAuthority)}
          />
        )}
      </QueryState>
    </Stack>
  );
}
