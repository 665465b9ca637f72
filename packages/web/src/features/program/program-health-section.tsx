import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import {
  ENFORCEMENT_ACTION_LABELS,
  type EnforcementActionType,
  type ProgramHealthView,
} from '@outfall/domain/contracts/index';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../ui/query-state';
import { StatCard } from '../../ui/stat-card';
import { useProgramHealth } from './use-program';

const actionLabel = (type: string) => ENFORCEMENT_ACTION_LABELS[type as EnforcementActionType] ?? type;

const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${Math.round((100 * part) / whole)} %`;

const money = (text: string) =>
  `$${Number(text).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function Figures({ view }: { view: ProgramHealthView }) {
  const o = view.oversight;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }}>
      <StatCard
        label="SIUs inspected this year"
        value={percent(o.siusInspected, o.siuCount)}
        hint={`${o.siusInspected} of ${o.siuCount} SIUs, ${view.year.start} – ${view.year.end}`}
        to="/inspections"
        testId="health-inspected"
      />
      <StatCard
        label="SIUs sampled this year"
        value={percent(o.siusSampled, o.siuCount)}
        hint={`${o.siusSampled} of ${o.siuCount} SIUs`}
        to="/inspections"
        testId="health-sampled"
      />
      <StatCard
        label="Oversight overdue"
        value={o.overdueCount}
        hint={`${o.dueCount} more due this year (inspections, sampling, evaluations)`}
        to="/inspections"
        testId="health-oversight-overdue"
      />
      <StatCard
        label="Permits expiring in 180 days"
        value={view.permits.expiringWithin180Days.length}
        hint={`${view.permits.expired.length} expired without renewal`}
        to="/permits"
        testId="health-permits-expiring"
      />
      <StatCard
        label="Permits expired"
        value={view.permits.expired.length}
        to="/permits"
        testId="health-permits-expired"
      />
      <StatCard
        label="Reports overdue"
        value={view.reportsOverdue}
        to="/reports?queue=late"
        testId="health-reports-overdue"
      />
      <StatCard
        label="Violations without a timely response"
        value={view.violationsWithoutTimelyResponse}
        hint="No response within the ERP time frame"
        to="/monitoring/violations?status=open"
        testId="health-untimely"
      />
      <StatCard
        label="IUs in SNC / near SNC"
        value={`${view.snc.inSnc.length} / ${view.snc.nearSnc.length}`}
        to="/snc"
        testId="health-snc"
      />
      <StatCard
        label="Open enforcement actions"
        value={view.enforcement.open}
        hint={`${view.enforcement.overdueResponses.length} with the response overdue`}
        to="/enforcement"
        testId="health-enforcement-open"
      />
      <StatCard
        label="Penalties assessed"
        value={money(view.penalties.assessed)}
        hint="This reporting year"
        to="/enforcement"
        testId="health-penalties-assessed"
      />
      <StatCard
        label="Penalties collected"
        value={money(view.penalties.collected)}
        hint="This reporting year"
        to="/enforcement"
        testId="health-penalties-collected"
      />
    </SimpleGrid>
  );
}

interface ActionRow {
  actionId: string;
  type: string;
  facilityName: string;
}

/** A titled list of enforcement actions, each linked to its page, with its own trailing cells. */
function ActionsCard<A extends ActionRow>({
  title,
  empty,
  actions,
  details,
}: {
  title: string;
  empty: string;
  actions: A[];
  details: (action: A) => ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h4" mb="xs">
        {title}
      </Title>
      {actions.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <Table aria-label={title}>
          <Table.Tbody>
            {actions.map((a) => (
              <Table.Tr key={a.actionId}>
                <Table.Td>
                  <Anchor component={Link} to={`/enforcement/${a.actionId}`}>
                    {actionLabel(a.type)}
                  </Anchor>{' '}
                  to {a.facilityName}
                </Table.Td>
                {details(a)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function Lists({ view }: { view: ProgramHealthView }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <ActionsCard
        title="Enforcement responses overdue"
        empty="None: every facility answered on time."
        actions={view.enforcement.overdueResponses}
        details={(a) => (
          <Table.Td>
            <Badge color="red" variant="light">
              response due {a.responseDue}
            </Badge>
          </Table.Td>
        )}
      />
      <ActionsCard
        title="Recent enforcement actions"
        empty="No enforcement actions yet."
        actions={view.enforcement.recent}
        details={(a) => (
          <>
            <Table.Td>issued {a.issuedOn}</Table.Td>
            <Table.Td>{a.status}</Table.Td>
          </>
        )}
      />
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h4" mb="xs">
          In or near SNC
        </Title>
        {view.snc.inSnc.length + view.snc.nearSnc.length === 0 ? (
          <Text c="dimmed">No IU is in or near significant noncompliance.</Text>
        ) : (
          <Stack gap={4}>
            {view.snc.inSnc.map((f) => (
              <Group key={`in-${f.facilityId}`} gap="xs">
                <Badge color="red">SNC {f.criteria.join(', ')}</Badge>
                <Anchor component={Link} to={`/snc/${f.facilityId}`}>
                  {f.facilityName}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {f.window}
                </Text>
              </Group>
            ))}
            {view.snc.nearSnc.map((f) => (
              <Stack key={`near-${f.facilityId}`} gap={0}>
                <Group gap="xs">
                  <Badge color="orange">near SNC</Badge>
                  <Anchor component={Link} to={`/snc/${f.facilityId}`}>
                    {f.facilityName}
                  </Anchor>
                </Group>
                {f.warnings.map((w) => (
                  <Text key={w} size="sm" c="dimmed">
                    {w}
                  </Text>
                ))}
              </Stack>
            ))}
          </Stack>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h4" mb="xs">
          Permits expiring or expired
        </Title>
        {view.permits.expired.length + view.permits.expiringWithin180Days.length === 0 ? (
          <Text c="dimmed">No permit expires in the next 180 days.</Text>
        ) : (
          <Table aria-label="Permits expiring or expired">
            <Table.Tbody>
              {[...view.permits.expired, ...view.permits.expiringWithin180Days].map((p) => (
                <Table.Tr key={p.permitId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/permits/${p.permitId}`}>
                      {p.permitNumber}
                    </Anchor>{' '}
                    {p.facilityName}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={p.expirationDate < view.asOf ? 'red' : 'yellow'} variant="light">
                      {p.expirationDate < view.asOf ? 'expired' : 'expires'} {p.expirationDate}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </SimpleGrid>
  );
}

/** The program health figures and lists (the program page, and the director's dashboard). */
export function ProgramHealthSection() {
  const health = useProgramHealth();
  return (
    <QueryState query={health} label="program health">
      {(view) => (
        <Stack gap="lg" data-testid="program-health">
          <Figures view={view} />
          <Lists view={view} />
        </Stack>
      )}
    </QueryState>
  );
}
