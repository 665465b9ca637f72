import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import type { PermitLimit, PermitLimitSet, PermitOutfall } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { CategoricalFillModal } from './categorical-fill-modal';
import { CwfModal } from './cwf-modal';
import { newLimit, orNull, type PathErrors } from './draft';
import { LimitsTableEditor } from './limits-table-editor';

interface LimitSetEditorProps {
  set: PermitLimitSet;
  index: number;
  outfalls: PermitOutfall[];
  errors: PathErrors;
  onChange: (set: PermitLimitSet) => void;
  onRemove: () => void;
}

function seasonOf(start: string, end: string): PermitLimitSet['season'] {
  return start === '' && end === '' ? null : { start, end };
}

/** One limit set: its outfall, season and dates, and its limits table. */
export function LimitSetEditor({ set, index, outfalls, errors, onChange, onRemove }: LimitSetEditorProps) {
  const [tool, setTool] = useState<'categorical' | 'cwf' | null>(null);
  const path = `limitSets[${index}]`;
  const err = (field: string) => errors[`${path}.${field}`];
  const patch = (p: Partial<PermitLimitSet>) => onChange({ ...set, ...p });
  const addLimits = (limits: PermitLimit[]) => {
    onChange({ ...set, limits: [...set.limits, ...limits] });
    setTool(null);
  };
  const headingId = `limit-set-${index}-heading`;
  return (
    <Paper withBorder p="sm" radius="sm" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          Limit set {index + 1}: {set.name || 'unnamed'}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          <TextInput
            label="Limit set name"
            required
            value={set.name}
            onChange={(e) => patch({ name: e.currentTarget.value })}
            error={err('name')}
          />
          <Select
            label="Outfall"
            required
            allowDeselect={false}
            data={outfalls.map((o) => ({ value: o.id, label: `${o.code} · ${o.name}` }))}
            value={set.outfallId}
            onChange={(id) => id && patch({ outfallId: id })}
            error={err('outfallId')}
          />
          <TextInput
            label="Designator"
            maxLength={2}
            value={set.designator ?? ''}
            onChange={(e) => patch({ designator: orNull(e.currentTarget.value.toUpperCase()) })}
            error={err('designator')}
          />
          <TextInput
            label="Season starts (MM-DD)"
            placeholder="Year-round"
            value={set.season?.start ?? ''}
            onChange={(e) => patch({ season: seasonOf(e.currentTarget.value, set.season?.end ?? '') })}
            error={err('season.start') ?? err('season')}
          />
          <TextInput
            label="Season ends (MM-DD)"
            placeholder="Year-round"
            value={set.season?.end ?? ''}
            onChange={(e) => patch({ season: seasonOf(set.season?.start ?? '', e.currentTarget.value) })}
            error={err('season.end')}
          />
          <TextInput
            type="date"
            label="Effective from"
            value={set.effectiveFrom ?? ''}
            onChange={(e) => patch({ effectiveFrom: orNull(e.currentTarget.value) })}
            error={err('effectiveFrom')}
          />
        </SimpleGrid>
        <LimitsTableEditor
          limits={set.limits}
          path={path}
          setName={set.name}
          errors={errors}
          onChange={(limits) => patch({ limits })}
        />
        <Group gap="xs">
          <Button variant="default" onClick={() => patch({ limits: [...set.limits, newLimit()] })}>
            Add limit
          </Button>
          <Button variant="default" onClick={() => setTool('categorical')}>
            Fill from categorical standards
          </Button>
          <Button variant="default" onClick={() => setTool('cwf')}>
            Compute CWF limit
          </Button>
          <Button variant="subtle" color="red.9" onClick={onRemove}>
            Remove limit set
          </Button>
        </Group>
      </Stack>
      {tool === 'categorical' ? (
        <CategoricalFillModal onAdd={addLimits} onClose={() => setTool(null)} />
      ) : null}
      {tool === 'cwf' ? <CwfModal onAdd={addLimits} onClose={() => setTool(null)} /> : null}
    </Paper>
  );
}
