import { Alert, Button, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import type { DocumentView } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/labels';
import { documentKindLabel } from './document-labels';
import { useDeleteDocument, usePlaceHold, useReleaseHold } from './use-documents';

function ruleText(view: DocumentView): string {
  const { rule } = view.retention;
  const years = `${rule.years} year${rule.years === 1 ? '' : 's'}`;
  const basis = rule.basis === 'expiry' ? 'after what it documents expires' : 'after the document date';
  return `${documentKindLabel(rule.kind)}: kept ${years} ${basis}.`;
}

function PlaceHold({ view }: { view: DocumentView }) {
  const place = usePlaceHold(view.id);
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Group>
        <Button variant="default" onClick={() => setOpen(true)}>
          Place a hold
        </Button>
      </Group>
    );
  }
  const valid = reason.trim().length >= 3;
  return (
    <Stack gap="xs">
      <Textarea
        label="Reason for the hold"
        description="Litigation, an enforcement matter or a records request: the document cannot be deleted while held"
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        maxLength={2000}
        autosize
        minRows={2}
        required
      />
      <ErrorAlert error={place.error} title="The hold was not placed" />
      <Group gap="sm">
        <Button
          onClick={() =>
            place.mutate(
              { reason: reason.trim() },
              {
                onSuccess: () => {
                  setReason('');
                  setOpen(false);
                },
              },
            )
          }
          disabled={!valid}
          loading={place.isPending}
        >
          Place hold
        </Button>
        <Button variant="default" onClick={() => setOpen(false)} disabled={place.isPending}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}

/** Retention (§3.6): how long the document is kept, its holds, and deletion once allowed. */
export function RetentionPanel({ view }: { view: DocumentView }) {
  const navigate = useNavigate();
  const release = useReleaseHold(view.id);
  const remove = useDeleteDocument(view.id);
  const [confirming, setConfirming] = useState(false);
  const { retention } = view;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="retention-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="retention-title">
          Retention
        </Title>
        <Text size="sm">{ruleText(view)}</Text>
        <Text size="sm" data-testid="keep-until">
          <strong>Keep until:</strong>{' '}
          {retention.keepUntil ?? 'not known yet (the date it is counted from is missing)'}
        </Text>
        <Title order={3} size="h5">
          Holds
        </Title>
        {retention.holds.length === 0 ? (
          <Text size="sm" c="dimmed">
            No hold.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Caption>Open holds: the document is kept while any is open</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Reason</Table.Th>
                  <Table.Th scope="col">Placed</Table.Th>
                  {view.can.hold ? (
                    <Table.Th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {retention.holds.map((hold) => (
                  <Table.Tr key={hold.id} data-testid="hold-row">
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{hold.reason}</Table.Td>
                    <Table.Td>
                      {formatDateTime(hold.placedAt)}
                      <Text size="xs" c="dimmed">
                        {hold.placedByName ?? '—'}
                      </Text>
                    </Table.Td>
                    {view.can.hold ? (
                      <Table.Td>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          onClick={() => release.mutate(hold.id)}
                          loading={release.isPending && release.variables === hold.id}
                          aria-label={`Release the hold: ${hold.reason}`}
                        >
                          Release
                        </Button>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <ErrorAlert error={release.error} title="The hold was not released" />
        {view.can.hold ? <PlaceHold view={view} /> : null}
        {retention.blockedReason ? (
          <Text size="sm" id="delete-blocked" data-testid="delete-blocked">
            <strong>Not deletable:</strong> {retention.blockedReason}
          </Text>
        ) : null}
        {/* Managers (document.manage: holds and deletion) see the button, disabled until allowed. */}
        {view.can.delete || view.can.hold ? (
          <Stack gap="xs">
            {confirming ? (
              <Alert color="red" variant="outline" title="Delete this document?">
                <Stack gap="xs">
                  <Text size="sm">
                    Every version's file is deleted; the audit trail keeps the record that it existed.
                  </Text>
                  <Group gap="sm">
                    <Button
                      color="red.9"
                      onClick={() => remove.mutate(undefined, { onSuccess: () => navigate('/documents') })}
                      loading={remove.isPending}
                    >
                      Delete permanently
                    </Button>
                    <Button
                      variant="default"
                      onClick={() => setConfirming(false)}
                      disabled={remove.isPending}
                    >
                      Cancel
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            ) : (
              <Group>
                <Button
                  color="red.9"
                  variant="outline"
                  disabled={!retention.deletable || !view.can.delete}
                  aria-describedby={retention.blockedReason ? 'delete-blocked' : undefined}
                  onClick={() => setConfirming(true)}
                >
                  Delete
                </Button>
              </Group>
            )}
            <ErrorAlert error={remove.error} title="The document was not deleted" />
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
