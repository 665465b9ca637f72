import {
  Alert,
  Button,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import {
  FacilityProfileInput,
  type FacilityProfileView,
  type FacilityStatus,
} from '@outfall/domain/contracts/index';
import { type FormEvent, useState } from 'react';
import { FieldIssues } from '../../../ui/field-issues';
import { type FieldErrors, serverFieldErrors, validate } from '../../../ui/form-validation';
import { STATUS_LABELS } from '../facility-labels';
import { useUpdateFacilityProfile } from '../use-facilities';
import { AddressFields } from './address-fields';
import { ContactsEditor } from './contacts-editor';
import { initialState, toInput } from './profile-form-state';
import { StandardsEditor } from './standards-editor';

const STATUS_OPTIONS = Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }));
const FLOW_FIELDS = [
  ['processGpd', 'Process'],
  ['sanitaryGpd', 'Sanitary'],
  ['nonContactCoolingGpd', 'Non-contact cooling'],
  ['boilerBlowdownGpd', 'Boiler blowdown'],
  ['otherGpd', 'Other non-domestic'],
] as const;

interface FacilityProfileFormProps {
  facilityId: string;
  facilityName: string;
  profile: FacilityProfileView | null;
  onDone: () => void;
}

/** The authority's edit of an industrial user's profile; saving reclassifies the facility. */
export function FacilityProfileForm({ facilityId, facilityName, profile, onDone }: FacilityProfileFormProps) {
  const save = useUpdateFacilityProfile(facilityId);
  const [state, setState] = useState(() => initialState(facilityName, profile));
  const [errors, setErrors] = useState<FieldErrors>({});
  const fieldErrors = { ...serverFieldErrors(save.error), ...errors };
  const set = (patch: Partial<typeof state>) => setState((s) => ({ ...s, ...patch }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(FacilityProfileInput, toInput(state, profile));
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    save.mutate(result.data, { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Facility profile">
      <Stack gap="md">
        <FieldIssues
          error={save.error}
          title="The profile was not saved"
          shownPaths={Object.keys(fieldErrors)}
        />
        {Object.keys(errors).length > 0 ? (
          <Alert color="red" variant="outline" role="alert" title="Check the form">
            {Object.entries(errors)
              .map(([path, message]) => `${path}: ${message}`)
              .join('; ')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <TextInput
            label="Facility name"
            required
            value={state.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={fieldErrors.name}
          />
          <Select
            label="Status"
            allowDeselect={false}
            data={STATUS_OPTIONS}
            value={state.status}
            onChange={(s) => s && set({ status: s as FacilityStatus })}
          />
          <TextInput
            label="NAICS codes"
            description="Comma-separated"
            value={state.naics}
            onChange={(e) => set({ naics: e.currentTarget.value })}
            error={fieldErrors.naicsCodes ?? fieldErrors['naicsCodes.0']}
          />
          <TextInput
            label="SIC codes"
            description="Comma-separated"
            value={state.sic}
            onChange={(e) => set({ sic: e.currentTarget.value })}
            error={fieldErrors.sicCodes ?? fieldErrors['sicCodes.0']}
          />
        </SimpleGrid>
        <AddressFields
          legend="Site address"
          path="siteAddress"
          value={state.site}
          errors={fieldErrors}
          onChange={(site) => set({ site })}
        />
        <Checkbox
          label="Mail goes to the site address"
          checked={state.mailingSame}
          onChange={(e) => set({ mailingSame: e.currentTarget.checked })}
        />
        {state.mailingSame ? null : (
          <AddressFields
            legend="Mailing address"
            path="mailingAddress"
            value={state.mailing}
            errors={fieldErrors}
            onChange={(mailing) => set({ mailing })}
          />
        )}
        <Title order={3} size="h5">
          Categorical standards
        </Title>
        <StandardsEditor
          standards={state.standards}
          errors={fieldErrors}
          onChange={(standards) => set({ standards })}
        />
        <Title order={3} size="h5">
          Average wastewater flows, gpd
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm">
          {FLOW_FIELDS.map(([key, label]) => (
            <TextInput
              key={key}
              label={`${label} flow`}
              inputMode="decimal"
              value={state.flows[key]}
              onChange={(e) => set({ flows: { ...state.flows, [key]: e.currentTarget.value } })}
              error={fieldErrors[`flows.${key}`]}
            />
          ))}
          <TextInput
            label="Process BOD load, lb/day"
            inputMode="decimal"
            value={state.organicLoad}
            onChange={(e) => set({ organicLoad: e.currentTarget.value })}
            error={fieldErrors.processOrganicLoadLbPerDay}
          />
        </SimpleGrid>
        <Title order={3} size="h5">
          Contacts
        </Title>
        <ContactsEditor
          contacts={state.contacts}
          errors={fieldErrors}
          onChange={(contacts) => set({ contacts })}
        />
        <Textarea
          label="Notes"
          autosize
          minRows={2}
          value={state.notes}
          onChange={(e) => set({ notes: e.currentTarget.value })}
          error={fieldErrors.notes}
        />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            Save profile
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
