import {
  Alert,
  Autocomplete,
  Button,
  Checkbox,
  Collapse,
  FileInput,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { LabColumnMapping, LabFileInput, LabImportResult } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/error-alert';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { EvaluationOutcome } from './evaluation-outcome';
import { FacilityPicker, useFacilityChoice } from './facility-choice';
import { type LoadedLabFile, loadLabFile } from './lab-file';
import { LabFileProgress } from './lab-file-progress';
import { LabPreview } from './lab-preview';
import { LabTokensPanel } from './lab-tokens-panel';
import type { UploadProgress } from './lab-upload';
import { MappingEditor } from './mapping-editor';
import { canManageMonitoring } from './monitoring-permissions';
import { useImportLabFile, useLabMappings, usePreviewLabFile } from './use-monitoring';
import { useParameterNames } from './use-parameter-names';

/** Upload a lab's CSV/XLSX export: column mapping, a dry run naming each bad row, then all-or-nothing import. */
export function LabImportPage() {
  usePageTitle('Import lab file');
  const { isAuthority, facilityId, setFacilityId } = useFacilityChoice();
  const canManage = canManageMonitoring(useActiveMembership());
  const names = useParameterNames();
  const [file, setFile] = useState<LoadedLabFile | null>(null);
  const [readError, setReadError] = useState<unknown>(null);
  const [labName, setLabName] = useState('');
  const [mapping, setMapping] = useState<LabColumnMapping | null>(null);
  const [showMapping, setShowMapping] = useState(false);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [saveMapping, setSaveMapping] = useState(true);
  const [outcome, setOutcome] = useState<LabImportResult | null>(null);
  const [progress, setProgress] = useState<{ action: 'preview' | 'import'; progress: UploadProgress } | null>(
    null,
  );
  const preview = usePreviewLabFile((p) => setProgress({ action: 'preview', progress: p }));
  const commit = useImportLabFile((p) => setProgress({ action: 'import', progress: p }));
  const savedLabs = useLabMappings(facilityId).data?.map((m) => m.labName) ?? [];

  const input = (): LabFileInput | null => {
    if (!file || !facilityId) return null;
    const withAnswers = mapping
      ? { ...mapping, parameterAliases: { ...mapping.parameterAliases, ...answers } }
      : undefined;
    return {
      facilityId,
      fileName: file.fileName,
      encoding: file.encoding,
      content: file.content,
      labName: labName.trim() || null,
      ...(withAnswers ? { mapping: withAnswers } : {}),
    };
  };
  const runPreview = (edited: boolean) => {
    const body = input();
    if (!body) return;
    if (!edited) delete body.mapping;
    setOutcome(null);
    commit.reset();
    preview.mutate(body, {
      onSuccess: (result) => {
        setMapping(result.preview.mapping);
        const lab = result.preview.candidates.find((c) => c.labName)?.labName;
        if (!labName && lab) setLabName(lab);
      },
    });
  };
  const runImport = () => {
    const body = input();
    if (!body) return;
    commit.mutate({ ...body, saveMapping: saveMapping && Boolean(body.labName) }, { onSuccess: setOutcome });
  };
  const choose = async (picked: File | null) => {
    setFile(null);
    setMapping(null);
    setAnswers({});
    setOutcome(null);
    preview.reset();
    commit.reset();
    setReadError(null);
    if (!picked) return;
    try {
      setFile(await loadLabFile(picked));
    } catch (error) {
      setReadError(error);
    }
  };

  const result = preview.data;
  // Large files take a while: the upload as it goes, then what the server is doing with the rows.
  const progressOf = (action: 'preview' | 'import') =>
    file && progress?.action === action ? (
      <LabFileProgress
        action={action}
        progress={progress.progress}
        file={file}
        results={result?.preview.candidates.length ?? null}
      />
    ) : null;
  const canImport = Boolean(result?.preview.accepted) && !outcome;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Import lab file</Title>
        <Text c="dimmed" mt={4}>
          A lab's CSV or XLSX export. Nothing is saved until the preview has no problems; the same file
          imported twice adds nothing.
        </Text>
      </div>
      {isAuthority ? <FacilityPicker value={facilityId} onChange={setFacilityId} /> : null}
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Group align="flex-end" gap="md">
            <FileInput
              label="Lab file (CSV or XLSX)"
              placeholder="Choose a file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(f) => void choose(f)}
              clearable
              w={{ base: '100%', sm: 340 }}
            />
            <Autocomplete
              label="Lab"
              description="Its column mapping is saved under this name"
              data={savedLabs}
              value={labName}
              onChange={setLabName}
              w={{ base: '100%', sm: 260 }}
            />
            <Button
              onClick={() => runPreview(false)}
              disabled={!file || !facilityId}
              loading={preview.isPending}
            >
              Preview
            </Button>
          </Group>
          {preview.isPending ? progressOf('preview') : null}
          <ErrorAlert error={readError} title="The file could not be read" />
          <ErrorAlert error={preview.error} title="The file could not be previewed" />
        </Stack>
      </Paper>
      {result && mapping ? (
        <Paper withBorder p="md" radius="md">
          <Group justify="space-between">
            <Text size="sm">
              Column mapping:{' '}
              {result.mappingSource === 'saved'
                ? `saved for ${labName || 'this lab'}`
                : result.mappingSource === 'given'
                  ? 'as you set it'
                  : 'suggested from the headers'}
            </Text>
            <Button variant="subtle" onClick={() => setShowMapping((s) => !s)} aria-expanded={showMapping}>
              {showMapping ? 'Hide column mapping' : 'Edit column mapping'}
            </Button>
          </Group>
          <Collapse expanded={showMapping}>
            <Stack gap="sm" mt="sm">
              <MappingEditor mapping={mapping} headers={file?.headers ?? []} onChange={setMapping} />
              <Group>
                <Button variant="default" onClick={() => runPreview(true)} loading={preview.isPending}>
                  Preview with this mapping
                </Button>
              </Group>
            </Stack>
          </Collapse>
        </Paper>
      ) : null}
      {result ? (
        <LabPreview
          result={result}
          names={names}
          answers={answers}
          onAnswer={(q, code) =>
            setAnswers((all) => {
              const next = { ...all };
              if (code) next[q.normalised] = code;
              else delete next[q.normalised];
              return next;
            })
          }
        />
      ) : null}
      {result?.preview.questions.length ? (
        <Group>
          <Button variant="default" onClick={() => runPreview(true)} loading={preview.isPending}>
            Preview with these answers
          </Button>
        </Group>
      ) : null}
      {result ? (
        <Group>
          <Button onClick={runImport} disabled={!canImport} loading={commit.isPending}>
            Import {result.preview.candidates.length} results
          </Button>
          <Checkbox
            label={`Save the column mapping for ${labName.trim() || 'this lab'}`}
            checked={saveMapping}
            disabled={!labName.trim()}
            onChange={(e) => setSaveMapping(e.currentTarget.checked)}
          />
        </Group>
      ) : null}
      {commit.isPending ? progressOf('import') : null}
      {commit.error ? (
        <Alert color="red" variant="outline" role="alert" title="Nothing was imported">
          {isApiError(commit.error) ? commit.error.message : String(commit.error)}
          {isApiError(commit.error) && commit.error.fields.length ? (
            <List size="sm" mt="xs">
              {commit.error.fields.map((f) => (
                <List.Item key={`${f.path}-${f.message}`}>
                  {f.path}: {f.message}
                </List.Item>
              ))}
            </List>
          ) : null}
        </Alert>
      ) : null}
      {outcome ? (
        <EvaluationOutcome
          evaluation={outcome.evaluation}
          names={names}
          headline={outcome.added === 0 ? `Nothing new: ${outcome.message}` : outcome.message}
          violationsHref={`/monitoring/violations${isAuthority && facilityId ? `?facility=${facilityId}` : ''}`}
        />
      ) : null}
      {canManage && facilityId ? <LabTokensPanel facilityId={facilityId} /> : null}
    </Stack>
  );
}
