import { Button, Group, Stack, TextInput } from '@mantine/core';
import { CreateFacilityInput, type OrganizationView } from '@outfall/domain/contracts/index';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../ui/error-alert';
import { type FieldErrors, formLevelError, serverFieldErrors, validate } from '../../ui/form-validation';
import { useCreateFacility } from './use-facilities';

interface NewFacilityFormProps {
  onCreated: (facility: OrganizationView) => void;
  onCancel: () => void;
}

export function NewFacilityForm({ onCreated, onCancel }: NewFacilityFormProps) {
  const create = useCreateFacility();
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const fieldErrors = { ...serverFieldErrors(create.error), ...errors };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(CreateFacilityInput, { name });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    create.mutate(result.data, { onSuccess: onCreated });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="New facility">
      <Stack gap="sm">
        <ErrorAlert error={formLevelError(create.error)} title="Could not add the facility" />
        <TextInput
          label="Facility name"
          description="The industrial user's name as it appears on its permit."
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldErrors.name}
          maxLength={200}
          autoFocus
        />
        <Group gap="sm">
          <Button type="submit" loading={create.isPending}>
            Add facility
          </Button>
          <Button type="button" variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
