import {
  Alert,
  Anchor,
  Button,
  Code,
  Group,
  Loader,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ReportAttachmentRef, ReportContent, ReportView } from '@outfall/domain/contracts/index';
import { useIsMutating } from '@tanstack/react-query';
import { type DragEvent, useId, useRef, useState } from 'react';
import { ErrorAlert, errorMessage } from '../../ui/error-alert';
import { readBase64 } from './read-file';
import {
  attachmentMutationKey,
  reportPaths,
  useAttachReportFile,
  useRemoveReportAttachment,
} from './use-reports';

/** The server refuses larger files (attach-file.ts); checked here too, before sending them. */
const MAX_BYTES = 10 * 1024 * 1024;

const MEDIA_TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/tiff': 'TIFF image',
  'image/webp': 'WebP image',
  'image/heic': 'HEIC image',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook (XLSX)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document (DOCX)',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument spreadsheet',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/xml': 'XML',
  'text/csv': 'CSV',
  'text/plain': 'Text',
};

export function mediaTypeLabel(mediaType: string): string {
  return MEDIA_TYPE_LABELS[mediaType] ?? mediaType;
}

/** "45 B", "12.3 KB", "4.1 MB". */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

interface Upload {
  key: number;
  name: string;
  size: number;
  state: 'queued' | 'uploading' | 'failed';
  error?: unknown;
}

/**
 * Files are sent one after the other, in the order chosen or dropped; files added while others are
 * being sent join the queue. A sent file leaves the queue (the report lists it); a refused one stays
 * with the server's message until dismissed.
 */
function useUploadQueue(reportId: string) {
  const attach = useAttachReportFile(reportId);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [batch, setBatch] = useState({ total: 0, done: 0 });
  const pending = useRef<{ key: number; file: File }[]>([]);
  const running = useRef(false);
  const nextKey = useRef(0);

  const update = (key: number, change: Partial<Upload>) =>
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));

  const drain = async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (let next = pending.current.shift(); next; next = pending.current.shift()) {
        const { key, file } = next;
        update(key, { state: 'uploading' });
        try {
          if (file.size > MAX_BYTES) throw new Error(`The file “${file.name}” is larger than 10 MB`);
          const base64 = await readBase64(file);
          await attach.mutateAsync({ fileName: file.name, base64 });
          setUploads((list) => list.filter((u) => u.key !== key));
        } catch (error) {
          update(key, { state: 'failed', error });
        }
        setBatch((b) => ({ ...b, done: b.done + 1 }));
      }
    } finally {
      running.current = false;
    }
  };

  const add = (files: readonly File[]) => {
    if (files.length === 0) return;
    const items = files.map((file) => ({ key: nextKey.current++, file }));
    const fresh = !running.current;
    pending.current.push(...items);
    setUploads((list) => [
      ...list,
      ...items.map(({ key, file }) => ({ key, name: file.name, size: file.size, state: 'queued' as const })),
    ]);
    setBatch((b) => (fresh ? { total: items.length, done: 0 } : { ...b, total: b.total + items.length }));
    void drain();
  };

  const dismiss = (key: number) => setUploads((list) => list.filter((u) => u.key !== key));
  return { uploads, batch, add, dismiss };
}

