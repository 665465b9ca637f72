import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/labels';
import { QueryState } from '../../ui/query-state';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from './use-account-settings';

/** The address just created: shown once, with a copy button and what it gives away. */
function NewAddress({ url }: { url: string }) {
  return (
    <Alert color="blue" variant="outline" title="Your private calendar address" role="status">
      <Stack gap="xs">
        <Text size="sm">
          Add this address to your calendar application as a subscription (“From URL”). It is shown only now:
          copy it before leaving this page.
        </Text>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label="Calendar address"
            value={url}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            style={{ flex: 1, minWidth: 0 }}
            data-testid="calendar-feed-url"
          />
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'filled' : 'default'}
                color={copied ? 'green.9' : undefined}
                onClick={copy}
              >
                {copied ? 'Copied' : 'Copy'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm" fw={600}>
          Anyone with this address can read your calendar — your deadlines and the facilities they concern.
          Keep it private; if it leaks, create a new address or turn the feed off.
        </Text>
      </Stack>
    </Alert>
  );
}

/** The private iCalendar feed of the user's deadlines: create, rotate, turn off. */
export function CalendarFeedSection() {
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const onCreate = () =>
    create.mutate(undefined, {
      onSuccess: (created) => setUrl(created.url),
    });
  const onRevoke = () => revoke.mutate(undefined, { onSuccess: () => setUrl(null) });
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Subscribe to your open deadlines in Outlook, Google Calendar or Apple Calendar. The calendar updates
        itself as deadlines are met or added.
      </Text>
      <ErrorAlert error={create.error} title="Could not create the calendar address" />
      <ErrorAlert error={revoke.error} title="Could not turn the calendar feed off" />
      <QueryState query={feed} label="the calendar feed">
        {(status) => (
          <Stack gap="sm">
            <Text size="sm" fw={600} aria-live="polite" data-testid="calendar-feed-status">
              {status.active
                ? `A private calendar address is active${status.createdAt ? ` (created ${formatDateTime(status.createdAt)})` : ''}.`
                : 'No calendar address is active.'}
            </Text>
            {url && status.active ? <NewAddress url={url} /> : null}
            <Group gap="sm">
              {status.active ? (
                <>
                  <Button variant="default" onClick={onCreate} loading={create.isPending}>
                    Create a new address
                  </Button>
                  <Button color="red.9" variant="outline" onClick={onRevoke} loading={revoke.isPending}>
                    Turn off
                  </Button>
                </>
              ) : (
                <Button onClick={onCreate} loading={create.isPending}>
                  Create private calendar address
                </Button>
              )}
            </Group>
            {status.active ? (
              <Text size="xs" c="dimmed">
                A new address replaces the current one: calendars subscribed to the old address stop updating.
                Turning the feed off ends the address.
              </Text>
            ) : null}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
