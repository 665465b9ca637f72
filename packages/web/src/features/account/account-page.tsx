import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { KIND_LABELS, ROLE_LABELS, SIGNATORY_LABELS } from '../../ui/labels';
import { usePageTitle } from '../../ui/use-page-title';
import { useCurrentSession } from '../auth/use-session';
import { ChangePasswordForm } from './change-password-form';

export function AccountPage() {
  usePageTitle('Account');
  const session = useCurrentSession();
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
    </Stack>
  );
}
