import { Select } from '@mantine/core';
import type { FacilityListItem } from '@outfall/domain/contracts/index';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useActiveMembership } from '../auth/use-session';
import { facilityPaths } from '../facilities/use-facilities';

/** The authority's regulated facilities (facility users have no such list). */
function useRegulatedFacilities(enabled = true) {
  return useQuery({
    queryKey: ['facilities', 'list', {}],
    queryFn: () => api.get<FacilityListItem[]>(facilityPaths.list),
    enabled,
  });
}

/**
 * Whose monitoring a page shows: a facility user's own facility, or for authority staff the facility
 * chosen in the page's address (`?facility=`), so links and reloads keep the choice.
 */
export function useFacilityChoice() {
  const membership = useActiveMembership();
  const [search, setSearch] = useSearchParams();
  const isAuthority = membership?.kind === 'authority';
  const facilityId = isAuthority ? (search.get('facility') ?? null) : (membership?.organizationId ?? null);
  const setFacilityId = (id: string | null) => {
    const next = new URLSearchParams(search);
    if (id) next.set('facility', id);
    else next.delete('facility');
    setSearch(next, { replace: true });
  };
  return { isAuthority, facilityId, setFacilityId };
}

/** Facility id → name for the authority's regulated facilities (facility users get their own). */
export function useFacilityNames(enabled: boolean): Map<string, string> {
  const facilities = useRegulatedFacilities(enabled);
  const map = new Map<string, string>();
  if (enabled) for (const f of facilities.data ?? []) map.set(f.id, f.name);
  return map;
}

interface FacilityPickerProps {
  value: string | null;
  onChange: (id: string | null) => void;
  /** "All facilities" is offered on lists; entry pages need one facility. */
  allowAll?: boolean;
}

/** The authority's facility filter / chooser. */
export function FacilityPicker({ value, onChange, allowAll = false }: FacilityPickerProps) {
  const facilities = useRegulatedFacilities();
  const data = (facilities.data ?? []).map((f) => ({ value: f.id, label: f.name }));
  return (
    <Select
      label="Facility"
      placeholder={allowAll ? 'All facilities' : 'Choose a facility'}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable={allowAll}
      nothingFoundMessage="No facility matches"
      w={{ base: '100%', sm: 320 }}
    />
  );
}
