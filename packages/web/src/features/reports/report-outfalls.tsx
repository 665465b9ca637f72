import { Anchor, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import type {
  ReportContent,
  ReportOutfall,
  ReportParameter,
  ReportValue,
} from '@outfall/domain/contracts/index';
import { Link } from 'react-router';
import type { ReportDraft } from './report-draft';
import {
  limitText,
  NODI_OPTIONS,
  nodiText,
  parameterKey,
  reportedText,
  resultsHref,
  sampleRange,
  statisticText,
  valueKey,
} from './report-labels';

const TOP = { verticalAlign: 'top' } as const;
const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** A warning triangle beside the words: an exceedance is never told by colour alone. */
export function WarningIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 2 1 21h22L12 2zm0 4.2L19.5 19h-15L12 6.2zM11 10v5h2v-5h-2zm0 6v2h2v-2h-2z"
      />
    </svg>
  );
}

function ValueCell({ value, nodi }: { value: ReportValue; nodi: string | null }) {
  const shown = { ...value, nodi };
  return (
    <Stack gap={2}>
      <Text size="sm" fw={value.exceedance ? 700 : 400} span>
        {reportedText(shown)}
      </Text>
      {value.exceedance && !nodi ? (
        <Group gap={4} wrap="nowrap" c="red.9" data-testid="value-exceedance">
          <WarningIcon />
          <Text size="xs" fw={700} span>
            Exceeds limit
            {value.exceedancePercent !== null ? ` by ${value.exceedancePercent}%` : ''}
          </Text>
        </Group>
      ) : null}
      {value.indeterminate ? (
        <Text size="xs" c="orange.9" fw={600}>
          Non-detect above the limit: needs review
        </Text>
      ) : null}
    </Stack>
  );
}

interface OutfallTableProps {
  outfall: ReportOutfall;
  content: ReportContent;
  draft: ReportDraft | null;
  setDraft: (update: (draft: ReportDraft) => ReportDraft) => void;
  /** The results page needs the facility for authority staff. */
  resultsFacilityId: string | null;
  /** Result id → sample date, to link each value to the results it was computed from. */
  sampleDates: ReadonlyMap<string, string>;
}

