import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { PermitSummaryView, RenewalTracking } from '@outfall/domain/contracts/index';
import type { ReactNode } from 'react';
import { formatDay, PERMIT_KIND_LABELS } from './permit-labels';
import { PermitStatusBadge } from './permit-status-badge';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" fw={600} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

function RenewalSummary({ renewal }: { renewal: RenewalTracking }) {
  const due = renewal.alerts.filter((a) => a.isDue);
  return (
    <Stack gap="xs">
      <SimpleGrid component="dl" cols={{ base: 1, xs: 3 }} spacing="sm" m={0}>
        <Field label="Renewal application due">{renewal.applicationDueDate}</Field>
        <Field label="Application received">{formatDay(renewal.applicationReceivedOn)}</Field>
        <Field label="Days until expiry">{renewal.daysUntilExpiration}</Field>
      </SimpleGrid>
      {due.map((alert) => (
        <Alert key={`${alert.kind}-${alert.date}`} color="orange" variant="outline" p="xs">
          {alert.message}
        </Alert>
      ))}
    </Stack>
  );
}

/** Number, kind, status, term dates, who issued it, and where its renewal stands. */
export function PermitHeader({ permit, actions }: { permit: PermitSummaryView; actions?: ReactNode }) {
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <Group gap="sm" align="center">
            <Title order={1}>Permit {permit.permitNumber}</Title>
            <PermitStatusBadge status={permit.status} />
            {permit.isSelfManaged ? (
              <Badge variant="outline" color="gray" c="gray.8">
                Self-managed
              </Badge>
            ) : null}
          </Group>
          <Text c="dimmed" mt={4}>
            {PERMIT_KIND_LABELS[permit.kind]} permit for {permit.facilityName}
          </Text>
        </div>
        {actions}
      </Group>
      <Paper withBorder p="md" radius="md" component="section" aria-label="Permit details">
        <Stack gap="md">
          <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="md" m={0}>
            <Field label="Issued by">{permit.issuingAuthorityName ?? 'Self-managed by the facility'}</Field>
            <Field label="Issued">{formatDay(permit.issuedDate)}</Field>
            <Field label="Effective">{formatDay(permit.effectiveDate)}</Field>
            <Field label="Expires">{formatDay(permit.expirationDate)}</Field>
          </SimpleGrid>
          {permit.renewal ? <RenewalSummary renewal={permit.renewal} /> : null}
        </Stack>
      </Paper>
    </Stack>
  );
}
