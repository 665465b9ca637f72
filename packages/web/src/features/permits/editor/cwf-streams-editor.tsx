import { ActionIcon, Button, Group, Select, Table, TextInput } from '@mantine/core';
import type { CwfStreamInput } from './use-permit-tools';

const KIND_OPTIONS = [
  { value: 'regulated', label: 'Regulated' },
  { value: 'unregulated', label: 'Unregulated' },
  { value: 'dilute', label: 'Dilute' },
];

interface CwfStreamsEditorProps {
  streams: CwfStreamInput[];
  errors: Record<string, string>;
  onChange: (streams: CwfStreamInput[]) => void;
}

/** The wastestreams entering the combined treatment: 403.6(e)(1) regulated, unregulated, dilute. */
export function CwfStreamsEditor({ streams, errors, onChange }: CwfStreamsEditorProps) {
  const setAt = (i: number, patch: Partial<CwfStreamInput>) =>
    onChange(streams.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing={4} horizontalSpacing={4}>
          <caption className="visually-hidden">Wastestreams</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Stream</Table.Th>
              <Table.Th scope="col">Kind</Table.Th>
              <Table.Th scope="col">Flow</Table.Th>
              <Table.Th scope="col">Daily max standard</Table.Th>
              <Table.Th scope="col">Average standard</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">Remove</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {streams.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: streams have no identity beyond their row
              <Table.Tr key={i}>
                <Table.Td>
                  <TextInput
                    aria-label={`Stream ${i + 1} name`}
                    value={s.label}
                    onChange={(e) => setAt(i, { label: e.currentTarget.value })}
                    error={errors[`streams.${i}.label`]}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`Stream ${i + 1} kind`}
                    data={KIND_OPTIONS}
                    allowDeselect={false}
                    value={s.kind}
                    onChange={(k) => k && setAt(i, { kind: k as CwfStreamInput['kind'] })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Stream ${i + 1} flow`}
                    inputMode="decimal"
                    value={s.flow}
                    onChange={(e) => setAt(i, { flow: e.currentTarget.value })}
                    error={errors[`streams.${i}.flow`]}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Stream ${i + 1} daily maximum standard`}
                    inputMode="decimal"
                    disabled={s.kind !== 'regulated'}
                    value={s.dailyMax ?? ''}
                    onChange={(e) => setAt(i, { dailyMax: e.currentTarget.value })}
                    error={errors[`streams.${i}.dailyMax`]}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Stream ${i + 1} average standard`}
                    inputMode="decimal"
                    disabled={s.kind !== 'regulated'}
                    value={s.average ?? ''}
                    onChange={(e) => setAt(i, { average: e.currentTarget.value })}
                    error={errors[`streams.${i}.average`]}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red.9"
                    aria-label={`Remove stream ${i + 1}`}
                    onClick={() => onChange(streams.filter((_, j) => j !== i))}
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        <Button
          variant="default"
          size="compact-sm"
          onClick={() =>
            onChange([...streams, { label: `Stream ${streams.length + 1}`, kind: 'unregulated', flow: '' }])
          }
        >
          Add stream
        </Button>
      </Group>
    </>
  );
}
