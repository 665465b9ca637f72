import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core';
import { listPointSourceCategories, listPointSourceSubcategories } from '@outfall/domain/categorical/lookup';
import type { FieldErrors } from '../../../ui/form-validation';

const PART_OPTIONS = listPointSourceCategories().map((c) => ({
  value: c.part,
  label: `Part ${c.part} · ${c.name}`,
}));

type Standard = { part: string; subpart: string };

interface StandardsEditorProps {
  standards: Standard[];
  errors: FieldErrors;
  onChange: (standards: Standard[]) => void;
}

/** The 40 CFR 405–471 categorical standards that apply to the facility. */
export function StandardsEditor({ standards, errors, onChange }: StandardsEditorProps) {
  const setAt = (i: number, next: Standard) => onChange(standards.map((s, j) => (j === i ? next : s)));
  return (
    <Stack gap="xs">
      {standards.length === 0 ? (
        <Text size="sm" c="dimmed">
          No categorical standard applies.
        </Text>
      ) : null}
      {errors.categoricalStandards ? (
        <Text size="sm" c="red.9">
          {errors.categoricalStandards}
        </Text>
      ) : null}
      {standards.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
        <Group key={i} gap="xs" align="flex-end" wrap="wrap">
          <Select
            label={`Standard ${i + 1} part`}
            searchable
            w={300}
            data={PART_OPTIONS}
            value={s.part || null}
            onChange={(p) => setAt(i, { part: p ?? '', subpart: '' })}
            error={errors[`categoricalStandards.${i}.part`] ?? errors[`categoricalStandards.${i}`]}
          />
          <Select
            label={`Standard ${i + 1} subpart`}
            searchable
            w={300}
            disabled={!s.part}
            data={
              s.part
                ? listPointSourceSubcategories(s.part).map((x) => ({
                    value: x.subpart,
                    label: `${x.subpart} · ${x.name}`,
                  }))
                : []
            }
            value={s.subpart || null}
            onChange={(sp) => setAt(i, { ...s, subpart: sp ?? '' })}
            error={errors[`categoricalStandards.${i}.subpart`]}
          />
          <ActionIcon
            variant="subtle"
            color="red.9"
            size="lg"
            aria-label={`Remove standard ${i + 1}`}
            onClick={() => onChange(standards.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          size="compact-sm"
          onClick={() => onChange([...standards, { part: '', subpart: '' }])}
        >
          Add categorical standard
        </Button>
      </Group>
    </Stack>
  );
}
