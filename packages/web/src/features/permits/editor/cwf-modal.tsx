import { Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { PermitLimit } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { FieldIssues } from '../../../ui/field-issues';
import { serverFieldErrors } from '../../../ui/form-validation';
import { DerivationView } from '../derivation-view';
import { CwfStreamsEditor } from './cwf-streams-editor';
import { newLimit } from './draft';
import { type CwfAlternative, type CwfStreamInput, useComputeCwf } from './use-permit-tools';

const STARTING_STREAMS: CwfStreamInput[] = [
  { label: 'Regulated process', kind: 'regulated', flow: '', dailyMax: '', average: '' },
  { label: 'Unregulated process', kind: 'unregulated', flow: '' },
];

const blankToNull = (v: string | null | undefined) =>
  v === undefined || v === null || v.trim() === '' ? null : v.trim();

interface CwfModalProps {
  onAdd: (limits: PermitLimit[]) => void;
  onClose: () => void;
}

/** 403.6(e) Combined Wastestream Formula: streams in, value and its derivation out, stored on the limit. */
export function CwfModal({ onAdd, onClose }: CwfModalProps) {
  const compute = useComputeCwf();
  const [parameterCode, setParameterCode] = useState('');
  const [pollutant, setPollutant] = useState('');
  const [unit, setUnit] = useState('mg/L');
  const [streams, setStreams] = useState(STARTING_STREAMS);
  const errors = serverFieldErrors(compute.error) as Record<string, string>;

  const onCompute = () =>
    compute.mutate({
      form: 'concentration',
      pollutant,
      unit,
      streams: streams.map((s) => ({
        ...s,
        dailyMax: s.kind === 'regulated' ? blankToNull(s.dailyMax) : null,
        average: s.kind === 'regulated' ? blankToNull(s.average) : null,
      })),
    });

  const use = (alt: CwfAlternative & { ok: true }, statistic: 'daily' | 'average') =>
    onAdd([
      newLimit({
        parameterCode,
        parameterName: pollutant,
        statisticalBaseCode: statistic === 'daily' ? 'DD' : 'MK',
        statisticalBaseName: statistic === 'daily' ? 'DAILY MX' : 'MO AVG',
        value: alt.value,
        unitText: alt.unit,
        basis: 'cwf',
        derivation: alt.derivation,
      }),
    ]);

  const result = compute.data;
  const alternatives = result
    ? ([
        ['daily', 'Daily maximum', result.dailyMax],
        ['average', 'Average', result.average],
      ] as const)
    : [];

  return (
    <Modal opened onClose={onClose} title="Compute a CWF limit" size="xl">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label="Parameter code"
            value={parameterCode}
            maxLength={5}
            onChange={(e) => setParameterCode(e.currentTarget.value.toUpperCase())}
          />
          <TextInput
            label="Pollutant"
            required
            value={pollutant}
            onChange={(e) => setPollutant(e.currentTarget.value)}
            error={errors.pollutant}
          />
          <TextInput
            label="Unit"
            required
            value={unit}
            onChange={(e) => setUnit(e.currentTarget.value)}
            error={errors.unit}
          />
        </SimpleGrid>
        <CwfStreamsEditor streams={streams} errors={errors} onChange={setStreams} />
        <Group>
          <Button onClick={onCompute} loading={compute.isPending}>
            Compute
          </Button>
        </Group>
        <FieldIssues error={compute.error} title="Could not compute the limit" />
        {alternatives.map(([key, label, alt]) =>
          alt === null ? null : (
            <Paper key={key} withBorder p="sm" radius="sm" data-testid={`cwf-${key}`}>
              <Group justify="space-between" mb="xs">
                <Title order={3} size="h5">
                  {label}: {alt.ok ? `${alt.value} ${alt.unit}` : 'not computed'}
                </Title>
                {alt.ok ? (
                  <Button size="compact-sm" onClick={() => use(alt, key)}>
                    Use {label.toLowerCase()} limit
                  </Button>
                ) : null}
              </Group>
              {alt.ok ? null : (
                <Alert color="orange" variant="outline" mb="xs">
                  {alt.reason}
                </Alert>
              )}
              <DerivationView derivation={alt.derivation} />
            </Paper>
          ),
        )}
        {result ? null : (
          <Text size="sm" c="dimmed">
            C_T = (Σ C_i·F_i / Σ F_i) × (F_T − F_D) / F_T: list every stream reaching the combined treatment.
          </Text>
        )}
      </Stack>
    </Modal>
  );
}
