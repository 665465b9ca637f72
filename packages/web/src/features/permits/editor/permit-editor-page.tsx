import { Anchor, Breadcrumbs, Select, Stack, Text, Title } from '@mantine/core';
import { emptyPermitContent, PermitKind, type PermitView } from '@outfall/domain/contracts/index';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../../ui/query-state';
import { usePageTitle } from '../../../ui/use-page-title';
import { useActiveMembership } from '../../auth/use-session';
import { useFacilities } from '../../facilities/use-facilities';
import { usePermit } from '../use-permits';
import type { PermitDraft } from './draft';
import { PermitEditor } from './permit-editor';

const AUTHORITY_KINDS = PermitKind.options;
const FACILITY_KINDS = PermitKind.options.filter((k) => k !== 'pretreatment_iu');

function FacilityPicker({ onPick }: { onPick: (id: string) => void }) {
  const facilities = useFacilities();
  return (
    <QueryState query={facilities} label="facilities">
      {(list) => (
        <Select
          label="Facility"
          description="The industrial user the permit is issued to"
          searchable
          maw={420}
          data={list.map((f) => ({ value: f.id, label: f.name }))}
          onChange={(id) => id && onPick(id)}
        />
      )}
    </QueryState>
  );
}

/** A new permit: the authority drafts one for a facility; a facility records a self-managed one. */
export function NewPermitPage() {
  usePageTitle('New permit');
  const membership = useActiveMembership();
  const [search, setSearch] = useSearchParams();
  const isAuthority = membership?.kind === 'authority';
  const facilityId = isAuthority ? search.get('facilityId') : (membership?.organizationId ?? null);
  const kinds = isAuthority ? AUTHORITY_KINDS : FACILITY_KINDS;
  const initial: PermitDraft = {
    permitNumber: '',
    kind: isAuthority ? 'pretreatment_iu' : 'npdes',
    effectiveDate: '',
    expirationDate: '',
    content: emptyPermitContent(),
  };
  return (
    <Stack gap="lg">
      <Breadcrumbs aria-label="Breadcrumb">
        <Anchor component={Link} to={isAuthority ? '/permits' : '/my-permits'}>
          {isAuthority ? 'Permits' : 'My permits'}
        </Anchor>
        <Text>New permit</Text>
      </Breadcrumbs>
      <Title order={1}>New permit</Title>
      {facilityId ? (
        <PermitEditor
          key={facilityId}
          mode={{ kind: 'create', facilityId }}
          initial={initial}
          kinds={kinds}
          cancelTo={isAuthority ? `/facilities/${facilityId}` : '/my-permits'}
        />
      ) : (
        <FacilityPicker onPick={(id) => setSearch({ facilityId: id })} />
      )}
    </Stack>
  );
}

function draftOf(view: PermitView): PermitDraft {
  return {
    permitNumber: view.permit.permitNumber,
    kind: view.permit.kind,
    effectiveDate: view.permit.effectiveDate ?? '',
    expirationDate: view.permit.expirationDate ?? '',
    content: view.version.content,
  };
}

/** Edit a draft in place, or modify an issued permit (a new version). */
export function EditPermitPage() {
  const { id } = useParams();
  const permit = usePermit(id);
  const membership = useActiveMembership();
  const number = permit.data?.permit.permitNumber;
  usePageTitle(number ? `Edit permit ${number}` : 'Edit permit');
  return (
    <Stack gap="lg">
      <Breadcrumbs aria-label="Breadcrumb">
        <Anchor component={Link} to={`/permits/${id}`}>
          {number ? `Permit ${number}` : 'Permit'}
        </Anchor>
        <Text>Edit</Text>
      </Breadcrumbs>
      <QueryState query={permit} label="the permit">
        {(view) => {
          const isDraft = view.permit.status === 'draft' || view.permit.status === 'application_received';
          if (!view.canEdit || (!isDraft && !view.allowedActions.includes('modify'))) {
            return <Text>This permit cannot be changed by you in its current status.</Text>;
          }
          return (
            <Stack gap="lg">
              <Title order={1}>
                {isDraft ? 'Edit permit' : 'Modify permit'} {view.permit.permitNumber}
              </Title>
              <PermitEditor
                key={`${view.permit.id}-${view.permit.currentVersionNo}`}
                mode={isDraft ? { kind: 'draft', view } : { kind: 'modify', view }}
                initial={draftOf(view)}
                kinds={membership?.kind === 'authority' ? AUTHORITY_KINDS : FACILITY_KINDS}
                cancelTo={`/permits/${view.permit.id}`}
              />
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
