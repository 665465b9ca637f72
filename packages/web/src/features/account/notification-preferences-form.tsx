import { Alert, Button, Checkbox, Group, Radio, Stack, TextInput } from '@mantine/core';
import type { DeadlineKind, NotificationPreferences } from '@outfall/domain/contracts/index';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../ui/error-alert';
import { type FieldErrors, formLevelError, serverFieldErrors } from '../../ui/form-validation';
import { QueryState } from '../../ui/query-state';
import { DEADLINE_KIND_OPTIONS } from '../calendar/deadline-labels';
import { useNotificationPreferences, useSaveNotificationPreferences } from './use-account-settings';

type EmailMode = NotificationPreferences['emailMode'];

const MODES: { value: EmailMode; label: string; description: string }[] = [
  { value: 'immediate', label: 'Each reminder as it happens', description: 'One e-mail per reminder.' },
  {
    value: 'daily_digest',
    label: 'One daily digest',
    description: 'The day’s reminders in one e-mail.',
  },
  {
    value: 'off',
    label: 'No deadline e-mail',
    description: 'Reminders still appear in Outfall’s notifications.',
  },
];

export const MAX_LEAD_TIMES = 5;

/** "30, 7, 1" → [30, 7, 1], or the reason the text is not a list of 1 to 5 lead times of 1–180 days. */
export function parseLeadDays(text: string): { ok: true; days: number[] } | { ok: false; message: string } {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: false, message: 'Enter at least one lead time, e.g. 30, 7, 1' };
  const days: number[] = [];
  for (const p of parts) {
    if (!/^\d+$/.test(p)) return { ok: false, message: `“${p}” is not a whole number of days` };
    const n = Number(p);
    if (n < 1 || n > 180) return { ok: false, message: `${n} is outside 1–180 days` };
    if (!days.includes(n)) days.push(n);
  }
  if (days.length > MAX_LEAD_TIMES)
    return { ok: false, message: `At most ${MAX_LEAD_TIMES} lead times (you entered ${days.length})` };
  return { ok: true, days: days.sort((a, b) => b - a) };
}

function PreferencesForm({ initial }: { initial: NotificationPreferences }) {
  const save = useSaveNotificationPreferences();
  const [mode, setMode] = useState<EmailMode>(initial.emailMode);
  const [kinds, setKinds] = useState<string[]>(initial.kinds);
  const [leadText, setLeadText] = useState(initial.leadDays.join(', '));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isSaved, setSaved] = useState(false);
  const fieldErrors = { ...serverFieldErrors(save.error), ...errors };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const lead = parseLeadDays(leadText);
    const next: FieldErrors = {};
    if (!lead.ok) next.leadDays = lead.message;
    if (mode !== 'off' && kinds.length === 0) next.kinds = 'Choose at least one kind, or turn e-mail off';
    setErrors(next);
    if (!lead.ok || next.kinds) return;
    save.mutate(
      { emailMode: mode, kinds: kinds as DeadlineKind[], leadDays: lead.days },
      {
        onSuccess: (saved) => {
          setLeadText(saved.leadDays.join(', '));
          setSaved(true);
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="E-mail notifications">
      <Stack gap="md" maw={560}>
        {isSaved ? (
          <Alert color="green" variant="outline" role="status" title="Preferences saved">
            Deadline reminders will be e-mailed as chosen.
          </Alert>
        ) : null}
        <ErrorAlert error={formLevelError(save.error)} title="Could not save the preferences" />
        <Radio.Group
          label="Send deadline reminders by e-mail"
          description="Exceedance and report alerts are always e-mailed at once."
          value={mode}
          onChange={(v) => setMode(v as EmailMode)}
          error={fieldErrors.emailMode}
        >
          <Stack gap="xs" mt="xs">
            {MODES.map((m) => (
              <Radio key={m.value} value={m.value} label={m.label} description={m.description} />
            ))}
          </Stack>
        </Radio.Group>
        <Checkbox.Group
          label="Deadlines to e-mail about"
          value={kinds}
          onChange={setKinds}
          error={fieldErrors.kinds}
        >
          <Stack gap={6} mt="xs">
            {DEADLINE_KIND_OPTIONS.map((k) => (
              <Checkbox key={k.value} value={k.value} label={k.label} disabled={mode === 'off'} />
            ))}
          </Stack>
        </Checkbox.Group>
        <TextInput
          label="Reminder lead times"
          description={`Days before the due date, separated by commas: up to ${MAX_LEAD_TIMES}, each 1–180.`}
          value={leadText}
          onChange={(e) => setLeadText(e.currentTarget.value)}
          error={fieldErrors.leadDays}
          disabled={mode === 'off'}
          inputMode="numeric"
          w={{ base: '100%', xs: 320 }}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save e-mail preferences
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Which deadline reminders are e-mailed, how (at once or as a daily digest) and how early. */
export function NotificationPreferencesForm() {
  const preferences = useNotificationPreferences();
  return (
    <QueryState query={preferences} label="your e-mail preferences">
      {(initial) => <PreferencesForm initial={initial} />}
    </QueryState>
  );
}
