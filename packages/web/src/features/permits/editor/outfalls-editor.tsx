import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { PermitOutfall } from '@outfall/domain/contracts/index';
import { type ContentUpdate, newOutfall, orNull, type PathErrors, removeAt, replaceAt } from './draft';

interface OutfallsEditorProps {
  outfalls: PermitOutfall[];
  errors: PathErrors;
  update: ContentUpdate;
}

/** Outfalls and monitoring points, with their ICIS monitoring location codes. */
export function OutfallsEditor({ outfalls, errors, update }: OutfallsEditorProps) {
  const setAt = (i: number, patch: Partial<PermitOutfall>) =>
    update((c) => ({ ...c, outfalls: replaceAt(c.outfalls, i, { ...c.outfalls[i]!, ...patch }) }));
  const remove = (i: number) =>
    update((c) => {
      const id = c.outfalls[i]?.id;
      return {
        ...c,
        outfalls: removeAt(c.outfalls, i),
        limitSets: c.limitSets.filter((s) => s.outfallId !== id),
      };
    });
  return (
    <Stack gap="sm">
      {outfalls.length === 0 ? <Text c="dimmed">Add the outfalls or monitoring points first.</Text> : null}
      {outfalls.map((o, i) => (
        <Paper key={o.id} withBorder p="sm" radius="sm">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <TextInput
              label={`Outfall ${i + 1} code`}
              required
              value={o.code}
              onChange={(e) => setAt(i, { code: e.currentTarget.value })}
              error={errors[`outfalls[${i}].code`]}
            />
            <TextInput
              label={`Outfall ${i + 1} name`}
              required
              value={o.name}
              onChange={(e) => setAt(i, { name: e.currentTarget.value })}
              error={errors[`outfalls[${i}].name`]}
            />
            <TextInput
              label="Monitoring location code"
              description="ICIS: 1 effluent gross, G raw influent"
              required
              value={o.monitoringLocationCode}
              onChange={(e) => setAt(i, { monitoringLocationCode: e.currentTarget.value.toUpperCase() })}
              error={errors[`outfalls[${i}].monitoringLocationCode`]}
            />
            <TextInput
              label="Description"
              value={o.description ?? ''}
              onChange={(e) => setAt(i, { description: orNull(e.currentTarget.value) })}
              error={errors[`outfalls[${i}].description`]}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="xs">
            <Button variant="subtle" color="red.9" size="compact-sm" onClick={() => remove(i)}>
              Remove outfall {o.code}
            </Button>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="default"
          onClick={() => update((c) => ({ ...c, outfalls: [...c.outfalls, newOutfall(c.outfalls.length)] }))}
        >
          Add outfall
        </Button>
      </Group>
    </Stack>
  );
}
