import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { ErrorAlert } from '../../ui/error-alert';
import { AuditEventCards } from './audit-event-cards';
import { AuditTable } from './audit-table';
import { type AuditFilters, useAuditEvents } from './use-audit';

interface AuditEventListProps {
  filters: AuditFilters;
  caption: string;
  showSubject?: boolean;
  emptyText?: string;
}

/** A paged table of audit events for a filter, with "Load more" down the hash chain. */
export function AuditEventList({ filters, caption, showSubject, emptyText }: AuditEventListProps) {
  const query = useAuditEvents(filters);
  const isPhone = useMediaQuery('(max-width: 36em)');
  if (query.isPending) {
    return (
      <Center py="lg">
        <Loader aria-label="Loading audit events" />
      </Center>
    );
  }
  // A failed "Load more" keeps the pages already shown, so only an empty result is an error page.
  if (!query.data) return <ErrorAlert error={query.error} title="Could not load the audit trail" />;

  const events = query.data.pages.flatMap((page) => page.events);
  if (events.length === 0) {
    return <Text c="dimmed">{emptyText ?? 'No audit events match these filters.'}</Text>;
  }
  return (
    <Stack gap="sm">
      {isPhone ? (
        <AuditEventCards events={events} caption={caption} showSubject={showSubject} />
      ) : (
        <AuditTable events={events} caption={caption} showSubject={showSubject} />
      )}
      <Text size="sm" c="dimmed" aria-live="polite">
        Showing {events.length} event{events.length === 1 ? '' : 's'}
        {query.hasNextPage ? '' : ' (all)'}
      </Text>
      {query.isFetchNextPageError ? (
        <ErrorAlert error={query.error} title="Could not load more events" />
      ) : null}
      {query.hasNextPage ? (
        <Button
          variant="default"
          onClick={() => query.fetchNextPage()}
          loading={query.isFetchingNextPage}
          style={{ alignSelf: 'flex-start' }}
        >
          Load more
        </Button>
      ) : null}
    </Stack>
  );
}
