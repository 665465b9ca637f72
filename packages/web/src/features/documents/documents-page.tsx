import { Button, Group, Select, Stack, Text, TextInput, type TextInputProps, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { DocumentKind } from '@outfall/domain/contracts/index';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { useFacilityNames } from '../monitoring/facility-choice';
import { AuditBinder } from './audit-binder';
import { canDownloadBinder, canWriteDocuments, DOCUMENT_KIND_OPTIONS } from './document-labels';
import { DocumentUpload } from './document-upload';
import { DocumentsTable } from './documents-table';
import { useDocuments } from './use-documents';

function useFilters() {
  const [search, setSearch] = useSearchParams();
  const get = (key: string) => search.get(key) ?? undefined;
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  };
  const clear = () => setSearch({}, { replace: true });
  return { get, set, clear };
}

/** A text filter: what is typed goes to the address (and the query) after a short pause, or on Enter. */
function DebouncedInput({
  value,
  onChange,
  ...props
}: { value: string; onChange: (text: string) => void } & Omit<TextInputProps, 'value' | 'onChange'>) {
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text, 300);
  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };
  useEffect(() => {
    if (debounced.trim() !== latest.current.value) latest.current.onChange(debounced.trim());
  }, [debounced]);
  // A change from outside (clearing the filters, going back) replaces what was typed.
  useEffect(() => setText((current) => (current.trim() === value ? current : value)), [value]);
  return (
    <TextInput
      {...props}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onChange(text.trim());
      }}
    />
  );
}

/** Authority staff see their own documents and those the facilities they regulate shared with them. */
function OrganizationFilter({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const membership = useActiveMembership();
  const facilities = useFacilityNames(true);
  const data = membership
    ? [
        { value: membership.organizationId, label: `${membership.organizationName} (your organization)` },
        ...[...facilities].map(([id, name]) => ({ value: id, label: `${name} (shared)` })),
      ]
    : [];
  return (
    <Select
      label="Owner organization"
      placeholder="All organizations"
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      w={{ base: '100%', sm: 300 }}
    />
  );
}

/** The document library: search, filters, upload, and the audit binder. */
export function DocumentsPage() {
  usePageTitle('Documents');
  const membership = useActiveMembership();
  const isAuthority = membership?.kind === 'authority';
  const filters = useFilters();
  const q = filters.get('q') ?? '';
  const kind = filters.get('kind') ?? null;
  const tag = filters.get('tag') ?? '';
  const organizationId = isAuthority ? (filters.get('organization') ?? null) : null;
  const documents = useDocuments({
    q: q || undefined,
    kind: (kind as DocumentKind | null) ?? undefined,
    tag: tag || undefined,
    organizationId: organizationId ?? undefined,
  });
  const filtered = Boolean(q || kind || tag || organizationId);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Documents</Title>
        <Text c="dimmed" mt={4}>
          {isAuthority
            ? 'Your organization’s documents and those the facilities you regulate share with you. Every version is kept.'
            : 'Lab reports, correspondence, plans and records, linked to what they concern. Every version is kept.'}
        </Text>
      </div>
      {canWriteDocuments(membership) ? <DocumentUpload /> : null}
      <Stack gap="md" component="section" aria-labelledby="library-title">
        <Title order={2} size="h3" id="library-title">
          Library
        </Title>
        <Group align="flex-end" gap="md">
          <DebouncedInput
            label="Search documents"
            description="Words in the text, title, tags or linked records"
            type="search"
            value={q}
            onChange={(next) => filters.set('q', next)}
            w={{ base: '100%', sm: 320 }}
          />
          <Select
            label="Kind"
            placeholder="All kinds"
            data={DOCUMENT_KIND_OPTIONS}
            value={kind}
            onChange={(next) => filters.set('kind', next)}
            searchable
            clearable
            w={{ base: '100%', sm: 240 }}
          />
          <DebouncedInput
            label="Tag"
            description="One tag, exactly"
            placeholder="Any tag"
            value={tag}
            onChange={(next) => filters.set('tag', next)}
            w={{ base: '100%', sm: 180 }}
          />
          {isAuthority ? (
            <OrganizationFilter value={organizationId} onChange={(id) => filters.set('organization', id)} />
          ) : null}
          {filtered ? (
            <Button variant="subtle" onClick={filters.clear}>
              Clear filters
            </Button>
          ) : null}
        </Group>
        <QueryState query={documents} label="documents">
          {(list) => (
            <DocumentsTable
              documents={list}
              showOrganization={isAuthority}
              caption={q ? `Documents matching “${q}”, best match first` : 'Documents, newest first'}
              emptyText={filtered ? 'No document matches.' : 'No document has been uploaded yet.'}
            />
          )}
        </QueryState>
      </Stack>
      {canDownloadBinder(membership) ? <AuditBinder /> : null}
    </Stack>
  );
}
