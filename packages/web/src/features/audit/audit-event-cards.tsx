import { Button, Code, Group, Paper, Stack, Text } from '@mantine/core';
import type { AuditEventView } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { formatDateTime } from '../../ui/labels';
import { AuditEventDetails } from './audit-event-details';

interface AuditEventCardsProps {
  events: readonly AuditEventView[];
  caption: string;
  showSubject?: boolean;
}

/** The phone-width form of the audit table: one card per event. */
export function AuditEventCards({ events, caption, showSubject = true }: AuditEventCardsProps) {
  const [openSeq, setOpenSeq] = useState<number | null>(null);
  return (
    <Stack gap="xs" component="ol" aria-label={caption} p={0} m={0} data-testid="audit-cards">
      {events.map((event) => {
        const isOpen = openSeq === event.seq;
        return (
          <Paper key={event.seq} component="li" withBorder p="sm" radius="md" style={{ listStyle: 'none' }}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Code>{event.eventType}</Code>
                <Text size="sm" mt={4}>
                  #{event.seq} · {formatDateTime(event.occurredAt)}
                </Text>
                <Text size="sm">By {event.actorEmail ?? 'System'}</Text>
                {showSubject ? (
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {event.subjectType} {event.subjectId}
                  </Text>
                ) : null}
              </div>
              <Button
                variant="subtle"
                size="compact-sm"
                aria-expanded={isOpen}
                aria-label={`${isOpen ? 'Hide' : 'Show'} details of event ${event.seq}`}
                onClick={() => setOpenSeq(isOpen ? null : event.seq)}
              >
                {isOpen ? 'Hide' : 'Details'}
              </Button>
            </Group>
            {isOpen ? (
              <Stack mt="xs">
                <AuditEventDetails event={event} />
              </Stack>
            ) : null}
          </Paper>
        );
      })}
    </Stack>
  );
}
