import { Button, Code, List, Modal, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { LimitDerivation } from '@outfall/domain/contracts/index';

function inputText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The working behind a derived limit (403.6(c)(7)): formula, inputs, steps, result. */
export function DerivationView({ derivation }: { derivation: LimitDerivation }) {
  const scalarInputs = Object.entries(derivation.inputs).filter(([, v]) => !Array.isArray(v));
  return (
    <Stack gap="sm">
      <Text size="sm">
        <strong>{derivation.tool}</strong> · 40 CFR {derivation.citation}
      </Text>
      <Code block>{derivation.formula}</Code>
      {scalarInputs.length > 0 ? (
        <Text size="sm">Inputs: {scalarInputs.map(([k, v]) => `${k} = ${inputText(v)}`).join('; ')}</Text>
      ) : null}
      <Table.ScrollContainer minWidth={420}>
        <Table withTableBorder>
          <caption className="visually-hidden">Derivation steps</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Step</Table.Th>
              <Table.Th scope="col">Working</Table.Th>
              <Table.Th scope="col">Value</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {derivation.steps.map((s) => (
              <Table.Tr key={`${s.label}-${s.expression}`}>
                <Table.Td>{s.label}</Table.Td>
                <Table.Td>
                  <Code>{s.expression}</Code>
                </Table.Td>
                <Table.Td>
                  {s.value}
                  {s.unit ? ` ${s.unit}` : ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text fw={600} data-testid="derivation-result">
        Result: {derivation.result ?? 'not computed'} {derivation.unit ?? ''}
      </Text>
      {derivation.notes.length > 0 ? (
        <List size="sm">
          {derivation.notes.map((n) => (
            <List.Item key={n}>{n}</List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}

/** "How derived" on demand, so the limits table stays compact. */
export function DerivationButton({ derivation, label }: { derivation: LimitDerivation; label: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="subtle" size="compact-sm" onClick={open} aria-label={`How ${label} was derived`}>
        How derived
      </Button>
      <Modal opened={opened} onClose={close} title={`How ${label} was derived`} size="lg">
        <DerivationView derivation={derivation} />
      </Modal>
    </>
  );
}
