import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { KIND_LABELS, ROLE_LABELS, SIGNATORY_LABELS } from '../../ui/labels';
import { usePageTitle } from '../../ui/use-page-title';
import { useCurrentSession } from '../auth/use-session';
import { CalendarFeedSection } from './calendar-feed-section';
import { ChangePasswordForm } from './change-password-form';
import { NotificationPreferencesForm } from './notification-preferences-form';

export function AccountPage() {
  usePageTitle('Account');
  const session = useCurrentSession();
  const { hash } = useLocation();
  useEffect(() => {
    // '/account#calendar-feed-heading' (from the calendar page) opens at that section.
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash]);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Account</Title>
        <Text c="dimmed" mt={4}>
          Signed in as {session.user.name} ({session.user.email}).
        </Text>
      </div>
      <section aria-labelledby="memberships-heading">
        <Title order={2} size="h3" id="memberships-heading" mb="sm">
          Organizations
        </Title>
        <Stack component="ul" gap="xs" p={0} m={0}>
          {session.memberships.map((m) => (
            <Paper
              component="li"
              key={m.organizationId}
              withBorder
              p="sm"
              radius="md"
              style={{ listStyle: 'none' }}
            >
              <Group gap="xs">
                <Text fw={600}>{m.organizationName}</Text>
                {m.organizationId === session.activeOrganizationId ? (
                  <Badge variant="filled" size="sm">
                    Active
                  </Badge>
                ) : null}
              </Group>
              <Text size="sm" c="dimmed">
                {KIND_LABELS[m.kind]} · {ROLE_LABELS[m.role]}
                {m.signatory ? ` · ${SIGNATORY_LABELS[m.signatory]}` : ''}
              </Text>
            </Paper>
          ))}
        </Stack>
      </section>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="password-heading">
        <Title order={2} size="h3" id="password-heading" mb="sm">
          Change password
        </Title>
        <ChangePasswordForm />
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="notifications-heading">
        <Title order={2} size="h3" id="notifications-heading" mb="sm">
          E-mail notifications
        </Title>
        <NotificationPreferencesForm />
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="calendar-feed-heading">
        <Title order={2} size="h3" id="calendar-feed-heading" mb="sm">
          Calendar feed
        </Title>
        <CalendarFeedSection />
      </Paper>
    </Stack>
  );
}
