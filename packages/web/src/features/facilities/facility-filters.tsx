import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { listPointSourceCategories } from '@outfall/domain/categorical/lookup';
import type { FacilityClassFilter, FacilityListQuery, FacilityStatus } from '@outfall/domain/contracts/index';
import { CLASS_FILTER_OPTIONS, STATUS_LABELS } from './facility-labels';

const PART_OPTIONS = listPointSourceCategories().map((c) => ({
  value: c.part,
  label: `${c.part} · ${c.name}`,
}));
const STATUS_OPTIONS = Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }));
const EXPIRING_OPTIONS = [
  { value: '90', label: 'Within 90 days' },
  { value: '180', label: 'Within 180 days' },
  { value: '365', label: 'Within a year' },
];

interface FacilityFiltersProps {
  value: FacilityListQuery;
  onChange: (query: FacilityListQuery) => void;
}

/** Inventory filters: name/NAICS/SIC search, class, categorical part, status, permit expiring. */
export function FacilityFilters({ value, onChange }: FacilityFiltersProps) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
      <TextInput
        label="Search"
        placeholder="Name, NAICS or SIC"
        value={value.search ?? ''}
        onChange={(e) => onChange({ ...value, search: e.currentTarget.value || undefined })}
      />
      <Select
        label="Class"
        clearable
        data={CLASS_FILTER_OPTIONS}
        value={value.class ?? null}
        onChange={(c) => onChange({ ...value, class: (c as FacilityClassFilter) ?? undefined })}
      />
      <Select
        label="Category"
        clearable
        searchable
        data={PART_OPTIONS}
        value={value.part ?? null}
        onChange={(p) => onChange({ ...value, part: p ?? undefined })}
      />
      <Select
        label="Status"
        clearable
        data={STATUS_OPTIONS}
        value={value.status ?? null}
        onChange={(s) => onChange({ ...value, status: (s as FacilityStatus) ?? undefined })}
      />
      <Select
        label="Permit expiring"
        clearable
        data={EXPIRING_OPTIONS}
        value={value.permitExpiringWithinDays ? String(value.permitExpiringWithinDays) : null}
        onChange={(d) => onChange({ ...value, permitExpiringWithinDays: d ? Number(d) : undefined })}
      />
    </SimpleGrid>
  );
}
