import { Badge, Table, Text } from '@mantine/core';
import type { ResultView } from '@outfall/domain/contracts/index';

const QUALITY_COLORS = { pass: 'green.9', warn: 'orange.9', fail: 'red.9' } as const;

interface ResultsTableProps {
  results: ResultView[];
  names: (code: string) => string;
}

/** Results as reported: value with its qualifier, detection limits, method, quality and QC status. */
export function ResultsTable({ results, names }: ResultsTableProps) {
  if (results.length === 0) return <Text c="dimmed">No results match.</Text>;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped>
        <Table.Caption>Results, newest sample first</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Sample date</Table.Th>
            <Table.Th scope="col">Parameter</Table.Th>
            <Table.Th scope="col">Outfall</Table.Th>
            <Table.Th scope="col">Value</Table.Th>
            <Table.Th scope="col">MDL / RL</Table.Th>
            <Table.Th scope="col">Method</Table.Th>
            <Table.Th scope="col">Analyzed</Table.Th>
            <Table.Th scope="col">Quality</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results.map((r) => {
            const warnings = r.quality.checks.filter((c) => c.status !== 'pass');
            return (
              <Table.Tr key={r.id} data-testid="result-row">
                <Table.Td>{r.sampleDate}</Table.Td>
                <Table.Th scope="row" fw={400}>
                  {names(r.parameterCode)}
                  <Text size="xs" c="dimmed">
                    {r.parameterCode}
                  </Text>
                </Table.Th>
                <Table.Td>{r.monitoringPoint}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600} span>
                    {r.nonDetect && r.qualifier === '<' && !r.value.startsWith('<') ? '<' : ''}
                    {r.value} {r.unit}
                  </Text>
                  {r.labQualifiers.length ? ` (${r.labQualifiers.join(', ')})` : ''}
                  {r.supersedesId ? (
                    <Text size="xs" c="dimmed">
                      Corrected: {r.correctionReason}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {r.mdl ?? '—'} / {r.rl ?? '—'}
                </Table.Td>
                <Table.Td>{r.method ?? '—'}</Table.Td>
                <Table.Td>{r.analyzedAt?.replace('T', ' ') ?? '—'}</Table.Td>
                <Table.Td>
                  {r.countsForCompliance ? null : (
                    <Badge color="gray.7" variant="filled" mr={4}>
                      QC sample
                    </Badge>
                  )}
                  <Badge color={QUALITY_COLORS[r.quality.status]} variant="light">
                    {r.quality.status === 'pass'
                      ? 'Checks pass'
                      : r.quality.status === 'warn'
                        ? 'Warning'
                        : 'Failed check'}
                  </Badge>
                  {warnings.map((c) => (
                    <Text key={`${c.check}-${c.field}`} size="xs" c="dimmed">
                      {c.message}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
