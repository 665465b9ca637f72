import { Button, Code, Table, Text } from '@mantine/core';
import type { AuditEventView } from '@outfall/domain/contracts/index';
import { Fragment, useState } from 'react';
import { formatDateTime } from '../../ui/labels';
import { AuditEventDetails } from './audit-event-details';

interface AuditTableProps {
  events: readonly AuditEventView[];
  caption: string;
  /** Record histories already name their subject. */
  showSubject?: boolean;
}

/** Audit events, newest first; each row opens to show the change (before → after). */
export function AuditTable({ events, caption, showSubject = true }: AuditTableProps) {
  const [openSeq, setOpenSeq] = useState<number | null>(null);
  const columns = showSubject ? 6 : 5;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="audit-table">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">#</Table.Th>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Event</Table.Th>
            {showSubject ? <Table.Th scope="col">Subject</Table.Th> : null}
            <Table.Th scope="col">By</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">Details</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const isOpen = openSeq === event.seq;
            return (
              <Fragment key={event.seq}>
                <Table.Tr>
                  <Table.Td>{event.seq}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.occurredAt)}</Table.Td>
                  <Table.Td>
                    <Code>{event.eventType}</Code>
                  </Table.Td>
                  {showSubject ? (
                    <Table.Td>
                      <Text size="sm">{event.subjectType}</Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {event.subjectId}
                      </Text>
                    </Table.Td>
                  ) : null}
                  <Table.Td>{event.actorEmail ?? 'System'}</Table.Td>
                  <Table.Td>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      aria-expanded={isOpen}
                      aria-label={`${isOpen ? 'Hide' : 'Show'} details of event ${event.seq}`}
                      onClick={() => setOpenSeq(isOpen ? null : event.seq)}
                    >
                      {isOpen ? 'Hide' : 'Details'}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {isOpen ? (
                  <Table.Tr>
                    <Table.Td colSpan={columns}>
                      <AuditEventDetails event={event} />
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
