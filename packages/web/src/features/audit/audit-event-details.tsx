import { Code, Text } from '@mantine/core';
import type { AuditEventView } from '@outfall/domain/contracts/index';

function changeText(value: unknown): string {
  return value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);
}

/** What an event changed (before → after) and where it came from. */
export function AuditEventDetails({ event }: { event: AuditEventView }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        Before
      </Text>
      <Code block>{changeText(event.before)}</Code>
      <Text size="sm" fw={600} mt="xs">
        After
      </Text>
      <Code block>{changeText(event.after)}</Code>
      <Text size="xs" c="dimmed" mt="xs" style={{ overflowWrap: 'anywhere' }}>
        IP {event.ip ?? '—'} · {event.userAgent ?? 'unknown client'} · hash{' '}
        <span style={{ fontFamily: 'monospace' }}>{event.hash}</span>
      </Text>
    </div>
  );
}
