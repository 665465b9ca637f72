import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/labels';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { useMarkRead, useNotifications } from './use-notifications';

/**
 * The server links to '/facilities/:id/monitoring/violations/:violationId'; the app's violations page
 * is '/monitoring/violations' (filtered by facility for authority staff).
 */
function appLink(link: string, isAuthority: boolean): string {
  const match = /^\/facilities\/([^/]+)\/monitoring\/(violations|results)/.exec(link);
  if (!match) return link;
  return `/monitoring/${match[2]}${isAuthority ? `?facility=${match[1]}` : ''}`;
}

/** In-app notifications (exceedances, violations, missed samples), marked read one by one or all at once. */
export function NotificationsPage() {
  usePageTitle('Notifications');
  const notifications = useNotifications();
  const isAuthority = useActiveMembership()?.kind === 'authority';
  const markRead = useMarkRead();
  // '?kind=warning' (the dashboard's low-headroom count) shows one kind only.
  const [search] = useSearchParams();
  const kind = search.get('kind');
  const unread = (notifications.data ?? []).filter((n) => !n.readAt && (!kind || n.kind === kind));
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>Notifications</Title>
        <Button
          variant="default"
          disabled={unread.length === 0}
          loading={markRead.isPending}
          onClick={() => markRead.mutate(unread.map((n) => n.id))}
        >
          Mark all read
        </Button>
      </Group>
      <ErrorAlert error={markRead.error} title="Could not mark read" />
      {kind ? (
        <Text size="sm" c="dimmed">
          Showing {kind === 'warning' ? 'warnings' : `“${kind.replaceAll('_', ' ')}” notifications`} only.{' '}
          <Anchor component={Link} to="/notifications">
            Show all notifications
          </Anchor>
        </Text>
      ) : null}
      <QueryState query={notifications} label="notifications">
        {(all) => {
          const list = kind ? all.filter((n) => n.kind === kind) : all;
          return list.length === 0 ? (
            <Text c="dimmed">{kind ? 'No notifications of this kind.' : 'No notifications yet.'}</Text>
          ) : (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {list.map((n) => (
                <Paper key={n.id} component="li" withBorder p="sm" radius="md" data-testid="notification">
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <div>
                      <Group gap="xs" mb={4}>
                        {n.readAt ? null : (
                          <Badge color="red.9" variant="filled" size="sm">
                            Unread
                          </Badge>
                        )}
                        <Text size="xs" c="dimmed">
                          {formatDateTime(n.createdAt)}
                        </Text>
                      </Group>
                      <Text size="sm" fw={n.readAt ? 400 : 600}>
                        {n.link ? (
                          <Anchor
                            component={Link}
                            to={appLink(n.link, isAuthority)}
                            onClick={() => !n.readAt && markRead.mutate([n.id])}
                          >
                            {n.text}
                          </Anchor>
                        ) : (
                          n.text
                        )}
                      </Text>
                    </div>
                    {n.readAt ? null : (
                      <Button size="xs" variant="subtle" onClick={() => markRead.mutate([n.id])}>
                        Mark read
                      </Button>
                    )}
                  </Group>
                </Paper>
              ))}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
