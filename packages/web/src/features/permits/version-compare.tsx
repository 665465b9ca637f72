import { Badge, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { PermitDiffEntry, PermitVersionSummary } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { formatDateTime } from '../../ui/labels';
import { QueryState } from '../../ui/query-state';
import { usePermitDiff } from './use-permits';

const CHANGE_COLORS = { added: 'green', removed: 'red', changed: 'blue' } as const;

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function DiffRows({ entry }: { entry: PermitDiffEntry }) {
  const fields = entry.fields.length > 0 ? entry.fields : [{ field: '', before: null, after: null }];
  return fields.map((f, i) => (
    <Table.Tr key={`${entry.itemId}-${f.field}`}>
      {i === 0 ? (
        <Table.Td rowSpan={fields.length}>
          <Badge variant="light" color={CHANGE_COLORS[entry.change]} c={`${CHANGE_COLORS[entry.change]}.9`}>
            {entry.change}
          </Badge>
          <Text size="sm" fw={600}>
            {entry.label}
          </Text>
          {entry.outfallCode ? (
            <Text size="xs" c="dimmed">
              Outfall {entry.outfallCode}
            </Text>
          ) : null}
        </Table.Td>
      ) : null}
      <Table.Td>{f.field || '—'}</Table.Td>
      <Table.Td>{show(f.before)}</Table.Td>
      <Table.Td>{show(f.after)}</Table.Td>
    </Table.Tr>
  ));
}

function VersionDiff({ permitId, from, to }: { permitId: string; from: number; to: number }) {
  const diff = usePermitDiff(permitId, from, to);
  return (
    <QueryState query={diff} label="the comparison">
      {(d) =>
        d.entries.length === 0 ? (
          <Text>
            No differences between version {from} and version {to}.
          </Text>
        ) : (
          <Stack gap="xs">
            <Text size="sm" data-testid="diff-counts">
              {d.counts.added} added · {d.counts.removed} removed · {d.counts.changed} changed
            </Text>
            <Table.ScrollContainer minWidth={640}>
              <Table withTableBorder withColumnBorders>
                <caption className="visually-hidden">
                  Differences between version {from} and version {to}
                </caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Item</Table.Th>
                    <Table.Th scope="col">Field</Table.Th>
                    <Table.Th scope="col">Version {from}</Table.Th>
                    <Table.Th scope="col">Version {to}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.entries.map((entry) => (
                    <DiffRows key={`${entry.section}-${entry.itemId}`} entry={entry} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )
      }
    </QueryState>
  );
}

/** Every version of the permit, and a side-by-side comparison of any two. */
export function VersionsPanel({
  permitId,
  versions,
}: {
  permitId: string;
  versions: PermitVersionSummary[];
}) {
  const sorted = [...versions].sort((a, b) => b.versionNo - a.versionNo);
  const [to, setTo] = useState<string | null>(sorted[0] ? String(sorted[0].versionNo) : null);
  const [from, setFrom] = useState<string | null>(sorted[1] ? String(sorted[1].versionNo) : null);
  const options = sorted.map((v) => ({ value: String(v.versionNo), label: `Version ${v.versionNo}` }));
  return (
    <Stack gap="lg">
      <Table.ScrollContainer minWidth={560}>
        <Table striped withTableBorder>
          <caption className="visually-hidden">Permit versions</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Version</Table.Th>
              <Table.Th scope="col">Reason</Table.Th>
              <Table.Th scope="col">Effective</Table.Th>
              <Table.Th scope="col">Created</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((v) => (
              <Table.Tr key={v.versionNo}>
                <Table.Td>{v.versionNo}</Table.Td>
                <Table.Td>
                  {v.reason}
                  {v.summary ? (
                    <Text size="xs" c="dimmed">
                      {v.summary}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{v.effectiveDate ?? '—'}</Table.Td>
                <Table.Td>
                  {formatDateTime(v.createdAt)}
                  {v.createdByName ? ` · ${v.createdByName}` : ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {sorted.length > 1 ? (
        <section aria-labelledby="compare-heading">
          <Title order={3} size="h4" id="compare-heading" mb="xs">
            Compare versions
          </Title>
          <Group gap="sm" mb="sm" align="flex-end">
            <Select
              label="From"
              data={options}
              value={from}
              onChange={setFrom}
              allowDeselect={false}
              w={160}
            />
            <Select label="To" data={options} value={to} onChange={setTo} allowDeselect={false} w={160} />
          </Group>
          {from && to && from !== to ? (
            <VersionDiff permitId={permitId} from={Number(from)} to={Number(to)} />
          ) : (
            <Text c="dimmed">Choose two different versions.</Text>
          )}
        </section>
      ) : (
        <Text c="dimmed">Only one version so far; a modification adds the next.</Text>
      )}
    </Stack>
  );
}
