import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { PermitKind, PermitListQuery, PermitStatus } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { PERMIT_KIND_LABELS, PERMIT_STATUS_LABELS } from './permit-labels';
import { PermitsTable } from './permits-table';
import { usePermits } from './use-permits';

const STATUS_OPTIONS = Object.entries(PERMIT_STATUS_LABELS).map(([value, label]) => ({ value, label }));
const KIND_OPTIONS = Object.entries(PERMIT_KIND_LABELS).map(([value, label]) => ({ value, label }));
const EXPIRING_OPTIONS = [
  { value: '90', label: 'Within 90 days' },
  { value: '180', label: 'Within 180 days' },
  { value: '365', label: 'Within a year' },
];

function PermitFilters({
  value,
  onChange,
}: {
  value: PermitListQuery;
  onChange: (q: PermitListQuery) => void;
}) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      <TextInput
        label="Search"
        placeholder="Permit number or facility"
        value={value.q ?? ''}
        onChange={(e) => onChange({ ...value, q: e.currentTarget.value || undefined })}
      />
      <Select
        label="Status"
        clearable
        data={STATUS_OPTIONS}
        value={value.status ?? null}
        onChange={(s) => onChange({ ...value, status: (s as PermitStatus) ?? undefined })}
      />
      <Select
        label="Kind"
        clearable
        data={KIND_OPTIONS}
        value={value.kind ?? null}
        onChange={(k) => onChange({ ...value, kind: (k as PermitKind) ?? undefined })}
      />
      <Select
        label="Expiring"
        clearable
        data={EXPIRING_OPTIONS}
        value={value.expiringWithinDays ? String(value.expiringWithinDays) : null}
        onChange={(d) => onChange({ ...value, expiringWithinDays: d ? Number(d) : undefined })}
      />
    </SimpleGrid>
  );
}

/** Authority: every permit it issued. Facility: "My permits", issued to it and self-managed. */
export function PermitsPage() {
  const membership = useActiveMembership();
  const isAuthority = membership?.kind === 'authority';
  const title = isAuthority ? 'Permits' : 'My permits';
  usePageTitle(title);
  const [filters, setFilters] = useState<PermitListQuery>({});
  const [debounced] = useDebouncedValue(filters, 250);
  const permits = usePermits(debounced);
  const canManage = membership?.role !== 'viewer' && membership?.role !== 'inspector';

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{title}</Title>
          <Text c="dimmed" mt={4}>
            {isAuthority
              ? `Permits issued by ${membership?.organizationName ?? 'your authority'}.`
              : 'Permits your authority issued (read-only) and the permits you track yourself.'}
          </Text>
        </div>
        {canManage ? (
          <Group gap="sm">
            <Button component={Link} to="/permits/import" variant="default">
              Import a permit
            </Button>
            <Button component={Link} to="/permits/new">
              New permit
            </Button>
          </Group>
        ) : null}
      </Group>
      <Paper withBorder p="md" radius="md" component="section" aria-label="Filter permits">
        <PermitFilters value={filters} onChange={setFilters} />
      </Paper>
      <QueryState query={permits} label="permits">
        {(list) => (
          <PermitsTable permits={list} caption={title} showFacility={isAuthority} showIssuer={!isAuthority} />
        )}
      </QueryState>
    </Stack>
  );
}
