import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { listPointSourceCategories, listPointSourceSubcategories } from '@outfall/domain/categorical/lookup';
import type { PermitLimit } from '@outfall/domain/contracts/index';
import { useMemo, useState } from 'react';
import { FieldIssues } from '../../../ui/field-issues';
import { newLimit } from './draft';
import { type CategoricalDraft, useCategoricalFill } from './use-permit-tools';

const PART_OPTIONS = listPointSourceCategories().map((c) => ({
  value: c.part,
  label: `Part ${c.part} · ${c.name}`,
}));
const SOURCE_OPTIONS = [
  { value: 'PSES', label: 'PSES (existing sources)' },
  { value: 'PSNS', label: 'PSNS (new sources)' },
  { value: 'BPT', label: 'BPT (direct dischargers)' },
];

function toLimit(d: CategoricalDraft): PermitLimit {
  const { parameterCode, ...rest } = d.limit;
  return newLimit({ ...rest, parameterCode: parameterCode ?? '', basis: 'categorical' });
}

interface CategoricalFillModalProps {
  onAdd: (limits: PermitLimit[]) => void;
  onClose: () => void;
}

/** Pick a 40 CFR part and subpart; review the limit drafts the reference data gives; add them. */
export function CategoricalFillModal({ onAdd, onClose }: CategoricalFillModalProps) {
  const fill = useCategoricalFill();
  const [part, setPart] = useState<string | null>(null);
  const [subpart, setSubpart] = useState<string | null>(null);
  const [sourceType, setSourceType] = useState<'PSES' | 'PSNS' | 'BPT'>('PSES');
  const [flow, setFlow] = useState('');
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const subparts = useMemo(
    () =>
      part
        ? listPointSourceSubcategories(part).map((s) => ({
            value: s.subpart,
            label: `${s.subpart} · ${s.name}`,
          }))
        : [],
    [part],
  );
  const drafts = fill.data?.drafts ?? [];
  const chosen = drafts.filter((_, i) => !excluded.has(i));
  const lookUp = () => {
    if (!part) return;
    setExcluded(new Set());
    fill.mutate({
      part,
      subpart: subpart ?? undefined,
      sourceType,
      processFlowGpd: flow.trim() || undefined,
    });
  };
  const toggle = (i: number) => {
    const next = new Set(excluded);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    setExcluded(next);
  };
  return (
    <Modal opened onClose={onClose} title="Fill from categorical standards" size="xl">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label="40 CFR part"
            searchable
            data={PART_OPTIONS}
            value={part}
            onChange={(p) => {
              setPart(p);
              setSubpart(null);
            }}
          />
          <Select
            label="Subpart"
            searchable
            clearable
            data={subparts}
            value={subpart}
            onChange={setSubpart}
            disabled={!part}
          />
          <Select
            label="Standard"
            allowDeselect={false}
            data={SOURCE_OPTIONS}
            value={sourceType}
            onChange={(s) => s && setSourceType(s as typeof sourceType)}
          />
          <TextInput
            label="Process flow, gpd"
            description="Selects a flow band where the table has one (413.14)"
            value={flow}
            onChange={(e) => setFlow(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Group>
          <Button onClick={lookUp} disabled={!part} loading={fill.isPending}>
            Get limit drafts
          </Button>
        </Group>
        <FieldIssues error={fill.error} title="Could not look up the standards" />
        {fill.data && drafts.length === 0 ? (
          <Alert color="orange" variant="outline">
            No {sourceType} standards for this part and subpart in the reference data.
          </Alert>
        ) : null}
        {drafts.length > 0 ? (
          <Table.ScrollContainer minWidth={560}>
            <Table striped withTableBorder data-testid="categorical-drafts">
              <caption className="visually-hidden">Limit drafts from the categorical standard</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Add</Table.Th>
                  <Table.Th scope="col">Pollutant</Table.Th>
                  <Table.Th scope="col">Statistic</Table.Th>
                  <Table.Th scope="col">Value</Table.Th>
                  <Table.Th scope="col">Citation</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {drafts.map((d, i) => (
                  <Table.Tr key={`${d.pollutant}-${d.statistic}-${d.citation}`}>
                    <Table.Td>
                      <Checkbox
                        aria-label={`Add ${d.pollutant} ${d.statistic}`}
                        checked={!excluded.has(i)}
                        onChange={() => toggle(i)}
                      />
                    </Table.Td>
                    <Table.Td>{d.pollutant}</Table.Td>
                    <Table.Td>{d.limit.statisticalBaseName ?? d.statistic}</Table.Td>
                    <Table.Td>
                      {d.limit.value} {d.limit.unitText}
                    </Table.Td>
                    <Table.Td>{d.citation}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        {drafts.some((d) => d.limit.parameterCode === null) ? (
          <Text size="sm" c="dimmed">
            Pollutants without an EPA parameter code need one entered in the limits table.
          </Text>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button disabled={chosen.length === 0} onClick={() => onAdd(chosen.map(toLimit))}>
            Add {chosen.length} limit{chosen.length === 1 ? '' : 's'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
