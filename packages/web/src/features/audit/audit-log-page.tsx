import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { canViewAuditLog } from '../shell/navigation';
import { AuditEventList } from './audit-event-list';
import { AuditFilterForm } from './audit-filter-form';
import { type AuditFilters, auditCsvHref, filtersFromSearch } from './use-audit';

/** The organization's whole audit trail, filterable, pageable and exportable as CSV. */
export function AuditLogPage() {
  usePageTitle('Audit log');
  const membership = useActiveMembership();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const filterKey = JSON.stringify(filters);

  if (!canViewAuditLog(membership)) {
    return (
      <Stack gap="lg">
        <Title order={1}>Audit log</Title>
        <Alert color="red" variant="outline" role="alert" title="Administrators only">
          Only administrators can see the organization-wide audit log. Each record's page shows its own
          history.
        </Alert>
      </Stack>
    );
  }

  const applyFilters = (next: AuditFilters) => setSearch(new URLSearchParams(next as Record<string, string>));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Audit log</Title>
          <Text c="dimmed" mt={4}>
            Every change in {membership?.organizationName ?? 'your organization'}, attributed, timestamped and
            hash-chained.
          </Text>
        </div>
        <Button component="a" href={auditCsvHref(filters)} download variant="default">
          Export CSV
        </Button>
      </Group>
      <Paper withBorder p="md" radius="md">
        <AuditFilterForm key={filterKey} value={filters} onChange={applyFilters} />
      </Paper>
      <AuditEventList key={filterKey} filters={filters} caption="Audit events, newest first" />
    </Stack>
  );
}
