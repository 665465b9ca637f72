import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { DesignationInput } from '@outfall/domain/contracts/index';
import { type FormEvent, useState } from 'react';
import { FieldIssues } from '../../ui/field-issues';
import { type FieldErrors, serverFieldErrors, validate } from '../../ui/form-validation';
import { useDesignateFacility } from './use-facilities';

const OPTIONS = [
  { value: 'significant', label: 'Designate significant (403.3(v)(1)(ii))' },
  { value: 'non_significant', label: 'Find no reasonable potential: non-significant (403.3(v)(3))' },
  { value: 'none', label: 'Withdraw the designation: use the computed class' },
];

interface DesignationFormProps {
  facilityId: string;
  hasDesignation: boolean;
  onDone: () => void;
}

/** Manual designation or de-designation, always with the reason on the record. */
export function DesignationForm({ facilityId, hasDesignation, onDone }: DesignationFormProps) {
  const designate = useDesignateFacility(facilityId);
  const [designation, setDesignation] = useState<string>('significant');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const fieldErrors = { ...serverFieldErrors(designate.error), ...errors };
  const options = hasDesignation ? OPTIONS : OPTIONS.filter((o) => o.value !== 'none');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(DesignationInput, { designation, reason });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    designate.mutate(result.data, { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Designation">
      <Stack gap="sm">
        <FieldIssues
          error={designate.error}
          title="The designation was not saved"
          shownPaths={['designation', 'reason']}
        />
        <Select
          label="Designation"
          allowDeselect={false}
          data={options}
          value={designation}
          onChange={(d) => d && setDesignation(d)}
          error={fieldErrors.designation}
        />
        <Textarea
          label="Reason"
          description="Recorded in the classification history and the audit trail"
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldErrors.reason}
        />
        <Group gap="sm">
          <Button type="submit" loading={designate.isPending}>
            Save designation
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
