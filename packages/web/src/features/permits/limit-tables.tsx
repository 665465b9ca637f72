import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { PermitContent, PermitLimit, PermitLimitSet } from '@outfall/domain/contracts/index';
import { DerivationButton } from './derivation-view';
import { BASIS_LABELS, formatSeason } from './permit-labels';

function limitValue(limit: PermitLimit): string {
  if (limit.value === null) return `Monitor only (${limit.unitText})`;
  return `${limit.direction === 'min' ? '≥' : '≤'} ${limit.value} ${limit.unitText}`;
}

function LimitRow({ limit }: { limit: PermitLimit }) {
  const name = `${limit.parameterName} ${limit.statisticalBaseName ?? limit.statisticalBaseCode}`;
  return (
    <Table.Tr data-testid="limit-row">
      <Table.Th scope="row" fw={500}>
        {limit.parameterName}
        <Text size="xs" c="dimmed">
          {limit.parameterCode}
        </Text>
      </Table.Th>
      <Table.Td>
        {limit.statisticalBaseName ?? limit.statisticalBaseCode}
        <Text size="xs" c="dimmed">
          {[limit.sampleType, limit.frequencyCode].filter(Boolean).join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {limitValue(limit)}
        {limit.enforceable ? (
          <Text size="xs" c="dimmed">
            Enforceable
          </Text>
        ) : (
          <Badge display="block" variant="light" color="yellow" c="yellow.9">
            Alert only
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {BASIS_LABELS[limit.basis]}
        {limit.categoricalCitation ? (
          <Text size="xs" c="dimmed">
            {limit.categoricalCitation}
          </Text>
        ) : null}
        {limit.derivation ? <DerivationButton derivation={limit.derivation} label={name} /> : null}
      </Table.Td>
    </Table.Tr>
  );
}

function LimitSetTable({ set }: { set: PermitLimitSet }) {
  const dates =
    set.effectiveFrom || set.effectiveTo ? ` · ${set.effectiveFrom ?? '…'} to ${set.effectiveTo ?? '…'}` : '';
  return (
    <div>
      <Text fw={600}>
        {set.name}
        {set.designator ? ` (${set.designator})` : ''}
      </Text>
      <Text size="sm" c="dimmed" mb="xs">
        {formatSeason(set.season)}
        {dates}
      </Text>
      {set.limits.length === 0 ? (
        <Text size="sm" c="dimmed">
          No limits in this set.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped withTableBorder>
            <caption className="visually-hidden">Limits of {set.name}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Parameter</Table.Th>
                <Table.Th scope="col">Statistical base</Table.Th>
                <Table.Th scope="col">Limit</Table.Th>
                <Table.Th scope="col">Basis</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {set.limits.map((limit) => (
                <LimitRow key={limit.id} limit={limit} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </div>
  );
}

/** Limits grouped by outfall, then by limit set (season and effective dates). */
export function LimitTables({ content }: { content: PermitContent }) {
  if (content.outfalls.length === 0) return <Text c="dimmed">This permit has no outfalls yet.</Text>;
  return (
    <Stack gap="lg">
      {content.outfalls.map((outfall) => {
        const sets = content.limitSets.filter((s) => s.outfallId === outfall.id);
        const headingId = `outfall-${outfall.id.replace(/[^a-zA-Z0-9-]/g, '-')}`;
        return (
          <Paper
            key={outfall.id}
            withBorder
            p="md"
            radius="md"
            component="section"
            aria-labelledby={headingId}
          >
            <Title order={3} size="h4" id={headingId}>
              Outfall {outfall.code}
              {outfall.name !== `Outfall ${outfall.code}` ? ` · ${outfall.name}` : ''}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              Monitoring location {outfall.monitoringLocationCode}
              {outfall.description ? ` · ${outfall.description}` : ''}
            </Text>
            <Stack gap="md">
              {sets.length === 0 ? <Text c="dimmed">No limit sets for this outfall.</Text> : null}
              {sets.map((set) => (
                <LimitSetTable key={set.id} set={set} />
              ))}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
