import { Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { EnforcementActionView } from '@outfall/domain/contracts/index';
import { lateInterval } from '@outfall/domain/snc/late-interval';
import { CONSTRUCTION_MILESTONE_KINDS } from '@outfall/domain/snc/schedule-criterion';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, isApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/error-alert';
import { todayIso } from './enforcement-labels';
import { enforcementPaths } from './use-enforcement';

type Milestone = EnforcementActionView['complianceSchedule'][number];

const KIND_LABEL: Record<Milestone['kind'], string> = {
  'start-construction': 'Start construction',
  'complete-construction': 'Complete construction',
  'final-compliance': 'Final compliance',
  other: 'Other',
};

/** Pretreatment criterion E: more than 90 days late, so SNC from the 91st day (§4, S6). */
const FIRST_SNC_DAY = 91;

/** Days late (achieved − scheduled, or today − scheduled while open) and whether that is SNC (E). */
export function milestoneLateness(m: Milestone, today: string) {
  const late = lateInterval({
    dueDate: m.scheduledDate,
    doneDate: m.achievedDate,
    asOf: today,
    firstSncDay: FIRST_SNC_DAY,
    window: { start: m.scheduledDate, end: today },
  });
  const covered = CONSTRUCTION_MILESTONE_KINDS.includes(m.kind);
  return { daysLate: late.daysLate, open: !m.achievedDate, snc: covered && late.sncFrom !== null };
}

function useMilestoneAchieved(actionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { milestoneId: string; achievedDate: string | null }) =>
      api.put<EnforcementActionView>(
        `${enforcementPaths.action(actionId)}/milestones/${encodeURIComponent(input.milestoneId)}`,
        { achievedDate: input.achievedDate },
      ),
    onSuccess: (view) => {
      client.setQueryData(['enforcement', 'one', view.id], view);
      void client.invalidateQueries({ queryKey: ['enforcement'] });
      void client.invalidateQueries({ queryKey: ['program'] });
      void client.invalidateQueries({ queryKey: ['snc'] });
    },
  });
}

/** The order's compliance schedule with lateness, the SNC (E) flag, and recording achieved dates. */
export function ComplianceSchedule({
  action: a,
  canRecord,
}: {
  action: EnforcementActionView;
  canRecord: boolean;
}) {
  const today = todayIso();
  return (
    <Card withBorder data-testid="compliance-schedule">
      <Title order={2} size="h4" mb="sm">
        Compliance schedule
      </Title>
      <Stack gap="sm">
        {a.complianceSchedule.map((m) => (
          <MilestoneRow key={m.id} actionId={a.id} milestone={m} today={today} canRecord={canRecord} />
        ))}
      </Stack>
    </Card>
  );
}

function MilestoneRow({
  actionId,
  milestone: m,
  today,
  canRecord,
}: {
  actionId: string;
  milestone: Milestone;
  today: string;
  canRecord: boolean;
}) {
  const { daysLate, open, snc } = milestoneLateness(m, today);
  const notYetDue = open && m.scheduledDate >= today;
  return (
    <Stack gap={4} data-testid="milestone-row" aria-label={`Milestone: ${m.description}`} role="group">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={600} size="sm">
          {m.description}
        </Text>
        <Group gap={4}>
          <Badge variant="outline" color="gray" size="sm">
            {KIND_LABEL[m.kind]}
          </Badge>
          {open ? (
            <Badge color={notYetDue ? 'blue' : 'orange'} variant="light" size="sm">
              {notYetDue ? 'Open' : 'Open, past due'}
            </Badge>
          ) : (
            <Badge color="green" variant="light" size="sm">
              Achieved
            </Badge>
          )}
          {snc ? (
            <Badge color="red" size="sm" data-testid="milestone-snc">
              more than 90 days late — SNC (E)
            </Badge>
          ) : null}
        </Group>
      </Group>
      <Table fz="sm" withRowBorders={false} verticalSpacing={2}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row" w="40%">
              Scheduled
            </Table.Th>
            <Table.Td>{m.scheduledDate}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Achieved</Table.Th>
            <Table.Td>{m.achievedDate ?? 'not yet'}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Days late</Table.Th>
            <Table.Td data-testid="milestone-days-late">
              {notYetDue ? '—' : open ? `${daysLate} (still open today)` : String(daysLate)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {canRecord && open ? <RecordAchieved actionId={actionId} milestone={m} today={today} /> : null}
    </Stack>
  );
}

function RecordAchieved({
  actionId,
  milestone: m,
  today,
}: {
  actionId: string;
  milestone: Milestone;
  today: string;
}) {
  const mutation = useMilestoneAchieved(actionId);
  const [achievedDate, setAchievedDate] = useState(today);
  const fieldError = isApiError(mutation.error) ? mutation.error.fieldMessage('achievedDate') : undefined;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!achievedDate) return;
        mutation.mutate({ milestoneId: m.id, achievedDate });
      }}
    >
      <Stack gap={4}>
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            type="date"
            size="xs"
            label="Achieved on"
            aria-label={`Achieved on: ${m.description}`}
            value={achievedDate}
            max={today}
            onChange={(e) => setAchievedDate(e.currentTarget.value)}
            error={fieldError}
            required
          />
          <Button type="submit" size="xs" loading={mutation.isPending} disabled={!achievedDate}>
            Record achieved
          </Button>
        </Group>
        {mutation.error && !fieldError ? (
          <ErrorAlert error={mutation.error} title="The milestone was not recorded" />
        ) : null}
      </Stack>
    </form>
  );
}
