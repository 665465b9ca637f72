import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import type { FieldErrors } from '../../../ui/form-validation';
import type { AddressState } from './profile-form-state';

interface AddressFieldsProps {
  legend: string;
  /** 'siteAddress' or 'mailingAddress', the error path prefix. */
  path: string;
  value: AddressState;
  errors: FieldErrors;
  onChange: (value: AddressState) => void;
}

export function AddressFields({ legend, path, value, errors, onChange }: AddressFieldsProps) {
  const field = (key: keyof AddressState, label: string, required = true) => (
    <TextInput
      label={`${legend}: ${label}`}
      required={required}
      value={value[key]}
      onChange={(e) => onChange({ ...value, [key]: e.currentTarget.value })}
      error={errors[`${path}.${key}`]}
    />
  );
  return (
    <Fieldset legend={legend} variant="unstyled">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }} spacing="sm">
        {field('line1', 'street')}
        {field('line2', 'line 2', false)}
        {field('city', 'city')}
        {field('state', 'state')}
        {field('postalCode', 'ZIP code')}
      </SimpleGrid>
    </Fieldset>
  );
}
