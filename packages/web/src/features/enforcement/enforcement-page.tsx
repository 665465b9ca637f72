import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { EnforcementActionType, ErpGuideRowInput, ErpGuideView } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { ACTION_TYPE_LABEL, ACTION_TYPES, money, STATUS_LABEL } from './enforcement-labels';
import { useActions, useGuide, useSaveGuide } from './use-enforcement';

const EDITORS = new Set(['admin', 'director', 'coordinator']);

/** Enforcement: the actions (overdue responses first) and the Enforcement Response Guide. */
export function EnforcementPage() {
  usePageTitle('Enforcement');
  const [search, setSearch] = useSearchParams();
  const tab = search.get('tab') ?? 'actions';
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Enforcement</Title>
        <Text c="dimmed" mt={4}>
          Actions under the Enforcement Response Plan, with overdue responses first, and the response guide
          they follow.
        </Text>
      </div>
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = new URLSearchParams(search);
          if (value && value !== 'actions') next.set('tab', value);
          else next.delete('tab');
          setSearch(next, { replace: true });
        }}
      >
        <Tabs.List>
          <Tabs.Tab value="actions">Actions</Tabs.Tab>
          <Tabs.Tab value="guide">Response guide</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="actions" pt="md">
          <ActionsTab />
        </Tabs.Panel>
        <Tabs.Panel value="guide" pt="md">
          {tab === 'guide' ? <GuideTab /> : null}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function ActionsTab() {
  const [status, setStatus] = useState<string | null>(null);
  const [type, setType] = useState<string | null>(null);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const actions = useActions({
    ...(status ? { status } : {}),
    ...(type ? { type } : {}),
    ...(overdueOnly ? { overdue: 'true' as const } : {}),
  });
  return (
    <Stack>
      <Group align="flex-end">
        <Select
          label="Status"
          placeholder="Any status"
          data={Object.entries(STATUS_LABEL).map(([value, label]) => ({ value, label }))}
          value={status}
          onChange={setStatus}
          clearable
          w={{ base: '100%', xs: 180 }}
        />
        <Select
          label="Type"
          placeholder="Any type"
          data={ACTION_TYPES}
          value={type}
          onChange={setType}
          clearable
          w={{ base: '100%', xs: 240 }}
        />
        <Switch
          label="Overdue responses only"
          checked={overdueOnly}
          onChange={(e) => setOverdueOnly(e.currentTarget.checked)}
        />
      </Group>
      <QueryState query={actions} label="enforcement actions">
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">No enforcement actions match.</Text>
          ) : (
            <Table.ScrollContainer minWidth={860}>
              <Table striped highlightOnHover>
                <Table.Caption>Enforcement actions, overdue responses first</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Action</Table.Th>
                    <Table.Th scope="col">Facility</Table.Th>
                    <Table.Th scope="col">Issued</Table.Th>
                    <Table.Th scope="col">Response due</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                    <Table.Th scope="col">Official</Table.Th>
                    <Table.Th scope="col">Penalty</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((a) => (
                    <Table.Tr key={a.id} data-testid="enforcement-action-row">
                      <Table.Th scope="row" fw={400}>
                        <Anchor component={Link} to={`/enforcement/${a.id}`} fw={600}>
                          {ACTION_TYPE_LABEL[a.type]}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          level {a.level}
                          {a.formal ? ' · formal' : ''} · {a.violations.length} violation
                          {a.violations.length === 1 ? '' : 's'}
                        </Text>
                      </Table.Th>
                      <Table.Td>{a.facilityName}</Table.Td>
                      <Table.Td>{a.issuedOn}</Table.Td>
                      <Table.Td>
                        {a.responseDue ?? '—'}{' '}
                        {a.overdue ? (
                          <Badge color="red" size="sm">
                            Overdue
                          </Badge>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{STATUS_LABEL[a.status]}</Table.Td>
                      <Table.Td>{a.officialTitle}</Table.Td>
                      <Table.Td>
                        {a.penaltyAssessed
                          ? `${money(a.penaltyAssessed)} (collected ${money(a.penaltyCollected ?? '0')})`
                          : '—'}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </Stack>
  );
}

function GuideTab() {
  const guide = useGuide();
  return (
    <QueryState query={guide} label="the response guide">
      {(g) => <GuideEditor key={g.updatedAt ?? 'model'} guide={g} />}
    </QueryState>
  );
}

const toInput = ({ id: _id, position: _p, ...r }: ErpGuideView['rows'][number]): ErpGuideRowInput => r;

function GuideEditor({ guide }: { guide: ErpGuideView }) {
  const membership = useActiveMembership();
  const canEdit = membership?.kind === 'authority' && EDITORS.has(membership.role);
  const save = useSaveGuide();
  const [rows, setRows] = useState<ErpGuideRowInput[]>(guide.rows.map(toInput));
  const [dirty, setDirty] = useState(false);
  const change = (i: number, patch: Partial<ErpGuideRowInput>) => {
    setRows((old) => old.map((r, j) => (j === i ? { ...r, ...patch } : r)));
    setDirty(true);
  };
  const remove = (i: number) => {
    setRows((old) => old.filter((_, j) => j !== i));
    setDirty(true);
  };
  const add = () => {
    setRows((old) => [
      ...old,
      {
        noncompliance: 'other_permit',
        noncomplianceLabel: 'Other permit violations',
        circumstance: `local_${old.length + 1}`,
        circumstanceLabel: 'New circumstance',
        responses: ['notice_of_violation'],
        officialTitle: 'Pretreatment Coordinator',
        timeFrameDays: 15,
      },
    ]);
    setDirty(true);
  };
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        For each kind of noncompliance and circumstance: the range of responses, the official by title and the
        time frame in days from detection (0 = immediately). Recommendations follow the more severe row where
        two apply, and formal action only for SNC.
      </Text>
      <Table.ScrollContainer minWidth={1100}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Noncompliance</Table.Th>
              <Table.Th>Circumstance</Table.Th>
              <Table.Th>Responses</Table.Th>
              <Table.Th>Official</Table.Th>
              <Table.Th>Days</Table.Th>
              {canEdit ? <Table.Th /> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={`${r.noncompliance}/${r.circumstance}`} data-testid="guide-row">
                <Table.Td>
                  <TextInput
                    aria-label={`Noncompliance of row ${i + 1}`}
                    value={r.noncomplianceLabel}
                    onChange={(e) => change(i, { noncomplianceLabel: e.currentTarget.value })}
                    readOnly={!canEdit}
                    size="xs"
                  />
                  <Text size="xs" c="dimmed">
                    {r.noncompliance}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Circumstance of row ${i + 1}`}
                    value={r.circumstanceLabel}
                    onChange={(e) => change(i, { circumstanceLabel: e.currentTarget.value })}
                    readOnly={!canEdit}
                    size="xs"
                  />
                  <Text size="xs" c="dimmed">
                    {r.circumstance}
                  </Text>
                </Table.Td>
                <Table.Td miw={260}>
                  <MultiSelect
                    aria-label={`Responses of row ${i + 1}`}
                    data={ACTION_TYPES}
                    value={r.responses}
                    onChange={(v) => change(i, { responses: v as EnforcementActionType[] })}
                    readOnly={!canEdit}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Official of row ${i + 1}`}
                    value={r.officialTitle}
                    onChange={(e) => change(i, { officialTitle: e.currentTarget.value })}
                    readOnly={!canEdit}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td w={90}>
                  <NumberInput
                    aria-label={`Time frame of row ${i + 1}`}
                    value={r.timeFrameDays}
                    onChange={(v) => change(i, { timeFrameDays: typeof v === 'number' ? v : Number(v) || 0 })}
                    min={0}
                    max={365}
                    readOnly={!canEdit}
                    size="xs"
                  />
                </Table.Td>
                {canEdit ? (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove row ${i + 1}`}
                      onClick={() => remove(i)}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ErrorAlert error={save.error} title="The guide was not saved" />
      {canEdit ? (
        <Group>
          <Button variant="default" onClick={add}>
            Add row
          </Button>
          <Button
            disabled={!dirty}
            loading={save.isPending}
            onClick={() => save.mutate({ rows }, { onSuccess: () => setDirty(false) })}
          >
            Save response guide
          </Button>
          {save.isSuccess && !dirty ? <Text size="sm">Saved.</Text> : null}
        </Group>
      ) : null}
    </Stack>
  );
}
