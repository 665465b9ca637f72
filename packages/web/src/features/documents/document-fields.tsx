import { Radio, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import type { DocumentKind, DocumentView, DocumentVisibility } from '@outfall/domain/contracts/index';
import { useId } from 'react';
import { useActiveMembership } from '../auth/use-session';
import { useFacility } from '../facilities/use-facilities';
import { DOCUMENT_KIND_OPTIONS, titleFromFileName, todayIso } from './document-labels';
import { type LinkDraft, LinkEditor } from './link-editor';

/** A document's metadata while it is being written (upload or edit). */
export interface DocumentDraft {
  title: string;
  kind: DocumentKind;
  visibility: DocumentVisibility;
  tags: string[];
  documentDate: string;
  expiresOn: string;
  links: LinkDraft[];
}

export function draftForFile(fileName: string): DocumentDraft {
  return {
    title: titleFromFileName(fileName),
    kind: 'other',
    visibility: 'private',
    tags: [],
    documentDate: todayIso(),
    expiresOn: '',
    links: [],
  };
}

export function draftOf(view: DocumentView): DocumentDraft {
  return {
    title: view.title,
    kind: view.kind,
    visibility: view.visibility,
    tags: [...view.tags],
    documentDate: view.documentDate,
    expiresOn: view.expiresOn ?? '',
    links: view.links.map((l) => ({ kind: l.kind, id: l.id, label: l.label })),
  };
}

/** The fields the create and update inputs share. */
export function draftInput(draft: DocumentDraft) {
  return {
    title: draft.title.trim(),
    kind: draft.kind,
    visibility: draft.visibility,
    tags: draft.tags,
    documentDate: draft.documentDate,
    expiresOn: draft.kind === 'waiver_documentation' && draft.expiresOn ? draft.expiresOn : null,
    links: draft.links.map(({ kind, id }) => ({ kind, id })),
  };
}

export function draftProblem(draft: DocumentDraft): string | null {
  if (!draft.title.trim()) return 'Enter a title';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.documentDate)) return 'Enter the document date';
  return null;
}

/**
 * Who besides the owner sees a shared document: a facility's regulating authority (by name when the
 * facility's record says it), or for an authority's own document the facilities it is linked to.
 */
export function useSharedWith(organizationId: string | null): string {
  const membership = useActiveMembership();
  const isOwnAuthority = membership?.kind === 'authority' && organizationId === membership.organizationId;
  const facility = useFacility(organizationId && !isOwnAuthority ? organizationId : undefined);
  if (isOwnAuthority) return 'the facilities it is linked to';
  return facility.data?.regulatedByName ?? 'the authority that regulates the facility';
}

interface DocumentFieldsProps {
  value: DocumentDraft;
  onChange: (draft: DocumentDraft) => void;
  /** The owning organization, for the sharing explanation and the offered records. */
  organizationId: string | null;
  /** The facility whose records are offered as links (null: every visible one). */
  facilityId: string | null;
  disabled?: boolean;
}

export function DocumentFields({
  value,
  onChange,
  organizationId,
  facilityId,
  disabled,
}: DocumentFieldsProps) {
  const id = useId();
  const sharedWith = useSharedWith(organizationId);
  const set = <K extends keyof DocumentDraft>(key: K, next: DocumentDraft[K]) =>
    onChange({ ...value, [key]: next });
  return (
    <Stack gap="sm">
      <TextInput
        label="Title"
        required
        value={value.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        maxLength={300}
        disabled={disabled}
      />
      <Select
        label="Kind"
        data={DOCUMENT_KIND_OPTIONS}
        value={value.kind}
        onChange={(next) => set('kind', (next ?? 'other') as DocumentKind)}
        allowDeselect={false}
        searchable
        disabled={disabled}
        comboboxProps={{ withinPortal: true }}
      />
      <Radio.Group
        label="Visibility"
        value={value.visibility}
        onChange={(next) => set('visibility', next as DocumentVisibility)}
        id={`${id}-visibility`}
      >
        <Stack gap={6} mt={4}>
          <Radio value="private" label="Private" description="Only your organization" disabled={disabled} />
          <Radio
            value="shared"
            label="Shared"
            description={`Also visible to ${sharedWith}`}
            disabled={disabled}
          />
        </Stack>
      </Radio.Group>
      <TagsInput
        label="Tags"
        description="Press Enter after each tag"
        value={value.tags}
        onChange={(next) => set('tags', next)}
        maxTags={30}
        clearable
        disabled={disabled}
        comboboxProps={{ withinPortal: true }}
      />
      <TextInput
        label="Document date"
        description="The date the document is of: report, sampling or letter date"
        type="date"
        required
        value={value.documentDate}
        onChange={(e) => set('documentDate', e.currentTarget.value)}
        disabled={disabled}
        w={{ base: '100%', xs: 260 }}
      />
      {value.kind === 'waiver_documentation' ? (
        <TextInput
          label="Expires on"
          description="When the waiver expires: the retention period runs from this date"
          type="date"
          value={value.expiresOn}
          onChange={(e) => set('expiresOn', e.currentTarget.value)}
          disabled={disabled}
          w={{ base: '100%', xs: 260 }}
        />
      ) : null}
      <LinkEditor value={value.links} onChange={(links) => set('links', links)} facilityId={facilityId} />
    </Stack>
  );
}
