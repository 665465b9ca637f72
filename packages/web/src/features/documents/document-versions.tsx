import {
  Alert,
  Anchor,
  Button,
  Code,
  Group,
  Image,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { DocumentVersionView, DocumentView } from '@outfall/domain/contracts/index';
import { useId, useState } from 'react';
import { errorMessage } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/labels';
import { readBase64 } from '../reports/read-file';
import { fileSizeText, mediaTypeLabel } from '../reports/report-attachments';
import { previewKind } from './document-labels';
import { MAX_DOCUMENT_BYTES } from './document-upload';
import { documentPaths, useAddDocumentVersion } from './use-documents';

/** A PDF in the browser's viewer, an image as itself: the server serves both inline, nothing else. */
function Preview({ view, version }: { view: DocumentView; version: DocumentVersionView }) {
  const kind = previewKind(version.mediaType);
  const src = documentPaths.file(view.id, version.version, true);
  const name = `${view.title}, version ${version.version} (${version.fileName})`;
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label={`Preview of ${name}`}>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          Preview: version {version.version}, {version.fileName}
        </Text>
        {kind === 'pdf' ? (
          <iframe
            title={`Preview of ${name}`}
            src={src}
            style={{ width: '100%', height: '70vh', border: 0 }}
            data-testid="document-preview"
          />
        ) : kind === 'image' ? (
          <Image
            src={src}
            alt={`Preview of ${name}`}
            fit="contain"
            mah="70vh"
            data-testid="document-preview"
          />
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Every version, newest first, with its digest, a download and (PDF, image) a preview. */
export function VersionsSection({ view }: { view: DocumentView }) {
  const [previewing, setPreviewing] = useState<number | null>(null);
  const versions = [...view.versions].sort((a, b) => b.version - a.version);
  const shown = versions.find((v) => v.version === previewing) ?? null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="versions-title">
      <Title order={2} size="h3" id="versions-title">
        Versions ({versions.length})
      </Title>
      <Table.ScrollContainer minWidth={900}>
        <Table striped>
          <Table.Caption>Each upload is kept as a version, identified by its SHA-256</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Version</Table.Th>
              <Table.Th scope="col">File</Table.Th>
              <Table.Th scope="col">Type</Table.Th>
              <Table.Th scope="col">Size</Table.Th>
              <Table.Th scope="col">SHA-256</Table.Th>
              <Table.Th scope="col">Uploaded</Table.Th>
              <Table.Th scope="col">Note</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((v) => (
              <Table.Tr key={v.version} data-testid="version-row">
                <Table.Th scope="row">
                  {v.version}
                  {v.version === view.currentVersion ? (
                    <Text size="xs" c="dimmed">
                      current
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{v.fileName}</Table.Td>
                <Table.Td title={v.mediaType}>
                  {mediaTypeLabel(v.mediaType)}
                  {v.hasText ? null : (
                    <Text size="xs" c="dimmed">
                      no searchable text
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{fileSizeText(v.size)}</Table.Td>
                <Table.Td>
                  <Code title={v.sha256} data-testid="version-sha256">
                    {v.sha256.slice(0, 12)}…
                  </Code>
                </Table.Td>
                <Table.Td>
                  {formatDateTime(v.uploadedAt)}
                  <Text size="xs" c="dimmed">
                    {v.uploadedByName ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{v.note ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor
                      href={documentPaths.file(view.id, v.version)}
                      download={v.fileName}
                      size="sm"
                      aria-label={`Download version ${v.version}, ${v.fileName}`}
                    >
                      Download
                    </Anchor>
                    {previewKind(v.mediaType) ? (
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        onClick={() => setPreviewing(previewing === v.version ? null : v.version)}
                        aria-pressed={previewing === v.version}
                        aria-label={`Preview version ${v.version}, ${v.fileName}`}
                      >
                        {previewing === v.version ? 'Hide preview' : 'Preview'}
                      </Button>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown ? <Preview key={shown.version} view={view} version={shown} /> : null}
    </Stack>
  );
}

/** A new upload of the same document: the next version, with a note saying what changed. */
export function NewVersionForm({ view }: { view: DocumentView }) {
  const inputId = useId();
  const add = useAddDocumentVersion(view.id);
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [percent, setPercent] = useState<number | null>(null);
  const [phase, setPhase] = useState<'uploading' | 'processing' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<number | null>(null);
  // A new key empties the file input once its file has been sent.
  const [inputKey, setInputKey] = useState(0);

  const submit = async () => {
    if (!file) return;
    setError(null);
    setDone(null);
    setPercent(0);
    setPhase('uploading');
    try {
      if (file.size > MAX_DOCUMENT_BYTES) throw new Error(`The file “${file.name}” is larger than 25 MB`);
      const base64 = await readBase64(file);
      const next = await add.mutateAsync({
        input: { fileName: file.name, base64, note: note.trim() || null },
        onProgress: (progress) => {
          setPhase(progress.phase);
          if (progress.phase === 'processing') setPercent(100);
          else if (progress.total) setPercent(Math.round((progress.loaded / progress.total) * 100));
        },
      });
      setDone(next.currentVersion);
      setFile(null);
      setNote('');
      setInputKey((k) => k + 1);
    } catch (caught) {
      setError(caught);
    } finally {
      setPhase(null);
      setPercent(null);
    }
  };

  const busy = phase !== null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="new-version-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="new-version-title">
          Upload a new version
        </Title>
        <Text size="sm" c="dimmed" id={`${inputId}-hint`}>
          The earlier versions stay. At most 25 MB.
        </Text>
        <Text component="label" htmlFor={inputId} size="sm" fw={500}>
          File of the new version
        </Text>
        <input
          key={inputKey}
          id={inputId}
          type="file"
          aria-describedby={`${inputId}-hint`}
          disabled={busy}
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0] ?? null);
            setDone(null);
          }}
        />
        <Textarea
          label="Note"
          description="What changed in this version"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={2}
          disabled={busy}
        />
        {busy ? (
          <Stack gap={4} aria-live="polite">
            <Text size="sm">
              {phase === 'processing'
                ? 'Checking the file and extracting its text…'
                : `Sending ${file?.name}…`}
            </Text>
            <Progress value={percent ?? 0} animated striped aria-label="Upload of the new version" />
          </Stack>
        ) : null}
        {error ? (
          <Alert color="red" variant="outline" title="The version was not uploaded" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        {done !== null ? (
          <Text size="sm" c="green.9" role="status">
            Version {done} uploaded.
          </Text>
        ) : null}
        <Group>
          <Button onClick={() => void submit()} disabled={!file} loading={busy}>
            Upload version
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
