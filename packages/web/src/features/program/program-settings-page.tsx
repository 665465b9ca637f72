import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { ProgramSettingsInput, ProgramSettingsView } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { FieldIssues } from '../../ui/field-issues';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { useProgramSettings, useSaveProgramSettings } from './use-program';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
].map((label, i) => ({ value: String(i + 1), label }));

function toInput(view: ProgramSettingsView): ProgramSettingsInput {
  const { authorityId: _a, isSaved: _s, updatedAt: _u, ...input } = view;
  return input;
}

type NumberKey = {
  [K in keyof ProgramSettingsInput]: ProgramSettingsInput[K] extends number ? K : never;
}[keyof ProgramSettingsInput];
type TextKey = {
  [K in keyof ProgramSettingsInput]: ProgramSettingsInput[K] extends string | null ? K : never;
}[keyof ProgramSettingsInput];

function SettingsForm({ view, canEdit }: { view: ProgramSettingsView; canEdit: boolean }) {
  const [input, setInput] = useState<ProgramSettingsInput>(() => toInput(view));
  const save = useSaveProgramSettings();
  const fieldError = (key: string) => (isApiError(save.error) ? save.error.fieldMessage(key) : undefined);
  const num = (key: NumberKey, label: string, description?: string) => (
    <NumberInput
      label={label}
      description={description}
      value={input[key]}
      onChange={(v) => setInput({ ...input, [key]: typeof v === 'number' ? v : Number(v) })}
      allowDecimal={false}
      min={0}
      disabled={!canEdit}
      error={fieldError(key)}
    />
  );
  const text = (key: TextKey, label: string, description?: string) => (
    <TextInput
      label={label}
      description={description}
      value={input[key] ?? ''}
      onChange={(e) => {
        const value = e.currentTarget.value;
        const nullable = !['directorTitle', 'coordinatorTitle', 'sncWindowMode'].includes(key);
        setInput({ ...input, [key]: value === '' && nullable ? null : value });
      }}
      disabled={!canEdit}
      error={fieldError(key)}
    />
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(input);
      }}
    >
      <Stack gap="lg">
        {!view.isSaved ? (
          <Alert color="blue" variant="light">
            The federal defaults and the model ERP time frames are in force until you save your own settings.
          </Alert>
        ) : null}
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            Significant noncompliance (403.8(f)(2)(viii))
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="SNC window"
              description="Recorded on every SNC determination"
              data={[
                { value: 'FIXED_SEMIANNUAL', label: 'Fixed half-years (Jan–Jun, Jul–Dec)' },
                { value: 'ROLLING_QUARTERLY', label: 'Rolling: the two latest quarters, each quarter end' },
              ]}
              value={input.sncWindowMode}
              onChange={(v) =>
                v && setInput({ ...input, sncWindowMode: v as ProgramSettingsInput['sncWindowMode'] })
              }
              allowDeselect={false}
              disabled={!canEdit}
            />
            {num('lateReportDays', 'Late report days (criterion F)', 'Federal 45; many ordinances say 30')}
            {num(
              'nearSncMarginPercent',
              'Near-SNC margin (percentage points)',
              'Warn this far below 66 % / 33 %',
            )}
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            Oversight (§3.1, §3.2)
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Reporting year starts in"
              data={MONTHS}
              value={String(input.reportingYearStartMonth)}
              onChange={(v) => v && setInput({ ...input, reportingYearStartMonth: Number(v) })}
              allowDeselect={false}
              disabled={!canEdit}
            />
            {num(
              'slugReevaluationMonths',
              'Slug control re-evaluation (months)',
              'LOCAL; 24 where the ordinance says two years',
            )}
            {num('annualReportDueDays', 'Annual report due (days after the year ends)')}
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            Enforcement Response Plan time frames (§5.2)
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {num('erpDocumentDays', 'Document a violation within (days)')}
            {num('erpInitialResponseDays', 'Initial response within (days of detection)')}
            {num('erpFollowUpDays', 'Follow-up within (days of the initial response)')}
            {num('erpSncFormalDays', 'Formal action for SNC within (days)')}
            {text('directorTitle', 'Director’s title')}
            {text('coordinatorTitle', 'Coordinator’s title')}
          </SimpleGrid>
          <Textarea
            mt="sm"
            label="Notice of violation letter template"
            description="Placeholders: {{facilityName}} {{facilityAddress}} {{permitNumber}} {{issuedOn}} {{violations}} {{requirements}} {{responseDue}} {{officialTitle}} {{authorityName}}. Leave empty for the built-in letter."
            autosize
            minRows={4}
            value={input.novTemplate ?? ''}
            onChange={(e) =>
              setInput({ ...input, novTemplate: e.currentTarget.value === '' ? null : e.currentTarget.value })
            }
            disabled={!canEdit}
            error={fieldError('novTemplate')}
          />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            Annual report identifiers (§6.2, §6.3)
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('npdesPermitId', 'POTW NPDES permit number', '9 characters, e.g. IL0021234')}
            {text('suoReference', 'Sewer use ordinance reference', 'At most 15 characters')}
            {text('suoDate', 'Sewer use ordinance date', 'YYYY-MM-DD')}
            {text('localLimitsAdoptionDate', 'Local limits adopted on', 'YYYY-MM-DD')}
            {text('localLimitsEvaluationDate', 'Local limits last evaluated on', 'YYYY-MM-DD')}
          </SimpleGrid>
        </Paper>
        <FieldIssues error={save.error} title="The settings were not saved" />
        {save.isSuccess ? (
          <Alert color="green" variant="light" role="status">
            Settings saved.
          </Alert>
        ) : null}
        {canEdit ? (
          <Group>
            <Button type="submit" loading={save.isPending}>
              Save settings
            </Button>
          </Group>
        ) : (
          <Text c="dimmed">Only the director, coordinators and administrators change these settings.</Text>
        )}
      </Stack>
    </form>
  );
}

export function ProgramSettingsPage() {
  usePageTitle('Program settings');
  const settings = useProgramSettings();
  const membership = useActiveMembership();
  const canEdit = ['admin', 'director', 'coordinator'].includes(membership?.role ?? '');
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Program settings</Title>
        <Text c="dimmed">
          The LOCAL choices of your pretreatment program; every change is in the audit trail.
        </Text>
      </div>
      <QueryState query={settings} label="program settings">
        {(view) => <SettingsForm key={view.updatedAt ?? 'defaults'} view={view} canEdit={canEdit} />}
      </QueryState>
    </Stack>
  );
}
