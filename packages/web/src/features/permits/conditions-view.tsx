import { List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { PermitContent, StandardConditions } from '@outfall/domain/contracts/index';
import { SIGNATORY_LABELS } from '../../ui/labels';
import { CONDITION_KIND_LABELS, MILESTONE_LABELS } from './permit-labels';

export const STANDARD_CONDITION_LABELS: Record<keyof StandardConditions, string> = {
  duration: 'Duration',
  nonTransferability: 'Non-transferability',
  monitoring: 'Monitoring',
  reporting: 'Reporting',
  notification: 'Notification',
  recordKeeping: 'Record keeping',
  penalties: 'Penalties',
};

export function ScheduleView({ content }: { content: PermitContent }) {
  if (content.complianceSchedules.length === 0) return <Text c="dimmed">No compliance schedule.</Text>;
  return (
    <Stack gap="md">
      {content.complianceSchedules.map((schedule) => (
        <Paper key={schedule.id} withBorder p="md" radius="md">
          <Title order={3} size="h4">
            {schedule.title}
          </Title>
          {schedule.requirement ? <Text size="sm">{schedule.requirement}</Text> : null}
          <List mt="xs" size="sm">
            {schedule.milestones.map((m) => (
              <List.Item key={m.id}>
                <strong>{m.dueDate}</strong> · {MILESTONE_LABELS[m.kind]}: {m.description}
              </List.Item>
            ))}
          </List>
        </Paper>
      ))}
    </Stack>
  );
}

export function ConditionsView({ content }: { content: PermitContent }) {
  const standard = Object.entries(content.conditions).filter(([, text]) => text) as [
    keyof StandardConditions,
    string,
  ][];
  return (
    <Stack gap="lg">
      {content.specialConditions.length > 0 ? (
        <Stack gap="sm">
          {content.specialConditions.map((c) => (
            <Paper key={c.id} withBorder p="md" radius="md">
              <Text size="xs" c="dimmed" fw={600}>
                {CONDITION_KIND_LABELS[c.kind]}
              </Text>
              <Title order={3} size="h5">
                {c.title}
              </Title>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {c.text}
              </Text>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Text c="dimmed">No special conditions.</Text>
      )}
      {standard.length > 0 ? (
        <SimpleGrid component="dl" cols={{ base: 1, md: 2 }} m={0}>
          {standard.map(([key, text]) => (
            <div key={key}>
              <Text component="dt" fw={600} size="sm">
                {STANDARD_CONDITION_LABELS[key]}
              </Text>
              <Text component="dd" m={0} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {text}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      ) : null}
      <Text size="sm">
        <strong>Signatories:</strong>{' '}
        {content.signatory.allowedSignatories.map((s) => SIGNATORY_LABELS[s]).join(', ')}
        {content.signatory.authorizationOnFileRequired ? ' · written authorization on file required' : ''}
      </Text>
    </Stack>
  );
}