function ParameterRows({
  outfall,
  p,
  content,
  draft,
  setDraft,
  resultsFacilityId,
  sampleDates,
}: OutfallTableProps & { p: ReportParameter }) {
  const pKey = parameterKey(outfall, p);
  const name = `${p.parameterName} (${p.parameterCode})`;
  const nodiOf = (v: ReportValue) => {
    const key = valueKey(outfall, p, v);
    if (draft && key && key in draft.valueNodi) return draft.valueNodi[key] ?? null;
    return v.nodi;
  };
  const hasNodi = p.values.some((v) => nodiOf(v)) || Boolean(p.nodi);
  const comment = draft ? (draft.parameterComments[pKey] ?? '') : (p.comment ?? '');
  const commentMissing = draft !== null && hasNodi && !comment.trim();
  const href = (v: ReportValue) =>
    resultsHref({
      facilityId: resultsFacilityId,
      outfallCode: outfall.outfallCode,
      parameterCode: p.parameterCode,
      range: sampleRange(v.resultIds, sampleDates, content.period),
    });
  const rows = Math.max(p.values.length, 1);
  const columns = draft ? 10 : 9;
  return (
    <>
      {(p.values.length ? p.values : [null]).map((v, i) => (
        <Table.Tr
          key={v ? `${v.slot ?? v.limitId ?? i}` : 'none'}
          data-testid="report-value-row"
          data-exceedance={v?.exceedance ? 'true' : undefined}
        >
          {i === 0 ? (
            <Table.Th scope="rowgroup" rowSpan={rows} fw={400} style={TOP}>
              <Text size="sm" fw={600}>
                {p.parameterName}
              </Text>
              <Text size="xs" c="dimmed">
                {p.parameterCode}
                {p.seasonNumber ? ` · season ${p.seasonNumber}` : ''}
              </Text>
            </Table.Th>
          ) : null}
          {i === 0 ? (
            <Table.Td rowSpan={rows} style={TOP}>
              {p.monitoringLocationCode}
            </Table.Td>
          ) : null}
          <Table.Td style={NOWRAP}>{v ? statisticText(v) : '—'}</Table.Td>
          <Table.Td style={NOWRAP}>{v ? limitText(v) : '—'}</Table.Td>
          <Table.Td>{v ? <ValueCell value={v} nodi={nodiOf(v)} /> : '—'}</Table.Td>
          <Table.Td>{v?.unitText || '—'}</Table.Td>
          {i === 0 ? (
            <Table.Td rowSpan={rows} style={TOP}>
              {p.sampleCount}
            </Table.Td>
          ) : null}
          {i === 0 ? (
            <Table.Td rowSpan={rows} style={TOP}>
              {p.numberOfExcursions ?? '—'}
            </Table.Td>
          ) : null}
          <Table.Td>
            {v && v.resultIds.length > 0 ? (
              <Anchor
                component={Link}
                to={href(v)}
                size="sm"
                aria-label={`${v.resultIds.length} result${v.resultIds.length === 1 ? '' : 's'} of ${p.parameterName}, ${statisticText(v)}`}
              >
                {v.resultIds.length} result{v.resultIds.length === 1 ? '' : 's'}
              </Anchor>
            ) : (
              '—'
            )}
          </Table.Td>
          {draft ? (
            <Table.Td>
              {v && valueKey(outfall, p, v) ? (
                <Select
                  aria-label={`NODI for ${name}, ${statisticText(v)}`}
                  placeholder="None"
                  data={NODI_OPTIONS}
                  value={nodiOf(v)}
                  onChange={(code) => {
                    const key = valueKey(outfall, p, v)!;
                    setDraft((d) => ({ ...d, valueNodi: { ...d.valueNodi, [key]: code } }));
                  }}
                  clearable
                  searchable
                  size="xs"
                  w={130}
                  comboboxProps={{ width: 300, position: 'bottom-end' }}
                />
              ) : null}
            </Table.Td>
          ) : null}
        </Table.Tr>
      ))}
      {hasNodi || comment ? (
        <Table.Tr>
          <Table.Td colSpan={columns}>
            {draft ? (
              <Textarea
                label={`Comment on ${name}`}
                description="Required with a NODI code"
                required={hasNodi}
                autosize
                minRows={1}
                maxLength={4000}
                value={comment}
                error={commentMissing ? 'Explain the NODI code in a comment' : undefined}
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  setDraft((d) => ({ ...d, parameterComments: { ...d.parameterComments, [pKey]: text } }));
                }}
              />
            ) : (
              <Text size="sm">
                <strong>Comment on {p.parameterName}:</strong> {comment || '—'}
                {p.nodi ? ` (${nodiText(p.nodi)})` : ''}
              </Text>
            )}
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}

function FlowSummary({ outfall }: { outfall: ReportOutfall }) {
  const flow = outfall.flow;
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 3 }} spacing="sm" m={0} aria-label="Flow">
      <div>
        <Text size="sm" c="dimmed" fw={600} component="dt">
          Days of measured flow
        </Text>
        <Text component="dd" m={0}>
          {flow ? flow.days : '—'}
        </Text>
      </div>
      <div>
        <Text size="sm" c="dimmed" fw={600} component="dt">
          Average daily flow
        </Text>
        <Text component="dd" m={0}>
          {flow?.averageMgd ? `${flow.averageMgd} MGD` : 'Not measured'}
        </Text>
      </div>
      <div>
        <Text size="sm" c="dimmed" fw={600} component="dt">
          Maximum daily flow
        </Text>
        <Text component="dd" m={0}>
          {flow?.maximumMgd ? `${flow.maximumMgd} MGD` : 'Not measured'}
        </Text>
      </div>
    </SimpleGrid>
  );
}

/** One outfall: its parameters' reported values against their limits, and its flows. */
export function OutfallTable(props: OutfallTableProps) {
  const { outfall, draft } = props;
  const title = `Outfall ${outfall.outfallCode} — ${outfall.outfallName}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {title}
          {outfall.limitSetDesignator ? ` (limit set ${outfall.limitSetDesignator})` : ''}
        </Title>
        <FlowSummary outfall={outfall} />
        {outfall.parameters.length === 0 ? (
          <Text c="dimmed">No parameters are reported at this outfall.</Text>
        ) : (
          <Table.ScrollContainer minWidth={draft ? 1080 : 900}>
            <Table withTableBorder withColumnBorders data-testid="report-outfall-table">
              <Table.Caption>Reported values at outfall {outfall.outfallCode}, by parameter</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Parameter</Table.Th>
                  <Table.Th scope="col">Location</Table.Th>
                  <Table.Th scope="col">Statistic</Table.Th>
                  <Table.Th scope="col">Limit</Table.Th>
                  <Table.Th scope="col">Reported</Table.Th>
                  <Table.Th scope="col">Unit</Table.Th>
                  <Table.Th scope="col">Samples</Table.Th>
                  <Table.Th scope="col">Excursions</Table.Th>
                  <Table.Th scope="col">From the record</Table.Th>
                  {draft ? <Table.Th scope="col">NODI</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              {outfall.parameters.map((p) => (
                <Table.Tbody key={`${parameterKey(outfall, p)}/${p.seasonNumber}`}>
                  <ParameterRows {...props} p={p} />
                </Table.Tbody>
              ))}
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
