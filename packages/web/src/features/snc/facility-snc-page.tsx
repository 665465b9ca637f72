import {
  Accordion,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type {
  SncCriterionExplanation,
  SncEvaluationView,
  SncSeriesView,
} from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/labels';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { SncVerdictBadges } from './snc-badges';
import { classShort } from './snc-page';
import { useEvaluateSnc, useFacilitySnc } from './use-snc';

const EVALUATORS = new Set(['admin', 'director', 'coordinator']);

function SeriesTable({ series, criterion }: { series: SncSeriesView; criterion: 'A' | 'B' }) {
  const arithmetic = criterion === 'A' ? series.chronic : series.trc;
  const unit = series.unit ? ` ${series.unit}` : '';
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {series.parameterName ?? series.parameterCode} ({series.parameterCode}) at{' '}
        {series.monitoringPoint || '—'} · {series.limitKind} limits
      </Text>
      {arithmetic ? (
        <Text size="sm" data-testid={`snc-arithmetic-${criterion}`}>
          {arithmetic.arithmetic}{' '}
          <Text span c="dimmed" size="xs">
            (exact test {arithmetic.test})
          </Text>
        </Text>
      ) : null}
      <Table.ScrollContainer minWidth={520}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Date</Table.Th>
              <Table.Th scope="col">Value{unit}</Table.Th>
              <Table.Th scope="col">Limit</Table.Th>
              {criterion === 'B' ? <Table.Th scope="col">Limit × TRC</Table.Th> : null}
              <Table.Th scope="col">{criterion === 'A' ? 'Exceeds?' : 'At or above TRC?'}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {series.measurements.map((m) => {
              const hit = criterion === 'A' ? m.exceedsLimit : m.meetsTrc;
              return (
                <Table.Tr key={m.key}>
                  <Table.Td>{m.date}</Table.Td>
                  <Table.Td>
                    {m.isNonDetect ? `< ${m.value}` : m.value}
                    {m.needsReview ? (
                      <Badge ml={4} size="xs" color="yellow">
                        manual review
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{m.limit}</Table.Td>
                  {criterion === 'B' ? (
                    <Table.Td>
                      {m.bounds
                        .filter((b) => b.trcValue)
                        .map((b) => `${b.trcValue} (× ${b.trcFactor})`)
                        .join(' / ') || '—'}
                    </Table.Td>
                  ) : null}
                  <Table.Td>
                    {hit ? (
                      <Badge color="red" size="sm">
                        yes
                      </Badge>
                    ) : (
                      'no'
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function CriterionPanel({ c }: { c: SncCriterionExplanation }) {
  return (
    <Stack gap="sm">
      {!c.isApplicable ? (
        <Text c="dimmed">Not applicable: the user is not a significant industrial user.</Text>
      ) : null}
      {c.isApplicable && c.reasons.length === 0 ? (
        <Text c="dimmed" size="sm">
          Nothing on record for this criterion in the window.
        </Text>
      ) : null}
      {c.isApplicable && c.items.length > 0 ? (
        <List size="sm" spacing={4}>
          {c.items.map((i) => (
            <List.Item key={i.id}>
              {i.isSnc ? (
                <Badge color="red" size="xs" mr={6}>
                  SNC
                </Badge>
              ) : null}
              {i.text}
            </List.Item>
          ))}
        </List>
      ) : null}
      {c.isApplicable && (c.criterion === 'A' || c.criterion === 'B')
        ? c.series.map((s) => (
            <SeriesTable
              key={`${s.parameterCode}-${s.monitoringPoint}-${s.limitKind}`}
              series={s}
              criterion={c.criterion as 'A' | 'B'}
            />
          ))
        : null}
    </Stack>
  );
}

function EvaluationCard({ e }: { e: SncEvaluationView }) {
  return (
    <Card withBorder padding="md" data-testid="snc-evaluation">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Stack gap={0}>
            <Title order={3}>
              Window {e.windowLabel}{' '}
              <Text span size="sm" c="dimmed">
                {e.windowStart} – {e.windowEnd} (
                {e.windowMode === 'FIXED_SEMIANNUAL' ? 'fixed half-year' : 'rolling two quarters'})
              </Text>
            </Title>
            <Text size="xs" c="dimmed">
              As of {e.asOf}
              {e.isWindowOpen ? ' (window still open)' : ''} · evaluated {formatDateTime(e.evaluatedAt)} ·{' '}
              {e.isSignificantIndustrialUser ? 'SIU' : 'not an SIU (only C, D and H apply)'}
            </Text>
          </Stack>
          <SncVerdictBadges isSnc={e.isSnc} isNearSnc={e.isNearSnc} criteria={e.criteriaMet} />
        </Group>
        {e.warnings.length > 0 ? (
          <Alert color="orange" title="Near SNC" variant="light">
            <List size="sm">
              {e.warnings.map((w) => (
                <List.Item key={`${w.kind}-${w.criterion}-${w.parameterCode}-${w.monitoringPoint}`}>
                  {w.message}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <Accordion multiple variant="separated" defaultValue={e.criteriaMet}>
          {e.explanation.map((c) => (
            <Accordion.Item key={c.criterion} value={c.criterion}>
              <Accordion.Control>
                <Group gap="xs" wrap="nowrap">
                  <Badge
                    color={c.isMet ? 'red' : c.isApplicable ? 'gray' : 'gray'}
                    variant={c.isMet ? 'filled' : 'light'}
                  >
                    {c.criterion}
                  </Badge>
                  <Text size="sm">{c.title}</Text>
                  <Text size="xs" c={c.isMet ? 'red' : 'dimmed'}>
                    {c.isMet ? 'met' : c.isApplicable ? 'not met' : 'n/a'}
                  </Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <CriterionPanel c={c} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
        <Text size="xs" c="dimmed" data-testid="snc-settings">
          Settings used: window mode {e.settings.windowMode}, reports late after {e.settings.lateReportDays}{' '}
          days, near-SNC margin {e.settings.nearSncMarginPercent} points, daily limits counted as{' '}
          {e.settings.dailyLimitCounting === 'DAILY_AVERAGE' ? 'one averaged value per day' : 'each result'},
          limit kinds {e.settings.limitKindEvaluation.toLowerCase()}, non-detects above the limit{' '}
          {e.settings.nonDetectAboveLimit === 'MANUAL_REVIEW' ? 'set aside for manual review' : 'counted'}.
        </Text>
      </Stack>
    </Card>
  );
}

function EvaluateForm({ facilityId }: { facilityId: string }) {
  const [windowDate, setWindowDate] = useState('');
  const evaluate = useEvaluateSnc();
  const valid = windowDate === '' || /^\d{4}-\d{2}-\d{2}$/.test(windowDate);
  return (
    <Stack gap={4}>
      <Group align="end" wrap="wrap">
        <TextInput
          label="A date in the window"
          placeholder="YYYY-MM-DD (current window)"
          value={windowDate}
          onChange={(e) => setWindowDate(e.currentTarget.value.trim())}
          error={
            valid
              ? isApiError(evaluate.error)
                ? evaluate.error.fieldMessage('windowDate')
                : undefined
              : 'Enter a date as YYYY-MM-DD'
          }
          w={220}
        />
        <Button
          loading={evaluate.isPending}
          disabled={!valid}
          onClick={() => evaluate.mutate({ facilityId, ...(windowDate ? { windowDate } : {}) })}
        >
          Evaluate now
        </Button>
      </Group>
      <ErrorAlert error={evaluate.error} title="Evaluation failed" />
    </Stack>
  );
}

/** One IU's SNC determinations by window, each with its explanation. */
export function FacilitySncPage() {
  const { facilityId } = useParams();
  const membership = useActiveMembership();
  const canEvaluate = EVALUATORS.has(membership?.role ?? '');
  const query = useFacilitySnc(facilityId);
  usePageTitle(query.data ? `SNC — ${query.data.facilityName}` : 'SNC evaluation');
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/snc" size="sm">
        ← All industrial users
      </Anchor>
      <QueryState query={query} label="the SNC evaluations">
        {(f) => (
          <Stack gap="lg">
            <Group justify="space-between" align="end" wrap="wrap">
              <Stack gap={0}>
                <Title order={1} size="h2">
                  SNC — {f.facilityName}
                </Title>
                <Text c="dimmed" size="sm">
                  {classShort(f.facilityClass)} ·{' '}
                  <Anchor component={Link} to={`/facilities/${f.facilityId}`}>
                    facility record
                  </Anchor>
                </Text>
              </Stack>
              {canEvaluate ? <EvaluateForm facilityId={f.facilityId} /> : null}
            </Group>
            {f.evaluations.length === 0 ? (
              <Text c="dimmed">Not evaluated yet.</Text>
            ) : (
              f.evaluations.map((e) => <EvaluationCard key={e.id} e={e} />)
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
