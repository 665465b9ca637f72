import { Badge, Button, Card, Checkbox, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import type { FindingSeverity, InspectionView } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/error-alert';
import { useAddFinding, useRecordViolation } from './use-inspections';

const SEVERITIES = [
  { value: 'observation', label: 'Observation' },
  { value: 'deficiency', label: 'Deficiency' },
  { value: 'violation', label: 'Violation' },
];
const SEVERITY_COLOR: Record<FindingSeverity, string> = {
  observation: 'gray',
  deficiency: 'orange',
  violation: 'red.9',
};

/** Findings, each of which (other than an observation) can be recorded as a violation. */
export function InspectionFindings({
  inspection,
  canAdd,
  canRecord,
}: {
  inspection: InspectionView;
  canAdd: boolean;
  canRecord: boolean;
}) {
  const add = useAddFinding(inspection.id);
  const record = useRecordViolation(inspection.id);
  const [description, setDescription] = useState('');
  const [severity, setSeverity] = useState<string | null>('deficiency');
  const [itemId, setItemId] = useState<string | null>(null);
  const [asViolation, setAsViolation] = useState(false);
  const err = (path: string) => (isApiError(add.error) ? add.error.fieldMessage(path) : undefined);
  const items = inspection.checklist.map((c) => ({ value: c.id, label: c.text }));
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    add.mutate(
      {
        description,
        severity: severity as FindingSeverity,
        checklistItemId: itemId,
        recordAsViolation: asViolation,
      },
      {
        onSuccess: () => {
          setDescription('');
          setItemId(null);
          setAsViolation(false);
        },
      },
    );
  };
  return (
    <Stack gap="sm">
      <Title order={3}>Findings</Title>
      {inspection.findings.length === 0 ? <Text c="dimmed">No findings.</Text> : null}
      {inspection.findings.map((f) => (
        <Card key={f.id} withBorder padding="sm" data-testid="finding">
          <Stack gap={6}>
            <Group gap="xs">
              <Badge color={SEVERITY_COLOR[f.severity]} variant="light">
                {f.severity}
              </Badge>
              {f.violationId ? (
                <Badge color="red.9" variant="outline">
                  Recorded as violation
                </Badge>
              ) : null}
            </Group>
            <Text size="sm">{f.description}</Text>
            {f.violationId ? (
              <Text size="sm">
                <Link to={`/violations/${f.violationId}`}>Open the violation</Link>
              </Text>
            ) : canRecord && f.severity !== 'observation' ? (
              <Button
                variant="light"
                color="red"
                size="md"
                loading={record.isPending && record.variables === f.id}
                onClick={() => record.mutate(f.id)}
                aria-label={`Record as violation: ${f.description}`}
              >
                Record as violation
              </Button>
            ) : null}
          </Stack>
        </Card>
      ))}
      <ErrorAlert error={record.error} title="Could not record the violation" />
      {canAdd ? (
        <form onSubmit={submit} aria-label="Add finding">
          <Stack gap="sm">
            <Textarea
              label="Finding"
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              autosize
              minRows={2}
              required
              error={err('description')}
            />
            <Select
              label="Severity"
              data={SEVERITIES}
              value={severity}
              onChange={setSeverity}
              allowDeselect={false}
              error={err('severity')}
            />
            <Select
              label="Checklist item (optional)"
              data={items}
              value={itemId}
              onChange={setItemId}
              clearable
              searchable
              error={err('checklistItemId')}
            />
            <Checkbox
              label="Record as a violation now"
              checked={asViolation}
              onChange={(e) => setAsViolation(e.currentTarget.checked)}
            />
            {add.error && !err('description') && !err('severity') ? <ErrorAlert error={add.error} /> : null}
            <Button type="submit" size="md" loading={add.isPending} disabled={!description.trim()}>
              Add finding
            </Button>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
