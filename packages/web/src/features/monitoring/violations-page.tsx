import { Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import type { ViolationKind, ViolationResponseStatus, ViolationView } from '@outfall/domain/contracts/index';
import { useSearchParams } from 'react-router';
import { toSearch } from '../../api/client';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { RecordViolationButton } from '../enforcement/record-violation-form';
import { useProgramViolations } from '../enforcement/use-enforcement';
import { FacilityPicker, useFacilityChoice, useFacilityNames } from './facility-choice';
import { useParameterNames } from './use-parameter-names';
import { ViolationsTable } from './violations-table';

const KINDS = [
  { value: 'effluent', label: 'Effluent (exceedances)' },
  { value: 'monitoring', label: 'Monitoring (missed samples)' },
  { value: 'reporting', label: 'Reporting (late reports)' },
  { value: 'schedule', label: 'Compliance schedule' },
  { value: 'inspection', label: 'Inspection findings' },
  { value: 'manual', label: 'Manual (pass-through, interference …)' },
];

const STATUSES = [
  { value: 'open', label: 'Open' },
  { value: 'closed', label: 'Closed' },
  { value: 'all', label: 'All' },
];

const RESPONSES = [
  { value: 'open', label: 'No response yet' },
  { value: 'response_in_progress', label: 'Response in progress' },
  { value: 'resolved', label: 'Resolved' },
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

const MANAGERS = new Set(['admin', 'director', 'coordinator', 'inspector']);

/** One list of all violations across the program: a facility's own, or all of the authority's facilities. */
export function ViolationsPage() {
  usePageTitle('Violations');
  const membership = useActiveMembership();
  const { isAuthority, facilityId, setFacilityId } = useFacilityChoice();
  const [search, setSearch] = useSearchParams();
  const status = search.get('status') ?? 'open';
  const kindParam = search.get('kind');
  const kind = KINDS.some((k) => k.value === kindParam) ? (kindParam as ViolationKind) : null;
  const responseParam = search.get('response');
  const response = RESPONSES.some((r) => r.value === responseParam)
    ? (responseParam as ViolationResponseStatus)
    : null;
  const violations = useProgramViolations({
    facilityId: facilityId ?? undefined,
    status: status === 'all' ? undefined : (status as 'open' | 'closed'),
    ...(kind ? { kind } : {}),
    ...(response ? { responseStatus: response } : {}),
  });
  const names = useParameterNames();
  const facilityNames = useFacilityNames(isAuthority);
  const setParam = (key: string, value: string | null, fallback?: string) => {
    const next = new URLSearchParams(search);
    if (value && value !== fallback) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  };
  const canRecord = isAuthority && MANAGERS.has(membership?.role ?? '');
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>Violations</Title>
          <Text c="dimmed" mt={4}>
            {isAuthority
              ? 'Every violation at the facilities you regulate: effluent, monitoring, reporting, schedule, inspection and manual, with the response under the Enforcement Response Plan.'
              : 'Your violations, with the 24-hour notice and 30-day resample dates of 403.12(g)(2) and the response the authority asked for.'}
          </Text>
        </div>
        {canRecord ? <RecordViolationButton facilityId={facilityId} /> : null}
      </Group>
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
            onChange={(v) => setParam('status', v, 'open')}
          />
        </div>
        <Select
          label="Kind"
          placeholder="All kinds"
          data={KINDS}
          value={kind}
          onChange={(v) => setParam('kind', v)}
          clearable
          w={{ base: '100%', xs: 260 }}
        />
        <Select
          label="Response"
          placeholder="Any response"
          data={RESPONSES}
          value={response}
          onChange={(v) => setParam('response', v)}
          clearable
          w={{ base: '100%', xs: 220 }}
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
