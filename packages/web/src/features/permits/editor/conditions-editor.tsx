import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type {
  PermitContent,
  SpecialConditionKind,
  StandardConditions,
} from '@outfall/domain/contracts/index';
import { STANDARD_CONDITION_LABELS } from '../conditions-view';
import { CONDITION_KIND_LABELS } from '../permit-labels';
import {
  type ContentUpdate,
  newSpecialCondition,
  orNull,
  type PathErrors,
  removeAt,
  replaceAt,
} from './draft';
import { withModelStatements } from './model-statements';

const KIND_OPTIONS = Object.entries(CONDITION_KIND_LABELS).map(([value, label]) => ({ value, label }));

interface ConditionsEditorProps {
  content: PermitContent;
  errors: PathErrors;
  update: ContentUpdate;
}

/** Special conditions and BMPs, and the 403.8(f)(1)(iii)(B) standard statements. */
export function ConditionsEditor({ content, errors, update }: ConditionsEditorProps) {
  const setCondition = (i: number, patch: Partial<PermitContent['specialConditions'][number]>) =>
    update((c) => ({
      ...c,
      specialConditions: replaceAt(c.specialConditions, i, { ...c.specialConditions[i]!, ...patch }),
    }));
  const setStandard = (key: keyof StandardConditions, text: string) =>
    update((c) => ({ ...c, conditions: { ...c.conditions, [key]: orNull(text) } }));
  return (
    <Stack gap="md">
      {content.specialConditions.map((s, i) => (
        <Paper key={s.id} withBorder p="sm" radius="sm">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label={`Condition ${i + 1} title`}
              required
              value={s.title}
              onChange={(e) => setCondition(i, { title: e.currentTarget.value })}
              error={errors[`specialConditions[${i}].title`]}
            />
            <Select
              label="Kind"
              data={KIND_OPTIONS}
              allowDeselect={false}
              value={s.kind}
              onChange={(k) => k && setCondition(i, { kind: k as SpecialConditionKind })}
            />
          </SimpleGrid>
          <Textarea
            mt="sm"
            label="Text"
            required
            autosize
            minRows={2}
            value={s.text}
            onChange={(e) => setCondition(i, { text: e.currentTarget.value })}
            error={errors[`specialConditions[${i}].text`]}
          />
          <Group justify="flex-end" mt="xs">
            <Button
              variant="subtle"
              color="red.9"
              size="compact-sm"
              onClick={() => update((c) => ({ ...c, specialConditions: removeAt(c.specialConditions, i) }))}
            >
              Remove condition {i + 1}
            </Button>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="default"
          onClick={() =>
            update((c) => ({ ...c, specialConditions: [...c.specialConditions, newSpecialCondition()] }))
          }
        >
          Add special condition
        </Button>
      </Group>
      <Group justify="space-between" align="flex-end">
        <Text fw={600} size="sm">
          Standard conditions, 403.8(f)(1)(iii)(B)
        </Text>
        <Button
          variant="default"
          size="compact-sm"
          onClick={() => update((c) => ({ ...c, conditions: withModelStatements(c.conditions) }))}
        >
          Insert model statements
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {(Object.keys(STANDARD_CONDITION_LABELS) as (keyof StandardConditions)[]).map((key) => (
          <Textarea
            key={key}
            label={`${STANDARD_CONDITION_LABELS[key]} statement`}
            autosize
            minRows={2}
            value={content.conditions[key] ?? ''}
            onChange={(e) => setStandard(key, e.currentTarget.value)}
            error={errors[`conditions.${key}`]}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
