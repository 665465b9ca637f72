import { Badge, CloseButton, Group, Select, Stack, Text } from '@mantine/core';
import type { DocumentLinkKind } from '@outfall/domain/contracts/index';
import { type ReactNode, useState } from 'react';
import { useActiveMembership } from '../auth/use-session';
import { useFacilityNames } from '../monitoring/facility-choice';
import { useResults } from '../monitoring/use-monitoring';
import { usePermits } from '../permits/use-permits';
import { useReports } from '../reports/use-reports';
import { LINK_KIND_LABELS } from './document-labels';

/** A link being edited: the record and its words (the server names it again when saved). */
export interface LinkDraft {
  kind: DocumentLinkKind;
  id: string;
  label: string;
}

/** The kinds of record a document can be linked to from here (each picked from its own list). */
const PICKABLE: DocumentLinkKind[] = ['facility', 'permit', 'sample', 'report'];

interface Option {
  value: string;
  label: string;
}

interface RecordSelectProps {
  /** Whose samples are offered (a facility), or null for every visible one. */
  facilityId: string | null;
  exclude: readonly string[];
  onPick: (option: Option) => void;
  label: string;
}

function PickSelect({
  options,
  loading,
  error,
  exclude,
  onPick,
  label,
  empty,
}: {
  options: Option[];
  loading: boolean;
  error: unknown;
  exclude: readonly string[];
  onPick: (option: Option) => void;
  label: string;
  empty: string;
}) {
  const data = options.filter((o) => !exclude.includes(o.value));
  return (
    <Select
      label={label}
      placeholder={loading ? 'Loading…' : `Choose a ${label.toLowerCase()}`}
      data={data}
      value={null}
      onChange={(value) => {
        const option = data.find((o) => o.value === value);
        if (option) onPick(option);
      }}
      searchable
      nothingFoundMessage={error ? 'The list could not be loaded' : empty}
      disabled={loading}
      w={{ base: '100%', sm: 360 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

function FacilitySelect({ exclude, onPick, label }: RecordSelectProps) {
  const membership = useActiveMembership();
  const isAuthority = membership?.kind === 'authority';
  const facilities = useFacilityNames(isAuthority);
  const options: Option[] = isAuthority
    ? [...facilities].map(([value, label]) => ({ value, label }))
    : membership
      ? [{ value: membership.organizationId, label: membership.organizationName }]
      : [];
  return (
    <PickSelect
      options={options}
      loading={false}
      error={null}
      exclude={exclude}
      onPick={onPick}
      label={label}
      empty="No facility matches"
    />
  );
}

function PermitSelect({ facilityId, exclude, onPick, label }: RecordSelectProps) {
  const permits = usePermits(facilityId ? { facilityId } : {});
  const options = (permits.data ?? []).map((p) => ({
    value: p.id,
    label: `Permit ${p.permitNumber} · ${p.facilityName}`,
  }));
  return (
    <PickSelect
      options={options}
      loading={permits.isPending}
      error={permits.error}
      exclude={exclude}
      onPick={onPick}
      label={label}
      empty="No permit matches"
    />
  );
}

function ReportSelect({ facilityId, exclude, onPick, label }: RecordSelectProps) {
  const reports = useReports(facilityId ? { facilityId } : {});
  const options = (reports.data ?? []).map((r) => ({
    value: r.id,
    label: `${r.title} ${r.periodStart} – ${r.periodEnd} · ${r.facilityName}`,
  }));
  return (
    <PickSelect
      options={options}
      loading={reports.isPending}
      error={reports.error}
      exclude={exclude}
      onPick={onPick}
      label={label}
      empty="No report matches"
    />
  );
}

/** The results page's results grouped by sample: one option per sample, newest first. */
function SampleSelect({ facilityId, exclude, onPick, label }: RecordSelectProps) {
  const results = useResults({ facilityId: facilityId ?? undefined });
  const samples = new Map<string, { date: string; point: string; count: number }>();
  for (const r of results.data ?? []) {
    const sample = samples.get(r.sampleId);
    if (sample) sample.count += 1;
    else samples.set(r.sampleId, { date: r.sampleDate, point: r.monitoringPoint, count: 1 });
  }
  const options = [...samples.entries()]
    .sort(([, a], [, b]) => b.date.localeCompare(a.date) || a.point.localeCompare(b.point))
    .map(([id, s]) => ({
      value: id,
      label: `Sample ${s.date} at ${s.point} (${s.count} result${s.count === 1 ? '' : 's'})`,
    }));
  return (
    <PickSelect
      options={options}
      loading={results.isPending}
      error={results.error}
      exclude={exclude}
      onPick={onPick}
      label={label}
      empty="No sample matches"
    />
  );
}

const RECORD_SELECTS: Partial<Record<DocumentLinkKind, (props: RecordSelectProps) => ReactNode>> = {
  facility: FacilitySelect,
  permit: PermitSelect,
  sample: SampleSelect,
  report: ReportSelect,
};

interface LinkEditorProps {
  value: LinkDraft[];
  onChange: (links: LinkDraft[]) => void;
  /** The facility the document concerns: its samples, permits and reports are offered. */
  facilityId: string | null;
}

/** The records a document concerns: listed with a remove button, added by kind from the record lists. */
export function LinkEditor({ value, onChange, facilityId }: LinkEditorProps) {
  const [kind, setKind] = useState<DocumentLinkKind | null>(null);
  const RecordSelect = kind ? RECORD_SELECTS[kind] : undefined;
  return (
    <Stack gap="xs" role="group" aria-label="Links">
      <Text size="sm" fw={500}>
        Links
      </Text>
      {value.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not linked to any record.
        </Text>
      ) : (
        <Group gap="xs" data-testid="link-drafts">
          {value.map((link) => (
            <Badge
              key={`${link.kind}:${link.id}`}
              variant="light"
              size="lg"
              tt="none"
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label={`Remove the link to ${link.label}`}
                  onClick={() => onChange(value.filter((l) => !(l.kind === link.kind && l.id === link.id)))}
                />
              }
            >
              {link.label}
            </Badge>
          ))}
        </Group>
      )}
      <Group align="flex-end" gap="sm">
        <Select
          label="Link to"
          placeholder="Kind of record"
          data={PICKABLE.map((k) => ({ value: k, label: LINK_KIND_LABELS[k] }))}
          value={kind}
          onChange={(next) => setKind(next as DocumentLinkKind | null)}
          clearable
          w={{ base: '100%', sm: 180 }}
          comboboxProps={{ withinPortal: true }}
        />
        {kind && RecordSelect ? (
          <RecordSelect
            key={kind}
            label={LINK_KIND_LABELS[kind]}
            facilityId={facilityId}
            exclude={value.filter((l) => l.kind === kind).map((l) => l.id)}
            onPick={(option) => onChange([...value, { kind, id: option.value, label: option.label }])}
          />
        ) : null}
      </Group>
    </Stack>
  );
}
