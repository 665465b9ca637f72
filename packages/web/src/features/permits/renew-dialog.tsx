import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type PermitSummaryView, RenewPermitInput } from '@outfall/domain/contracts/index';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { FieldIssues } from '../../ui/field-issues';
import { type FieldErrors, serverFieldErrors, validate } from '../../ui/form-validation';
import { useRenewPermit } from './use-permits';

interface RenewDialogProps {
  permit: PermitSummaryView;
  opened: boolean;
  onClose: () => void;
}

const orNull = (v: string) => (v.trim() === '' ? null : v);

/** Starts the successor permit, its content copied from the current version. */
export function RenewDialog({ permit, opened, onClose }: RenewDialogProps) {
  const renew = useRenewPermit(permit.id);
  const navigate = useNavigate();
  const [permitNumber, setPermitNumber] = useState(permit.permitNumber);
  const [effectiveDate, setEffectiveDate] = useState('');
  const [expirationDate, setExpirationDate] = useState('');
  const [receivedOn, setReceivedOn] = useState(permit.renewalApplicationReceivedOn ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const fieldErrors = { ...serverFieldErrors(renew.error), ...errors };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(RenewPermitInput, {
      permitNumber,
      effectiveDate: orNull(effectiveDate),
      expirationDate: orNull(expirationDate),
      applicationReceivedOn: orNull(receivedOn),
    });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    renew.mutate(result.data, { onSuccess: (view) => navigate(`/permits/${view.permit.id}`) });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={`Renew permit ${permit.permitNumber}`}>
      <form onSubmit={onSubmit} noValidate aria-label="Renew permit">
        <Stack gap="sm">
          <Text size="sm">
            A new draft permit is created from the current version and linked to this one. This permit is
            marked renewed when its successor is issued.
          </Text>
          <FieldIssues
            error={renew.error}
            title="Could not start the renewal"
            shownPaths={['permitNumber', 'effectiveDate', 'expirationDate', 'applicationReceivedOn']}
          />
          <TextInput
            label="New permit number"
            required
            value={permitNumber}
            onChange={(e) => setPermitNumber(e.currentTarget.value)}
            error={fieldErrors.permitNumber}
          />
          <TextInput
            type="date"
            label="Effective from"
            value={effectiveDate}
            onChange={(e) => setEffectiveDate(e.currentTarget.value)}
            error={fieldErrors.effectiveDate}
          />
          <TextInput
            type="date"
            label="Expires on"
            value={expirationDate}
            onChange={(e) => setExpirationDate(e.currentTarget.value)}
            error={fieldErrors.expirationDate}
          />
          <TextInput
            type="date"
            label="Renewal application received on"
            value={receivedOn}
            onChange={(e) => setReceivedOn(e.currentTarget.value)}
            error={fieldErrors.applicationReceivedOn}
          />
          <Group gap="sm" justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={renew.isPending}>
              Start renewal
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
