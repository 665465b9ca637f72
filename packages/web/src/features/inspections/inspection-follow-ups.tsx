import { Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import type { InspectionView } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/error-alert';
import { todayIso } from './inspection-labels';
import { useAddFollowUp, useCompleteFollowUp } from './use-inspections';

const in30Days = () => {
  const d = new Date();
  d.setDate(d.getDate() + 30);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** Follow-up actions with due dates (they appear on the facility's deadlines) and their completion. */
export function InspectionFollowUps({
  inspection,
  canAdd,
  canComplete,
}: {
  inspection: InspectionView;
  canAdd: boolean;
  canComplete: boolean;
}) {
  const add = useAddFollowUp(inspection.id);
  const complete = useCompleteFollowUp(inspection.id);
  const [description, setDescription] = useState('');
  const [due, setDue] = useState(in30Days());
  const err = (path: string) => (isApiError(add.error) ? add.error.fieldMessage(path) : undefined);
  const today = todayIso();
  return (
    <Stack gap="sm">
      <Title order={3}>Follow-ups</Title>
      {inspection.followUps.length === 0 ? <Text c="dimmed">No follow-up actions.</Text> : null}
      {inspection.followUps.map((f) => (
        <Card key={f.id} withBorder padding="sm" data-testid="follow-up">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <div style={{ flex: 1, minWidth: 180 }}>
              <Text size="sm">{f.description}</Text>
              <Text size="xs" c="dimmed">
                Due {f.dueDate}
              </Text>
            </div>
            {f.completedAt ? (
              <Badge color="green" variant="light">
                Done {f.completedAt.slice(0, 10)}
              </Badge>
            ) : (
              <Group gap="xs">
                {f.dueDate < today ? (
                  <Badge color="red.9" variant="light">
                    Overdue
                  </Badge>
                ) : null}
                {canComplete ? (
                  <Button
                    size="sm"
                    variant="light"
                    onClick={() => complete.mutate(f.id)}
                    aria-label={`Mark done: ${f.description}`}
                  >
                    Mark done
                  </Button>
                ) : null}
              </Group>
            )}
          </Group>
        </Card>
      ))}
      <ErrorAlert error={complete.error} />
      {canAdd ? (
        <form
          aria-label="Add follow-up"
          onSubmit={(event) => {
            event.preventDefault();
            add.mutate({ description, dueDate: due }, { onSuccess: () => setDescription('') });
          }}
        >
          <Stack gap="sm">
            <TextInput
              label="Follow-up action"
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              required
              error={err('description')}
            />
            <TextInput
              type="date"
              label="Due"
              value={due}
              onChange={(e) => setDue(e.currentTarget.value)}
              required
              error={err('dueDate')}
            />
            {add.error && !err('description') && !err('dueDate') ? <ErrorAlert error={add.error} /> : null}
            <Button
              type="submit"
              size="md"
              variant="light"
              loading={add.isPending}
              disabled={!description.trim()}
            >
              Add follow-up
            </Button>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
