import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type {
  PermitContent,
  ReportCadenceText,
  ReportingRequirement,
  ReportKind,
} from '@outfall/domain/contracts/index';
import { CADENCE_LABELS, REPORT_KIND_LABELS } from '../permit-labels';
import { type ContentUpdate, newReportingRequirement, type PathErrors, removeAt, replaceAt } from './draft';

const KIND_OPTIONS = Object.entries(REPORT_KIND_LABELS).map(([value, label]) => ({ value, label }));
const CADENCE_OPTIONS = Object.entries(CADENCE_LABELS).map(([value, label]) => ({ value, label }));

interface ReportingEditorProps {
  content: PermitContent;
  errors: PathErrors;
  update: ContentUpdate;
}

/** Reports the permit requires; due "n days after the period ends" (other rules come from imports). */
export function ReportingEditor({ content, errors, update }: ReportingEditorProps) {
  const items = content.reportingRequirements;
  const setAt = (i: number, patch: Partial<ReportingRequirement>) =>
    update((c) => ({
      ...c,
      reportingRequirements: replaceAt(c.reportingRequirements, i, {
        ...c.reportingRequirements[i]!,
        ...patch,
      }),
    }));
  const err = (i: number, field: string) => errors[`reportingRequirements[${i}].${field}`];
  return (
    <Stack gap="sm">
      {items.length === 0 ? <Text c="dimmed">No reporting requirements yet.</Text> : null}
      {items.map((r, i) => (
        <Paper key={r.id} withBorder p="sm" radius="sm">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <TextInput
              label={`Report ${i + 1} name`}
              required
              value={r.name}
              onChange={(e) => setAt(i, { name: e.currentTarget.value })}
              error={err(i, 'name')}
            />
            <Select
              label="Kind"
              data={KIND_OPTIONS}
              allowDeselect={false}
              value={r.kind}
              onChange={(k) => k && setAt(i, { kind: k as ReportKind })}
            />
            <Select
              label="Period"
              data={CADENCE_OPTIONS}
              allowDeselect={false}
              value={r.cadence}
              onChange={(k) => k && setAt(i, { cadence: k as ReportCadenceText })}
            />
            {r.dueRule.kind === 'days-after-period-end' ? (
              <NumberInput
                label="Due, days after the period ends"
                min={0}
                max={366}
                value={r.dueRule.days}
                onChange={(v) =>
                  setAt(i, { dueRule: { kind: 'days-after-period-end', days: Number(v) || 0 } })
                }
                error={err(i, 'dueRule.days')}
              />
            ) : (
              <TextInput label="Due rule" value={r.dueRule.kind} readOnly />
            )}
          </SimpleGrid>
          <Group justify="flex-end" mt="xs">
            <Button
              variant="subtle"
              color="red.9"
              size="compact-sm"
              onClick={() =>
                update((c) => ({ ...c, reportingRequirements: removeAt(c.reportingRequirements, i) }))
              }
            >
              Remove report {i + 1}
            </Button>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="default"
          onClick={() =>
            update((c) => ({
              ...c,
              reportingRequirements: [...c.reportingRequirements, newReportingRequirement()],
            }))
          }
        >
          Add reporting requirement
        </Button>
      </Group>
    </Stack>
  );
}
