import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { PermitActionInput, type PermitSummaryView } from '@outfall/domain/contracts/index';
import { type FormEvent, useState } from 'react';
import { FieldIssues } from '../../ui/field-issues';
import { type FieldErrors, serverFieldErrors, validate } from '../../ui/form-validation';
import { ACTION_LABELS } from './permit-labels';
import { usePermitAction } from './use-permits';

type FieldName =
  | 'issuedDate'
  | 'effectiveDate'
  | 'expirationDate'
  | 'asOf'
  | 'date'
  | 'receivedOn'
  | 'reason';

const FIELDS: Record<string, FieldName[]> = {
  begin_draft: [],
  issue: ['issuedDate', 'effectiveDate', 'expirationDate'],
  take_effect: ['asOf'],
  expire: ['asOf'],
  terminate: ['date', 'reason'],
  revoke: ['date', 'reason'],
  withdraw: ['reason'],
  record_renewal_application: ['receivedOn'],
};

const FIELD_LABELS: Record<FieldName, string> = {
  issuedDate: 'Issued on',
  effectiveDate: 'Effective from',
  expirationDate: 'Expires on',
  asOf: 'As of',
  date: 'Date',
  receivedOn: 'Application received on',
  reason: 'Reason',
};

const CONFIRMATIONS: Record<string, string> = {
  issue:
    'Issuing makes this version binding; the facility sees it at once. The permit is checked against 403.8(f)(1)(iii) first.',
  terminate: 'Terminating ends the permit before its expiry date.',
  revoke: 'Revoking withdraws the permit for cause.',
  withdraw: 'Withdrawing abandons this application or draft.',
};

export function isDialogAction(action: string): boolean {
  return action in FIELDS;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function initialValues(permit: PermitSummaryView): Record<FieldName, string> {
  return {
    issuedDate: today(),
    effectiveDate: permit.effectiveDate ?? today(),
    expirationDate: permit.expirationDate ?? '',
    asOf: today(),
    date: today(),
    receivedOn: today(),
    reason: '',
  };
}

interface PermitActionDialogProps {
  permit: PermitSummaryView;
  action: string | null;
  onClose: () => void;
}

/** Confirms a lifecycle action, asking for the dates and reason it needs. */
export function PermitActionDialog({ permit, action, onClose }: PermitActionDialogProps) {
  const mutation = usePermitAction(permit.id);
  const [values, setValues] = useState(() => initialValues(permit));
  const [errors, setErrors] = useState<FieldErrors>({});
  const fields = action ? (FIELDS[action] ?? []) : [];
  const fieldErrors = { ...serverFieldErrors(mutation.error), ...errors };
  const label = action ? (ACTION_LABELS[action] ?? action) : '';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!action) return;
    const input: Record<string, string> = { action };
    for (const f of fields) input[f] = values[f];
    const result = validate<PermitActionInput>(PermitActionInput, input);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    mutation.mutate(result.data, { onSuccess: onClose });
  };

  return (
    <Modal opened={action !== null} onClose={onClose} title={`${label}: permit ${permit.permitNumber}`}>
      <form onSubmit={onSubmit} noValidate aria-label={label}>
        <Stack gap="sm">
          {action && CONFIRMATIONS[action] ? <Text size="sm">{CONFIRMATIONS[action]}</Text> : null}
          <FieldIssues
            error={mutation.error}
            title={`Could not ${label.toLowerCase()}`}
            shownPaths={fields}
          />
          {fields.map((f) =>
            f === 'reason' ? (
              <Textarea
                key={f}
                label={FIELD_LABELS[f]}
                required
                autosize
                minRows={2}
                value={values.reason}
                onChange={(e) => setValues({ ...values, reason: e.currentTarget.value })}
                error={fieldErrors[f]}
              />
            ) : (
              <TextInput
                key={f}
                type="date"
                label={FIELD_LABELS[f]}
                required
                value={values[f]}
                onChange={(e) => setValues({ ...values, [f]: e.currentTarget.value })}
                error={fieldErrors[f]}
              />
            ),
          )}
          <Group gap="sm" justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {label}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
