import { Anchor, Badge, Button, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import type { InspectionSummaryView, InspectionView } from '@outfall/domain/contracts/index';
import { Link } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { INSPECTION_KIND_LABELS, INSPECTION_STATUS, todayIso } from './inspection-labels';
import { inspectionPaths, useInspection, useInspections } from './use-inspections';

/**
 * A facility's own inspections (read only): the announced visits still to come and the completed
 * inspections with their findings, the violations they became, open follow-ups and the report.
 * The server shows a facility nothing else (no unannounced visit before it happens, no cancelled one).
 */
export function FacilityInspectionsPage() {
  usePageTitle('Inspections');
  const upcoming = useInspections({ status: 'scheduled' });
  const completed = useInspections({ status: 'completed' });
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          Inspections
        </Title>
        <Text size="sm" c="dimmed">
          Inspections of your facility by the control authority. Reports, findings and follow-up actions
          appear once an inspection is completed.
        </Text>
      </div>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Announced visits
        </Title>
        <QueryState query={upcoming} label="scheduled inspections">
          {(rows) => <InspectionCards rows={rows} empty="No announced inspections are scheduled." />}
        </QueryState>
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Completed inspections
        </Title>
        <QueryState query={completed} label="completed inspections">
          {(rows) => <InspectionCards rows={rows} empty="No completed inspections yet." />}
        </QueryState>
      </Stack>
    </Stack>
  );
}

function InspectionCards({ rows, empty }: { rows: InspectionSummaryView[]; empty: string }) {
  if (rows.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {rows.map((i) => (
        <InspectionCard key={i.id} summary={i} />
      ))}
    </Stack>
  );
}

function InspectionCard({ summary: i }: { summary: InspectionSummaryView }) {
  const status = INSPECTION_STATUS[i.status];
  const completed = i.status === 'completed';
  const date = i.inspectedOn ?? i.scheduledDate;
  const title = `${INSPECTION_KIND_LABELS[i.kind]} — ${date}`;
  return (
    <Card withBorder padding="sm" component="li" data-testid="facility-inspection-row" aria-label={title}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
          <div>
            <Text fw={600}>
              {INSPECTION_KIND_LABELS[i.kind]}
              {i.includesSampling ? ' with sampling' : ''}
            </Text>
            <Text size="sm">{completed ? `Inspected on ${date}` : `Scheduled for ${date}`}</Text>
            <Text size="xs" c="dimmed">
              Inspector: {i.assignedUserName ?? 'not yet assigned'}
            </Text>
          </div>
          <Badge color={status.color} variant="light">
            {status.label}
          </Badge>
        </Group>
        {completed ? <CompletedDetails id={i.id} /> : null}
      </Stack>
    </Card>
  );
}

/** Findings, resulting violations, open follow-ups and the report of one completed inspection. */
function CompletedDetails({ id }: { id: string }) {
  const detail = useInspection(id);
  if (detail.isPending) return <Loader size="xs" aria-label="Loading the inspection's findings" />;
  if (detail.error || !detail.data)
    return <ErrorAlert error={detail.error} title="Could not load the inspection's findings" />;
  return <Details view={detail.data} />;
}

function Details({ view: v }: { view: InspectionView }) {
  const today = todayIso();
  const violations = v.findings.filter((f) => f.violationId);
  const openFollowUps = v.followUps.filter((f) => !f.completedAt);
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        <Badge variant="outline" color="gray" data-testid="findings-count">
          {v.findings.length === 1 ? '1 finding' : `${v.findings.length} findings`}
        </Badge>
        {violations.length > 0 ? (
          <Badge color="red" variant="light" data-testid="violations-count">
            {violations.length === 1 ? '1 became a violation' : `${violations.length} became violations`}
          </Badge>
        ) : (
          <Badge color="green" variant="light" data-testid="violations-count">
            No violations
          </Badge>
        )}
      </Group>
      {violations.length > 0 ? (
        <div>
          <Text size="sm" fw={500}>
            Violations
          </Text>
          <List size="sm" spacing={2}>
            {violations.map((f) => (
              <List.Item key={f.id}>
                <Anchor component={Link} to={`/violations/${f.violationId}`}>
                  {f.description}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  ({f.severity})
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
      <div>
        <Text size="sm" fw={500}>
          Open follow-up actions
        </Text>
        {openFollowUps.length === 0 ? (
          <Text size="sm" c="dimmed">
            None open.
          </Text>
        ) : (
          <List size="sm" spacing={2} data-testid="open-follow-ups">
            {openFollowUps.map((f) => {
              const overdue = f.dueDate < today;
              return (
                <List.Item key={f.id}>
                  {f.description} — due {f.dueDate}
                  {overdue ? (
                    <Badge ml="xs" size="xs" color="red">
                      overdue
                    </Badge>
                  ) : null}
                </List.Item>
              );
            })}
          </List>
        )}
      </div>
      <Group>
        <Button
          component="a"
          href={inspectionPaths.pdf(v.id)}
          variant="light"
          size="xs"
          aria-label={`Download inspection report (PDF) of ${v.inspectedOn ?? v.scheduledDate}`}
          data-testid="inspection-report-pdf"
        >
          Inspection report (PDF)
        </Button>
      </Group>
    </Stack>
  );
}