function UploadZone({ reportId }: { reportId: string }) {
  const inputId = useId();
  const { uploads, batch, add, dismiss } = useUploadQueue(reportId);
  const [dragging, setDragging] = useState(false);
  const active = uploads.filter((u) => u.state !== 'failed');
  const failed = uploads.filter((u) => u.state === 'failed');
  const current = active.find((u) => u.state === 'uploading');

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    add(Array.from(event.dataTransfer.files));
  };

  return (
    <Stack gap="sm">
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
        data-testid="attachment-drop-zone"
      >
        <Stack gap="xs" align="center">
          <Text component="label" htmlFor={inputId} fw={600}>
            Attach files
          </Text>
          <Text size="sm" c="dimmed" id={`${inputId}-hint`} ta="center">
            Drop files here, or choose them: PDF, images, spreadsheets, documents or text, at most 10 MB each.
            The type is checked from the content, not the name.
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
      <div aria-live="polite" data-testid="attachment-uploads">
        {active.length > 0 ? (
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {current
                ? `Uploading ${Math.min(batch.done + 1, batch.total)} of ${batch.total}: ${current.name} (${fileSizeText(current.size)})…`
                : 'Preparing the upload…'}
            </Text>
            <Progress
              value={batch.total > 0 ? (batch.done / batch.total) * 100 : 0}
              aria-label="Files sent"
              animated
              striped
            />
            {active.map((u) => (
              <Group key={u.key} gap="xs" wrap="nowrap">
                {u.state === 'uploading' ? <Loader size="xs" aria-hidden /> : null}
                <Text
                  size="sm"
                  c={u.state === 'queued' ? 'dimmed' : undefined}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {u.state === 'queued' ? `Waiting: ${u.name}` : `Sending ${u.name}`}
                </Text>
              </Group>
            ))}
          </Stack>
        ) : null}
      </div>
      {failed.map((u) => (
        <Alert
          key={u.key}
          color="red"
          variant="outline"
          title={`${u.name} was not attached`}
          role="alert"
          withCloseButton
          closeButtonLabel={`Dismiss the message about ${u.name}`}
          onClose={() => dismiss(u.key)}
          data-testid="attachment-error"
        >
          {errorMessage(u.error)}
        </Alert>
      ))}
    </Stack>
  );
}

function AttachmentRow({
  reportId,
  attachment: a,
  onRemove,
}: {
  reportId: string;
  attachment: ReportAttachmentRef;
  onRemove: { run: (id: string) => void; disabled: boolean; removing: string | null } | null;
}) {
  return (
    <Table.Tr data-testid="attachment-row">
      <Table.Th scope="row" style={{ overflowWrap: 'anywhere' }}>
        <Anchor
          href={reportPaths.attachment(reportId, a.id)}
          download={a.name}
          aria-label={`Download ${a.name}`}
        >
          {a.name}
        </Anchor>
      </Table.Th>
      <Table.Td title={a.mediaType}>{mediaTypeLabel(a.mediaType)}</Table.Td>
      <Table.Td>{fileSizeText(a.size)}</Table.Td>
      <Table.Td>
        <Code title={a.sha256} data-testid="attachment-sha256">
          {a.sha256.slice(0, 12)}…
        </Code>
      </Table.Td>
      {onRemove ? (
        <Table.Td>
          <Button
            variant="subtle"
            color="red.9"
            size="compact-sm"
            onClick={() => onRemove.run(a.id)}
            loading={onRemove.removing === a.id}
            disabled={onRemove.disabled}
            aria-label={`Remove ${a.name}`}
          >
            Remove
          </Button>
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

/**
 * The files the current revision carries, each with its SHA-256 and a download. A preparer adds
 * and removes files while the report is a draft; a signed revision shows them as signed.
 */
export function AttachmentsSection({
  view,
  content,
  editable,
}: {
  view: ReportView;
  content: ReportContent;
  editable: boolean;
}) {
  const remove = useRemoveReportAttachment(view.id);
  const changing = useIsMutating({ mutationKey: attachmentMutationKey(view.id) }) > 0;
  const signed = view.revisions.find((r) => r.revision === view.currentRevision)?.status === 'signed';
  const files = content.attachments;
  const onRemove = editable
    ? {
        run: (id: string) => remove.mutate(id),
        disabled: changing,
        removing: remove.isPending ? (remove.variables ?? null) : null,
      }
    : null;

  return (
    <Stack gap="sm" component="section" aria-labelledby="attachments-title">
      <Title order={2} size="h3" id="attachments-title">
        Attachments ({files.length})
      </Title>
      <Text size="sm" c="dimmed">
        {signed
          ? `As signed in revision ${view.currentRevision}; a signed revision's files do not change.`
          : 'Files sent with the report. Each is stored unchanged and identified by its SHA-256.'}
      </Text>
      {files.length === 0 ? (
        <Text c="dimmed">No file is attached.</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Caption>Files attached to revision {view.currentRevision}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">File</Table.Th>
                <Table.Th scope="col">Type</Table.Th>
                <Table.Th scope="col">Size</Table.Th>
                <Table.Th scope="col">SHA-256</Table.Th>
                {onRemove ? (
                  <Table.Th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {files.map((a) => (
                <AttachmentRow key={a.id} reportId={view.id} attachment={a} onRemove={onRemove} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ErrorAlert error={remove.error} title="The file was not removed" />
      {editable ? <UploadZone reportId={view.id} /> : null}
    </Stack>
  );
}
