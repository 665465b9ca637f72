import { Alert, Anchor, Button, Group, Paper, Progress, Select, Stack, Text, Title } from '@mantine/core';
import type { DocumentView } from '@outfall/domain/contracts/index';
import { type DragEvent, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../ui/error-alert';
import { useActiveMembership } from '../auth/use-session';
import { useFacilityNames } from '../monitoring/facility-choice';
import type { UploadProgress } from '../monitoring/lab-upload';
import { readBase64 } from '../reports/read-file';
import { fileSizeText } from '../reports/report-attachments';
import {
  type DocumentDraft,
  DocumentFields,
  draftForFile,
  draftInput,
  draftProblem,
} from './document-fields';
import { useCreateDocument } from './use-documents';

/** The server refuses larger files; checked here too, before sending them. */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

type UploadState = 'editing' | 'queued' | 'uploading' | 'processing' | 'done' | 'failed';

interface Upload {
  key: number;
  file: File;
  draft: DocumentDraft;
  state: UploadState;
  /** Share of the body sent, 0–100. */
  percent: number;
  error?: unknown;
  created?: DocumentView;
}

/** Per-file progress: upload share while the body goes up, then the server's work. */
function percentOf(progress: UploadProgress): number | null {
  if (progress.phase === 'processing') return 100;
  return progress.total ? Math.round((progress.loaded / progress.total) * 100) : null;
}

/**
 * Chosen or dropped files wait with their form; "Upload" queues one, "Upload all" every waiting file.
 * Files are sent one after the other, each showing its own progress; a refused one keeps its form
 * with the server's message, so it can be corrected and sent again.
 */
function useDocumentUploads(organizationId: string | null) {
  const create = useCreateDocument();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const list = useRef<Upload[]>([]);
  const pending = useRef<number[]>([]);
  const running = useRef(false);
  const nextKey = useRef(0);

  const commit = (next: Upload[]) => {
    list.current = next;
    setUploads(next);
  };
  const update = (key: number, change: Partial<Upload>) =>
    commit(list.current.map((u) => (u.key === key ? { ...u, ...change } : u)));

  const drain = async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (let key = pending.current.shift(); key !== undefined; key = pending.current.shift()) {
        const upload = list.current.find((u) => u.key === key);
        if (!upload || !organizationId) continue;
        update(key, { state: 'uploading', percent: 0, error: undefined });
        try {
          if (upload.file.size > MAX_DOCUMENT_BYTES) {
            throw new Error(`The file “${upload.file.name}” is larger than 25 MB`);
          }
          const base64 = await readBase64(upload.file);
          const created = await create.mutateAsync({
            input: {
              organizationId,
              ...draftInput(upload.draft),
              fileName: upload.file.name,
              base64,
            },
            onProgress: (progress) => {
              const percent = percentOf(progress);
              update(key, {
                state: progress.phase === 'processing' ? 'processing' : 'uploading',
                ...(percent === null ? {} : { percent }),
              });
            },
          });
          update(key, { state: 'done', percent: 100, created });
        } catch (error) {
          update(key, { state: 'failed', error });
        }
      }
    } finally {
      running.current = false;
    }
  };

  const add = (files: readonly File[]) => {
    if (files.length === 0) return;
    commit([
      ...list.current,
      ...files.map((file) => ({
        key: nextKey.current++,
        file,
        draft: draftForFile(file.name),
        state: 'editing' as const,
        percent: 0,
      })),
    ]);
  };

  const send = (keys: number[]) => {
    const ready = keys.filter((key) => {
      const u = list.current.find((x) => x.key === key);
      return u && (u.state === 'editing' || u.state === 'failed') && !draftProblem(u.draft);
    });
    if (ready.length === 0) return;
    commit(
      list.current.map((u) => (ready.includes(u.key) ? { ...u, state: 'queued', error: undefined } : u)),
    );
    pending.current.push(...ready);
    void drain();
  };

  const setDraft = (key: number, draft: DocumentDraft) => update(key, { draft });
  const remove = (key: number) => commit(list.current.filter((u) => u.key !== key));
  const clearDone = () => commit(list.current.filter((u) => u.state !== 'done'));
  return { uploads, add, send, setDraft, remove, clearDone };
}

const STATE_TEXT: Record<UploadState, string> = {
  editing: 'Ready to upload',
  queued: 'Waiting…',
  uploading: 'Sending…',
  processing: 'Checking the file and extracting its text…',
  done: 'Uploaded',
  failed: 'Not uploaded',
};

