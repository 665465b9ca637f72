import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  Input,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { PermitImportSource, PermitKind } from '@outfall/domain/contracts/index';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FieldIssues } from '../../ui/field-issues';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { useFacilities } from '../facilities/use-facilities';
import { PERMIT_KIND_LABELS } from './permit-labels';
import { type ImportPermitResponse, sourceOfFile, useImportPermit } from './use-import-permit';

const SOURCE_OPTIONS = [
  { value: 'netdmr_xml', label: 'NetDMR copy of record (XML)' },
  { value: 'echo_csv', label: 'ECHO effluent chart (CSV)' },
];
const KIND_OPTIONS = Object.entries(PERMIT_KIND_LABELS).map(([value, label]) => ({ value, label }));

const OUTCOME_TITLES: Record<ImportPermitResponse['outcome'], string> = {
  created: 'Permit created',
  updated: 'Permit updated',
  recorded: 'Reports recorded',
  unchanged: 'No change',
};

function ImportResult({ result }: { result: ImportPermitResponse }) {
  return (
    <Alert
      color={result.outcome === 'unchanged' ? 'gray' : 'green'}
      variant="outline"
      role="status"
      title={OUTCOME_TITLES[result.outcome]}
    >
      <Stack gap={4}>
        <Text size="sm">{result.message}</Text>
        <Text size="sm">
          {result.reportCount} DMR report{result.reportCount === 1 ? '' : 's'} in the file.{' '}
          <Anchor component={Link} to={`/permits/${result.permit.id}`}>
            Open permit {result.permit.permitNumber}
          </Anchor>
        </Text>
        {result.warnings.length > 0 ? (
          <List size="sm">
            {result.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** Import a permit from a NetDMR copy of record or an ECHO effluent chart instead of typing it. */
export function ImportPermitPage() {
  usePageTitle('Import a permit');
  const membership = useActiveMembership();
  const isAuthority = membership?.kind === 'authority';
  const facilities = useFacilities();
  const importing = useImportPermit();
  const [search] = useSearchParams();
  const [facilityId, setFacilityId] = useState<string | null>(
    isAuthority ? search.get('facilityId') : (membership?.organizationId ?? null),
  );
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState<PermitImportSource | null>(null);
  const [kind, setKind] = useState<PermitKind>(isAuthority ? 'pretreatment_iu' : 'npdes');
  const [missing, setMissing] = useState<string | null>(null);

  const onFile = (picked: File | null) => {
    setFile(picked);
    importing.reset();
    if (picked) setSource(sourceOfFile(picked.name) ?? source);
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!facilityId || !file || !source) {
      setMissing(
        !facilityId ? 'Choose the facility.' : !file ? 'Choose a file to import.' : 'Choose the file format.',
      );
      return;
    }
    setMissing(null);
    importing.mutate({ facilityId, source, kind, fileName: file.name, text: await file.text() });
  };

  return (
    <Stack gap="lg">
      <Breadcrumbs aria-label="Breadcrumb">
        <Anchor component={Link} to={isAuthority ? '/permits' : '/my-permits'}>
          {isAuthority ? 'Permits' : 'My permits'}
        </Anchor>
        <Text>Import</Text>
      </Breadcrumbs>
      <div>
        <Title order={1}>Import a permit</Title>
        <Text c="dimmed" mt={4}>
          Reads the permit, outfall, limits, sample types and frequencies from the file. Importing the same
          file again changes nothing; a malformed file is refused whole.
        </Text>
      </div>
      <Paper withBorder p="md" radius="md">
        <form onSubmit={onSubmit} noValidate aria-label="Import a permit">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {isAuthority ? (
                <Select
                  label="Facility"
                  required
                  searchable
                  data={(facilities.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
                  value={facilityId}
                  onChange={setFacilityId}
                />
              ) : null}
              <Input.Wrapper
                label="Permit file"
                required
                description="NetDMR copy of record .xml or ECHO .csv"
              >
                <input
                  id="permit-file"
                  type="file"
                  accept=".xml,.csv,text/xml,text/csv"
                  aria-label="Permit file"
                  onChange={(e) => onFile(e.currentTarget.files?.[0] ?? null)}
                  style={{ display: 'block', marginTop: 4 }}
                />
              </Input.Wrapper>
              <Select
                label="Format"
                required
                data={SOURCE_OPTIONS}
                value={source}
                onChange={(s) => setSource(s as PermitImportSource | null)}
              />
              <Select
                label="Permit kind"
                allowDeselect={false}
                data={KIND_OPTIONS}
                value={kind}
                onChange={(k) => k && setKind(k as PermitKind)}
              />
            </SimpleGrid>
            {missing ? (
              <Text c="red.9" size="sm" role="alert">
                {missing}
              </Text>
            ) : null}
            <FieldIssues error={importing.error} title="The file was refused" />
            {importing.data ? <ImportResult result={importing.data} /> : null}
            <Group>
              <Button type="submit" loading={importing.isPending}>
                Import
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
