import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { MonitoringRequirement, PermitContent, SampledBy } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { SAMPLED_BY_LABELS } from '../permit-labels';
import {
  type ContentUpdate,
  newMonitoringRequirement,
  orNull,
  type PathErrors,
  removeAt,
  replaceAt,
} from './draft';

const SAMPLED_BY_OPTIONS = Object.entries(SAMPLED_BY_LABELS).map(([value, label]) => ({ value, label }));

interface MonitoringEditorProps {
  content: PermitContent;
  errors: PathErrors;
  update: ContentUpdate;
}

/** 403.8(f)(1)(iii)(B)(4): each requirement names pollutant, location, frequency and sample type. */
export function MonitoringEditor({ content, errors, update }: MonitoringEditorProps) {
  const [frequency, setFrequency] = useState('01/30');
  const [sampleType, setSampleType] = useState('24');
  const items = content.monitoringRequirements;
  const setAt = (i: number, patch: Partial<MonitoringRequirement>) =>
    update((c) => ({
      ...c,
      monitoringRequirements: replaceAt(c.monitoringRequirements, i, {
        ...c.monitoringRequirements[i]!,
        ...patch,
      }),
    }));
  const err = (i: number, field: string) => errors[`monitoringRequirements[${i}].${field}`];
  const fromLimits = () =>
    update((c) => {
      const seen = new Set(c.monitoringRequirements.map((m) => `${m.outfallId}/${m.parameterCode}`));
      const added: MonitoringRequirement[] = [];
      for (const set of c.limitSets) {
        for (const l of set.limits) {
          const key = `${set.outfallId}/${l.parameterCode}`;
          if (seen.has(key) || !l.parameterCode) continue;
          seen.add(key);
          added.push({
            ...newMonitoringRequirement(set.outfallId),
            parameterCode: l.parameterCode,
            parameterName: l.parameterName,
            frequencyCode: l.frequencyCode ?? orNull(frequency),
            sampleType: l.sampleType ?? orNull(sampleType),
          });
        }
      }
      return { ...c, monitoringRequirements: [...c.monitoringRequirements, ...added] };
    });
  const outfallOptions = content.outfalls.map((o) => ({ value: o.id, label: `${o.code} · ${o.name}` }));
  return (
    <Stack gap="sm">
      {items.length === 0 ? <Text c="dimmed">No monitoring requirements yet.</Text> : null}
      {items.map((m, i) => (
        <Paper key={m.id} withBorder p="sm" radius="sm">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            <TextInput
              label={`Requirement ${i + 1} parameter code`}
              value={m.parameterCode ?? ''}
              onChange={(e) => setAt(i, { parameterCode: orNull(e.currentTarget.value.toUpperCase()) })}
              error={err(i, 'parameterCode')}
            />
            <TextInput
              label="Parameter name"
              value={m.parameterName ?? ''}
              onChange={(e) => setAt(i, { parameterName: orNull(e.currentTarget.value) })}
              error={err(i, 'parameterName')}
            />
            <Select
              label="Outfall"
              data={outfallOptions}
              value={m.outfallId}
              onChange={(id) => setAt(i, { outfallId: id })}
              error={err(i, 'outfallId')}
            />
            <TextInput
              label="Frequency"
              placeholder="01/30"
              value={m.frequencyCode ?? ''}
              onChange={(e) => setAt(i, { frequencyCode: orNull(e.currentTarget.value) })}
              error={err(i, 'frequencyCode')}
            />
            <TextInput
              label="Sample type"
              placeholder="24 (24-hour composite), GR (grab)"
              value={m.sampleType ?? ''}
              onChange={(e) => setAt(i, { sampleType: orNull(e.currentTarget.value) })}
              error={err(i, 'sampleType')}
            />
            <Select
              label="Sampled by"
              data={SAMPLED_BY_OPTIONS}
              allowDeselect={false}
              value={m.sampledBy}
              onChange={(s) => s && setAt(i, { sampledBy: s as SampledBy })}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="xs">
            <Button
              variant="subtle"
              color="red.9"
              size="compact-sm"
              onClick={() =>
                update((c) => ({ ...c, monitoringRequirements: removeAt(c.monitoringRequirements, i) }))
              }
            >
              Remove requirement {i + 1}
            </Button>
          </Group>
        </Paper>
      ))}
      <Group gap="xs" align="flex-end">
        <TextInput
          label="Frequency for new requirements"
          w={200}
          value={frequency}
          onChange={(e) => setFrequency(e.currentTarget.value)}
        />
        <TextInput
          label="Sample type for new requirements"
          w={220}
          value={sampleType}
          onChange={(e) => setSampleType(e.currentTarget.value)}
        />
        <Button variant="default" onClick={fromLimits} disabled={content.limitSets.length === 0}>
          One per limited parameter
        </Button>
      </Group>
      <Group gap="xs">
        <Button
          variant="default"
          onClick={() =>
            update((c) => ({
              ...c,
              monitoringRequirements: [
                ...c.monitoringRequirements,
                newMonitoringRequirement(c.outfalls[0]?.id ?? null),
              ],
            }))
          }
        >
          Add monitoring requirement
        </Button>
      </Group>
    </Stack>
  );
}
