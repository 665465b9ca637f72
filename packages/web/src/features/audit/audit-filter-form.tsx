import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { AuditFilters } from './use-audit';

interface AuditFilterFormProps {
  value: AuditFilters;
  onChange: (filters: AuditFilters) => void;
}

const EMPTY = { eventType: '', subjectType: '', from: '', to: '' };

/** Event type, subject type and date range; applied on submit so typing does not refetch. */
export function AuditFilterForm({ value, onChange }: AuditFilterFormProps) {
  const [draft, setDraft] = useState({ ...EMPTY, ...value });
  const set = (key: keyof typeof EMPTY) => (e: { currentTarget: HTMLInputElement }) => {
    const { value } = e.currentTarget; // read now: React clears currentTarget after the event
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const rangeError =
    draft.from && draft.to && draft.from > draft.to ? 'The end date is before the start date' : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (rangeError) return;
    const next: AuditFilters = { ...value };
    for (const key of Object.keys(EMPTY) as (keyof typeof EMPTY)[]) {
      const text = draft[key].trim();
      if (text) next[key] = text;
      else delete next[key];
    }
    onChange(next);
  };
  const onReset = () => {
    setDraft(EMPTY);
    onChange({});
  };

  return (
    <form onSubmit={onSubmit} aria-label="Filter audit events">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <TextInput
          label="Event type"
          placeholder="e.g. organization.created"
          value={draft.eventType}
          onChange={set('eventType')}
        />
        <TextInput
          label="Subject type"
          placeholder="e.g. organization"
          value={draft.subjectType}
          onChange={set('subjectType')}
        />
        <TextInput
          label="From"
          type="date"
          value={draft.from}
          onChange={set('from')}
          max={draft.to || undefined}
        />
        <TextInput
          label="To"
          type="date"
          value={draft.to}
          onChange={set('to')}
          min={draft.from || undefined}
          error={rangeError}
        />
      </SimpleGrid>
      <Group mt="sm" gap="sm">
        <Button type="submit">Apply filters</Button>
        <Button type="button" variant="default" onClick={onReset}>
          Clear
        </Button>
      </Group>
    </form>
  );
}