function UploadCard({
  upload: u,
  organizationId,
  facilityId,
  onDraft,
  onSend,
  onRemove,
}: {
  upload: Upload;
  organizationId: string | null;
  facilityId: string | null;
  onDraft: (draft: DocumentDraft) => void;
  onSend: () => void;
  onRemove: () => void;
}) {
  const titleId = useId();
  const busy = u.state === 'queued' || u.state === 'uploading' || u.state === 'processing';
  const problem = draftProblem(u.draft);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={titleId}
      data-testid="upload-card"
      data-state={u.state}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} id={titleId} style={{ overflowWrap: 'anywhere' }}>
              {u.file.name}
            </Text>
            <Text size="xs" c="dimmed">
              {fileSizeText(u.file.size)} · {STATE_TEXT[u.state]}
            </Text>
          </div>
          {u.state === 'done' && u.created ? (
            <Anchor component={Link} to={`/documents/${u.created.id}`} size="sm" fw={600}>
              Open {u.created.title}
            </Anchor>
          ) : null}
        </Group>
        {u.state !== 'editing' && u.state !== 'failed' ? (
          <Progress
            value={u.percent}
            aria-label={`Upload of ${u.file.name}`}
            animated={busy}
            striped={busy}
            color={u.state === 'done' ? 'green' : 'blue'}
            data-testid="upload-progress"
          />
        ) : null}
        {u.state === 'failed' ? (
          <Alert color="red" variant="outline" title={`${u.file.name} was not uploaded`} role="alert">
            {errorMessage(u.error)}
          </Alert>
        ) : null}
        {u.state === 'editing' || u.state === 'failed' ? (
          <>
            <DocumentFields
              value={u.draft}
              onChange={onDraft}
              organizationId={organizationId}
              facilityId={facilityId}
            />
            <Group gap="sm">
              <Button onClick={onSend} disabled={Boolean(problem) || !organizationId}>
                {u.state === 'failed' ? 'Try again' : 'Upload'}
              </Button>
              <Button variant="default" onClick={onRemove}>
                Remove
              </Button>
              {problem ? (
                <Text size="sm" c="red.9">
                  {problem}
                </Text>
              ) : null}
            </Group>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Authority staff file a document under their own organization or a facility they regulate. */
function useOwnerChoice() {
  const membership = useActiveMembership();
  const isAuthority = membership?.kind === 'authority';
  const facilities = useFacilityNames(isAuthority);
  const [owner, setOwner] = useState<string | null>(membership?.organizationId ?? null);
  const options = membership
    ? [
        { value: membership.organizationId, label: `${membership.organizationName} (your organization)` },
        ...[...facilities].map(([value, label]) => ({ value, label })),
      ]
    : [];
  const organizationId = owner ?? membership?.organizationId ?? null;
  // A facility's records are offered as links; an authority's own document may concern any of them.
  const facilityId = isAuthority && organizationId === membership?.organizationId ? null : organizationId;
  return { isAuthority, options, organizationId, setOwner, facilityId };
}

/** Drag and drop or choose several files; each becomes a document with its own form and progress. */
export function DocumentUpload() {
  const inputId = useId();
  const owner = useOwnerChoice();
  const { uploads, add, send, setDraft, remove, clearDone } = useDocumentUploads(owner.organizationId);
  const [dragging, setDragging] = useState(false);
  const waiting = uploads.filter((u) => u.state === 'editing' && !draftProblem(u.draft));
  const done = uploads.filter((u) => u.state === 'done');
  const busy = uploads.some(
    (u) => u.state === 'queued' || u.state === 'uploading' || u.state === 'processing',
  );

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    add(Array.from(event.dataTransfer.files));
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="upload-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="upload-title">
          Upload documents
        </Title>
        {owner.isAuthority ? (
          <Select
            label="Belongs to"
            description="Your organization's own document, or a document of a facility you regulate"
            data={owner.options}
            value={owner.organizationId}
            onChange={(value) => owner.setOwner(value)}
            allowDeselect={false}
            searchable
            disabled={busy}
            w={{ base: '100%', sm: 420 }}
          />
        ) : null}
        <Paper
          withBorder
          p="lg"
          radius="md"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          bg={dragging ? 'blue.0' : undefined}
          style={{ borderStyle: 'dashed', borderWidth: 2 }}
          data-testid="document-drop-zone"
        >
          <Stack gap="xs" align="center">
            <Text component="label" htmlFor={inputId} fw={600}>
              Choose files
            </Text>
            <Text size="sm" c="dimmed" id={`${inputId}-hint`} ta="center">
              Drop files here, or choose several at once: at most 25 MB each. Each file becomes a document;
              fill in its form, then upload it. The type is checked from the content; PDF and text files are
              searchable by their text.
            </Text>
            <input
              id={inputId}
              type="file"
              multiple
              aria-describedby={`${inputId}-hint`}
              onChange={(e) => {
                add(Array.from(e.currentTarget.files ?? []));
                e.currentTarget.value = '';
              }}
            />
          </Stack>
        </Paper>
        {uploads.length > 0 ? (
          <Group gap="sm" aria-live="polite">
            {waiting.length > 1 ? (
              <Button onClick={() => send(waiting.map((u) => u.key))}>Upload all ({waiting.length})</Button>
            ) : null}
            {done.length > 0 ? (
              <Button variant="subtle" onClick={clearDone}>
                Clear uploaded ({done.length})
              </Button>
            ) : null}
          </Group>
        ) : null}
        {uploads.map((u) => (
          <UploadCard
            key={u.key}
            upload={u}
            organizationId={owner.organizationId}
            facilityId={owner.facilityId}
            onDraft={(draft) => setDraft(u.key, draft)}
            onSend={() => send([u.key])}
            onRemove={() => remove(u.key)}
          />
        ))}
      </Stack>
    </Paper>
  );
}
