import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { RecommendedResponseView, ViolationDetailView } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { periodText } from '../monitoring/monitoring-labels';
import { DatedNoteForm } from './dated-note-form';
import {
  ACTION_TYPE_LABEL,
  CATEGORY_LABEL,
  KIND_NAMES,
  RESPONSE_STATUS_LABEL,
  SNC_CRITERIA,
  STATUS_LABEL,
  TIMELINESS_LABEL,
  timelinessColor,
} from './enforcement-labels';
import { type ActionPrefill, IssueActionModal } from './issue-action-form';
import {
  enforcementPaths,
  useDetermination,
  useReturnToCompliance,
  useViolationDetail,
} from './use-enforcement';

const ISSUERS = new Set(['admin', 'director', 'coordinator']);
const MANAGERS = new Set(['admin', 'director', 'coordinator', 'inspector']);

/** One violation: its evidence, status, SNC determination, recommended responses, actions, return to compliance. */
export function ViolationPage() {
  const { id } = useParams();
  usePageTitle('Violation');
  const detail = useViolationDetail(id);
  return (
    <QueryState query={detail} label="the violation">
      {(d) => <ViolationBody detail={d} />}
    </QueryState>
  );
}

function ViolationBody({ detail }: { detail: ViolationDetailView }) {
  const membership = useActiveMembership();
  const isAuthority = membership?.kind === 'authority';
  const canIssue = isAuthority && ISSUERS.has(membership?.role ?? '');
  const canManage = isAuthority && MANAGERS.has(membership?.role ?? '');
  const v = detail.violation;
  const [prefill, setPrefill] = useState<ActionPrefill | null>(null);
  const issueFrom = (r: RecommendedResponseView) =>
    setPrefill({
      facilityId: v.facilityId,
      facilityName: v.facilityName,
      violationIds: [v.id],
      type: r.type,
      officialTitle: r.officialTitle,
      responseDays: r.timeFrameDays || 15,
      guideEntryId: r.guideEntryId,
      reason: r.reason,
    });
  return (
    <Stack gap="lg">
      <div>
        <Text size="sm" c="dimmed">
          <Anchor component={Link} to="/monitoring/violations">
            Violations
          </Anchor>{' '}
          · {KIND_NAMES[v.kind]}
          {v.facilityName ? ` · ${v.facilityName}` : ''}
        </Text>
        <Title order={1}>{detail.evidence.summary || 'Violation'}</Title>
        <Group gap="xs" mt="xs">
          <Badge color={v.status === 'open' ? 'red' : 'gray'}>
            {v.status === 'open' ? 'Open' : 'Closed'}
          </Badge>
          <Badge variant="light" data-testid="response-status">
            {RESPONSE_STATUS_LABEL[v.responseStatus]}
          </Badge>
          {v.category ? <Badge variant="outline">{CATEGORY_LABEL[v.category]}</Badge> : null}
          {v.sncCriterion ? <Badge color="grape">SNC criterion {v.sncCriterion}</Badge> : null}
          {detail.timeliness ? (
            <Badge color={timelinessColor(detail.timeliness.state)} variant="light">
              {TIMELINESS_LABEL[detail.timeliness.state]}{' '}
              {detail.timeliness.metOn ? detail.timeliness.metOn : `by ${detail.timeliness.dueOn}`}
            </Badge>
          ) : null}
        </Group>
      </div>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Evidence detail={detail} />
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Status
          </Title>
          <Table>
            <Table.Tbody>
              <Row label="Period" value={periodText(v)} />
              <Row label="Detected on" value={v.detectedOn ?? v.createdAt.slice(0, 10)} />
              <Row label="Response due (ERP)" value={detail.timeliness?.dueOn ?? '—'} />
              <Row
                label="Timeliness"
                value={
                  detail.timeliness
                    ? `${TIMELINESS_LABEL[detail.timeliness.state]}${detail.timeliness.daysLate ? ` (${detail.timeliness.daysLate} days)` : ''}`
                    : '—'
                }
              />
              <Row label="Returned to compliance" value={v.returnedToComplianceOn ?? '—'} />
              <Row label="Closed" value={v.closedReason ?? '—'} />
            </Table.Tbody>
          </Table>
        </Card>
      </SimpleGrid>

      {detail.recommendation ? (
        <Card withBorder>
          <Title order={2} size="h4">
            Recommended responses
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            From your Enforcement Response Guide
            {detail.recommendation.formalRequired ? ' — formal action is required (SNC)' : ''}.
          </Text>
          {detail.recommendation.responses.length === 0 ? (
            <Text c="dimmed">The response guide has no row for this violation.</Text>
          ) : (
            <Stack gap="sm">
              {detail.recommendation.responses.map((r) => (
                <Card key={r.type} withBorder padding="sm" data-testid="recommended-response">
                  <Group justify="space-between" wrap="wrap">
                    <div>
                      <Text fw={600}>
                        {ACTION_TYPE_LABEL[r.type]} {r.formal ? <Badge size="xs">formal</Badge> : null}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {r.officialTitle} ·{' '}
                        {r.timeFrameDays === 0 ? 'immediately' : `within ${r.timeFrameDays} days`} · due{' '}
                        {r.dueDate}
                      </Text>
                      <Text size="sm">{r.reason}</Text>
                    </div>
                    {canIssue && v.status === 'open' ? (
                      <Button onClick={() => issueFrom(r)}>
                        Issue {ACTION_TYPE_LABEL[r.type].toLowerCase()}
                      </Button>
                    ) : null}
                  </Group>
                </Card>
              ))}
            </Stack>
          )}
          {detail.recommendation.reasons.length > 0 ? (
            <Text size="xs" c="dimmed" mt="sm">
              Why: {detail.recommendation.reasons.join(' · ')}
            </Text>
          ) : null}
        </Card>
      ) : null}

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Enforcement actions
        </Title>
        {detail.actions.length === 0 ? (
          <Text c="dimmed">No action yet.</Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>Issued</Table.Th>
                  <Table.Th>Response due</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Letter</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {detail.actions.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      {isAuthority ? (
                        <Anchor component={Link} to={`/enforcement/${a.id}`}>
                          {ACTION_TYPE_LABEL[a.type]}
                        </Anchor>
                      ) : (
                        ACTION_TYPE_LABEL[a.type]
                      )}
                      {a.requirements && !isAuthority ? (
                        <Text size="xs" c="dimmed">
                          {a.requirements}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{a.issuedOn}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c={a.overdue ? 'red.9' : undefined} fw={a.overdue ? 700 : 400}>
                        {a.responseDue ?? '—'}
                        {a.overdue ? ' (overdue)' : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>{STATUS_LABEL[a.status]}</Table.Td>
                    <Table.Td>
                      {a.letterDocumentId ? (
                        <Anchor href={enforcementPaths.letterPdf(a.id)}>Download letter</Anchor>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>

      {canManage ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Determination detail={detail} />
          {v.status === 'open' ? <ReturnToCompliance id={v.id} /> : null}
        </SimpleGrid>
      ) : null}
      <IssueActionModal prefill={prefill} onClose={() => setPrefill(null)} />
    </Stack>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="45%">
        {label}
      </Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );
}

function Evidence({ detail }: { detail: ViolationDetailView }) {
  const e = detail.evidence;
  return (
    <Card withBorder data-testid="violation-evidence">
      <Title order={2} size="h4" mb="sm">
        Evidence
      </Title>
      <Table>
        <Table.Tbody>
          {e.facts.map((f) => (
            <Row key={f.label} label={f.label} value={f.value} />
          ))}
        </Table.Tbody>
      </Table>
      {e.results.length > 0 ? (
        <>
          <Text fw={600} mt="sm">
            Results
          </Text>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Sample date</Table.Th>
                <Table.Th>Parameter</Table.Th>
                <Table.Th>Value</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {e.results.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.sampleDate}</Table.Td>
                  <Table.Td>{r.parameterCode}</Table.Td>
                  <Table.Td>
                    {r.value} {r.unit ?? ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      ) : null}
      {e.report ? (
        <Text size="sm" mt="sm">
          Report:{' '}
          <Anchor component={Link} to={`/reports/${e.report.id}`}>
            {e.report.title}
          </Anchor>
        </Text>
      ) : null}
      {e.inspection ? (
        <Text size="sm" mt="sm">
          Inspection:{' '}
          <Anchor component={Link} to={`/inspections/${e.inspection.id}`}>
            {e.inspection.kind.replaceAll('_', ' ')} on {e.inspection.date}
          </Anchor>{' '}
          — {e.inspection.finding}
        </Text>
      ) : null}
      {e.documents.length > 0 ? (
        <Stack gap={2} mt="sm">
          <Text fw={600}>Documents</Text>
          {e.documents.map((d) => (
            <Anchor key={d.id} component={Link} to={`/documents/${d.id}`} size="sm">
              {d.title}
            </Anchor>
          ))}
        </Stack>
      ) : null}
    </Card>
  );
}

function Determination({ detail }: { detail: ViolationDetailView }) {
  const v = detail.violation;
  const save = useDetermination(v.id);
  const [criterion, setCriterion] = useState<string | null>(v.sncCriterion ?? null);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        SNC determination
      </Title>
      <Stack>
        <Select
          label="Criterion"
          description={
            detail.suggestedSncCriterion
              ? `Suggested for this category: ${detail.suggestedSncCriterion}`
              : undefined
          }
          placeholder="Not SNC"
          data={SNC_CRITERIA}
          value={criterion}
          onChange={setCriterion}
          clearable
        />
        <ErrorAlert error={save.error} />
        <Group>
          <Button
            variant="light"
            loading={save.isPending}
            onClick={() => save.mutate({ sncCriterion: (criterion as 'C' | 'D' | 'G' | 'H' | null) ?? null })}
          >
            Save determination
          </Button>
          {save.isSuccess ? <Text size="sm">Saved.</Text> : null}
        </Group>
      </Stack>
    </Card>
  );
}

function ReturnToCompliance({ id }: { id: string }) {
  const mutation = useReturnToCompliance(id);
  return (
    <DatedNoteForm
      title="Return to compliance"
      formLabel="Return to compliance"
      date={{ label: 'Returned to compliance on', field: 'returnedOn' }}
      note={{ label: 'How', field: 'note' }}
      submitLabel="Record return to compliance"
      color="green"
      error={mutation.error}
      pending={mutation.isPending}
      onSubmit={(returnedOn, note) => mutation.mutate({ returnedOn, note })}
    />
  );
}
