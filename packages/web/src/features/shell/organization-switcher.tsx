import { Badge, Group, Select, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { KIND_LABELS } from '../../ui/labels';
import { activeMembership, useCurrentSession, useSwitchOrganization } from '../auth/use-session';

/** Shows the active organization; a user who belongs to several can switch between them. */
interface OrganizationSwitcherProps {
  /** In the header the label is read by screen readers only, to fit the bar. */
  inHeader?: boolean;
}

export function OrganizationSwitcher({ inHeader = false }: OrganizationSwitcherProps) {
  const session = useCurrentSession();
  const switchOrganization = useSwitchOrganization();
  const navigate = useNavigate();
  const active = activeMembership(session);

  if (session.memberships.length < 2) {
    return active ? (
      <Group gap="xs" wrap="nowrap" miw={0}>
        <Text fw={600} truncate="end" data-testid="active-organization">
          {active.organizationName}
        </Text>
        <Badge variant="outline" color="gray.7" visibleFrom="md">
          {KIND_LABELS[active.kind]}
        </Badge>
      </Group>
    ) : (
      <Text c="dimmed">No organization</Text>
    );
  }

  const data = session.memberships.map((m) => ({
    value: m.organizationId,
    label: `${m.organizationName} (${KIND_LABELS[m.kind]})`,
  }));
  return (
    <div>
      <Select
        label={inHeader ? undefined : 'Organization'}
        aria-label={inHeader ? 'Organization' : undefined}
        data={data}
        value={session.activeOrganizationId}
        allowDeselect={false}
        disabled={switchOrganization.isPending}
        onChange={(value) => {
          if (!value || value === session.activeOrganizationId) return;
          switchOrganization.mutate(value, { onSuccess: () => navigate('/') });
        }}
        w={{ base: '100%', sm: 300 }}
        data-testid="organization-switcher"
      />
      {switchOrganization.error ? <ErrorAlert error={switchOrganization.error} /> : null}
    </div>
  );
}
