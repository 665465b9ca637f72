import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type {
  ClassificationHistoryEntry,
  ClassificationResultView,
  FacilityClassificationView,
} from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { formatDateTime } from '../../ui/labels';
import { QueryState } from '../../ui/query-state';
import { DesignationForm } from './designation-form';
import { CLASS_LABELS } from './facility-labels';
import { useFacilityClassification } from './use-facilities';

const OUTCOME = {
  met: { label: 'Met', color: 'green' },
  'not-met': { label: 'Not met', color: 'gray' },
  'not-evaluated': { label: 'Not evaluated', color: 'orange' },
} as const;

function ChecksTable({ result }: { result: ClassificationResultView }) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder striped data-testid="classification-checks">
        <caption className="visually-hidden">Checks the engine ran</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Check</Table.Th>
            <Table.Th scope="col">Rule</Table.Th>
            <Table.Th scope="col">Outcome</Table.Th>
            <Table.Th scope="col">Values compared</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.checks.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{c.description}</Table.Td>
              <Table.Td>{c.citation}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={700} c={`${OUTCOME[c.outcome].color}.9`} style={{ whiteSpace: 'nowrap' }}>
                  {OUTCOME[c.outcome].label}
                </Text>
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {Object.entries(c.values).length === 0
                  ? '—'
                  : Object.entries(c.values).map(([k, v]) => (
                      <Text key={k} size="xs">
                        {k} = {v}
                      </Text>
                    ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function CurrentClass({ view }: { view: FacilityClassificationView }) {
  const { effective, computed, designation } = view;
  return (
    <Stack gap="sm">
      <Group gap="sm" align="center">
        <Title order={3} size="h4" data-testid="current-class">
          {CLASS_LABELS[effective.iuClass]}
        </Title>
        {effective.middleTier ? <Badge variant="light">Middle tier</Badge> : null}
      </Group>
      <Text data-testid="classification-rule">
        Decided by <strong>{effective.decidedBy.citation}</strong>: {effective.decidedBy.rule}
      </Text>
      {designation ? (
        <Alert color="blue" variant="outline" title="Designated by the authority">
          {designation.kind === 'significant' ? 'Designated significant' : 'Found non-significant'} on{' '}
          {formatDateTime(designation.designatedAt)}
          {designation.designatedByName ? ` by ${designation.designatedByName}` : ''}: {designation.reason}.
          The engine alone would class it as {CLASS_LABELS[computed.iuClass]}.
        </Alert>
      ) : null}
      {effective.siuCriteria.length > 0 ? (
        <Text size="sm">SIU criteria that apply: {effective.siuCriteria.join('; ')}</Text>
      ) : null}
      {effective.unevaluated.length > 0 ? (
        <Text size="sm" c="orange.9">
          Not evaluated for lack of data: {effective.unevaluated.join('; ')}
        </Text>
      ) : null}
      <ChecksTable result={computed} />
      <Text size="xs" c="dimmed">
        Classified {formatDateTime(view.classifiedAt)} · NSCIU provision{' '}
        {view.inputs.settings.nsciuAdopted ? 'adopted' : 'not adopted'} · middle tier{' '}
        {view.inputs.settings.middleTierAdopted ? 'adopted' : 'not adopted'}
      </Text>
    </Stack>
  );
}

function HistoryTable({ history }: { history: ClassificationHistoryEntry[] }) {
  if (history.length === 0) return <Text c="dimmed">No classification changes yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder>
        <caption className="visually-hidden">Classification history, newest first</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Class</Table.Th>
            <Table.Th scope="col">Why</Table.Th>
            <Table.Th scope="col">By</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td>{formatDateTime(h.at)}</Table.Td>
              <Table.Td>{CLASS_LABELS[h.effectiveClass]}</Table.Td>
              <Table.Td>
                {h.decidedBy.citation}: {h.decidedBy.rule}
                {h.reason ? <Text size="xs">Reason: {h.reason}</Text> : null}
              </Table.Td>
              <Table.Td>{h.actorName ?? 'System'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The class in force, the rule that decided it and every check, its history, and designation. */
export function ClassificationTab({
  facilityId,
  canDesignate,
}: {
  facilityId: string;
  canDesignate: boolean;
}) {
  const classification = useFacilityClassification(facilityId);
  const [isDesignating, setDesignating] = useState(false);
  return (
    <QueryState query={classification} label="the classification">
      {(page) => (
        <Stack gap="lg">
          <Paper withBorder p="md" radius="md">
            {page.current ? (
              <CurrentClass view={page.current} />
            ) : (
              <Text c="dimmed">
                Not classified yet: the classification is computed once the profile is saved.
              </Text>
            )}
          </Paper>
          {canDesignate && page.current ? (
            isDesignating ? (
              <Paper withBorder p="md" radius="md">
                <DesignationForm
                  facilityId={facilityId}
                  hasDesignation={page.current.designation !== null}
                  onDone={() => setDesignating(false)}
                />
              </Paper>
            ) : (
              <Group>
                <Button variant="default" onClick={() => setDesignating(true)}>
                  Designate or de-designate
                </Button>
              </Group>
            )
          ) : null}
          <section aria-labelledby="classification-history-heading">
            <Title order={3} size="h4" id="classification-history-heading" mb="xs">
              Classification history
            </Title>
            <HistoryTable history={page.history} />
          </section>
        </Stack>
      )}
    </QueryState>
  );
}
