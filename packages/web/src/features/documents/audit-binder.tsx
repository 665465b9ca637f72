import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useActiveMembership } from '../auth/use-session';
import { FacilityPicker } from '../monitoring/facility-choice';
import { quarterRange } from './document-labels';
import { documentPaths } from './use-documents';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The audit binder of a facility for a period: one ZIP of its permits, results, reports and documents
 * (the server assembles it). A plain link: the browser downloads it with the server's file name.
 */
export function AuditBinder() {
  const membership = useActiveMembership();
  const isAuthority = membership?.kind === 'authority';
  const [chosen, setChosen] = useState<string | null>(null);
  const facilityId = isAuthority ? chosen : (membership?.organizationId ?? null);
  const [range, setRange] = useState(() => quarterRange(0));
  const valid = DAY.test(range.from) && DAY.test(range.to) && range.from <= range.to;
  const problem = !facilityId
    ? 'Choose a facility'
    : !valid
      ? 'Enter a period whose start is not after its end'
      : null;
  const href = facilityId && valid ? documentPaths.binder({ facilityId, ...range }) : undefined;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="binder-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="binder-title">
          Audit binder
        </Title>
        <Text size="sm" c="dimmed">
          The facility's records and documents of a period in one ZIP file, as an inspection asks for them.
        </Text>
        <Group align="flex-end" gap="md">
          {isAuthority ? <FacilityPicker value={chosen} onChange={setChosen} /> : null}
          <TextInput
            label="From"
            type="date"
            value={range.from}
            onChange={(e) => setRange({ ...range, from: e.currentTarget.value })}
          />
          <TextInput
            label="To"
            type="date"
            value={range.to}
            onChange={(e) => setRange({ ...range, to: e.currentTarget.value })}
          />
          <Group gap="xs">
            <Button variant="default" onClick={() => setRange(quarterRange(0))}>
              This quarter
            </Button>
            <Button variant="default" onClick={() => setRange(quarterRange(-1))}>
              Last quarter
            </Button>
          </Group>
        </Group>
        <Group gap="sm">
          {href ? (
            <Button component="a" href={href} download data-testid="binder-download">
              Download the audit binder
            </Button>
          ) : (
            <Button disabled data-testid="binder-download">
              Download the audit binder
            </Button>
          )}
          {problem ? (
            <Text size="sm" c="dimmed">
              {problem}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
