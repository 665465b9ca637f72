import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { LabTokenView } from '@outfall/domain/contracts/index';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/labels';
import { QueryState } from '../../ui/query-state';
import {
  type LabTokenCreated,
  monitoringPaths,
  useCreateLabToken,
  useLabTokens,
  useRevokeLabToken,
} from './use-monitoring';

/** A small long-format file, as the lab API reads it (the same reader as the import page). */
const EXAMPLE_CSV =
  'sample_id,location,sample_date,sample_time,sample_type,parameter,result,unit\n' +
  'LAB-0612-1,001,2026-06-12,08:00,grab,Copper,412,ug/L\n';

function exampleBody(facilityId: string): string {
  return JSON.stringify(
    { facilityId, fileName: 'results-2026-06-12.csv', encoding: 'text', content: EXAMPLE_CSV },
    null,
    2,
  );
}

function CopyField({ label, value }: { label: string; value: string }) {
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput
        label={label}
        value={value}
        readOnly
        onFocus={(e) => e.currentTarget.select()}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        style={{ flex: 1 }}
      />
      <CopyButton value={value}>
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
  );
}

/** The token just issued, with how a lab uses it; it is never shown again. */
function IssuedToken({
  issued,
  facilityId,
  onDone,
}: {
  issued: LabTokenCreated;
  facilityId: string;
  onDone: () => void;
}) {
  return (
    <Alert
      color="green.9"
      variant="outline"
      title={`Token “${issued.name}” created: copy it now, it is not shown again`}
      data-testid="issued-lab-token"
    >
      <Stack gap="sm">
        <CopyField label="Lab token" value={issued.token} />
        <Text size="sm">
          The lab or LIMS sends each file as <Code>POST {monitoringPaths.labApi}</Code> with the header{' '}
          <Code>Authorization: Bearer &lt;token&gt;</Code> and a JSON body: this facility’s id, the file’s
          name, its <Code>content</Code> (CSV text, or an XLSX workbook as base64 with{' '}
          <Code>"encoding": "base64"</Code>) and optionally <Code>labName</Code> to use the column mapping
          saved for that lab here. Files are all-or-nothing, as on this page: a file with problems answers 400
          naming each bad row; a revoked token answers 401.
        </Text>
        <CopyField label="Facility id" value={facilityId} />
        <div>
          <Text size="sm" fw={500} mb={4}>
            Example
          </Text>
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {`POST ${window.location.origin}${monitoringPaths.labApi}\nAuthorization: Bearer <token>\nContent-Type: application/json\n\n${exampleBody(facilityId)}`}
          </Code>
          <Text size="xs" c="dimmed" mt={4}>
            The answer says how many results were added (<Code>added</Code>) and how many were already stored
            (<Code>repeated</Code>); sending the same file again adds nothing.
          </Text>
        </div>
        <Group>
          <Button variant="default" onClick={onDone}>
            Done, I have copied it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function TokenTable({ tokens, onRevoke }: { tokens: LabTokenView[]; onRevoke: (t: LabTokenView) => void }) {
  if (tokens.length === 0) return <Text c="dimmed">No lab tokens yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Caption>Lab tokens, newest first</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Created</Table.Th>
            <Table.Th scope="col">State</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((t) => (
            <Table.Tr key={t.id} data-testid="lab-token-row">
              <Table.Th scope="row" fw={600}>
                {t.name}
              </Table.Th>
              <Table.Td>
                {formatDateTime(t.createdAt)}
                {t.createdByName ? ` by ${t.createdByName}` : ''}
              </Table.Td>
              <Table.Td>
                {t.revokedAt ? (
                  <Text size="sm" c="dimmed">
                    <Badge color="gray" variant="light" mr="xs">
                      Revoked
                    </Badge>
                    {formatDateTime(t.revokedAt)}
                  </Text>
                ) : (
                  <Badge color="green.9" variant="filled">
                    Active
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {t.revokedAt ? null : (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => onRevoke(t)}
                    aria-label={`Revoke ${t.name}`}
                  >
                    Revoke
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface LabTokensPanelProps {
  facilityId: string;
}

/** Tokens a lab or LIMS uses to post results for this facility without a session: issue, list, revoke. */
export function LabTokensPanel({ facilityId }: LabTokensPanelProps) {
  const tokens = useLabTokens(facilityId);
  const create = useCreateLabToken();
  const revoke = useRevokeLabToken();
  const [name, setName] = useState('');
  const [issued, setIssued] = useState<LabTokenCreated | null>(null);
  const [revoking, setRevoking] = useState<LabTokenView | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    setIssued(null);
    create.mutate(
      { facilityId, name: name.trim() },
      {
        onSuccess: (created) => {
          setIssued(created);
          setName('');
        },
      },
    );
  };
  const closeRevoke = () => {
    setRevoking(null);
    revoke.reset();
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="lab-access-heading">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id="lab-access-heading">
            Lab and LIMS access
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            A lab or LIMS can post its results for this facility directly with a token, checked exactly as a
            file imported here. Give each lab its own token; revoke it when the lab no longer reports for you.
          </Text>
        </div>
        <form onSubmit={submit}>
          <Group align="flex-end" gap="md">
            <TextInput
              label="Token name"
              description="Who will use it, e.g. the lab and its system"
              placeholder="Great Lakes Analytical LIMS"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              maxLength={200}
              w={{ base: '100%', sm: 340 }}
            />
            <Button type="submit" disabled={!name.trim()} loading={create.isPending}>
              Create token
            </Button>
          </Group>
        </form>
        <ErrorAlert error={create.error} title="The token was not created" />
        {issued ? (
          <IssuedToken issued={issued} facilityId={facilityId} onDone={() => setIssued(null)} />
        ) : null}
        <QueryState query={tokens} label="the lab tokens">
          {(list) => <TokenTable tokens={list} onRevoke={setRevoking} />}
        </QueryState>
      </Stack>
      <Modal opened={revoking !== null} onClose={closeRevoke} title="Revoke this lab token?">
        <Stack gap="md">
          <Text size="sm">
            “{revoking?.name}” stops working at once: the lab’s next post is refused (401). Results it has
            already sent stay. This cannot be undone; issue a new token if the lab needs access again.
          </Text>
          <ErrorAlert error={revoke.error} title="The token was not revoked" />
          <Group justify="flex-end">
            <Button variant="default" onClick={closeRevoke}>
              Cancel
            </Button>
            <Button
              color="red.9"
              loading={revoke.isPending}
              onClick={() => revoking && revoke.mutate(revoking.id, { onSuccess: closeRevoke })}
            >
              Revoke token
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
