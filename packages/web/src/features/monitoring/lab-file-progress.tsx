import { Group, Loader, Paper, Progress, Stack, Text } from '@mantine/core';
import { formatBytes, type LoadedLabFile } from './lab-file';
import type { UploadProgress } from './lab-upload';

interface LabFileProgressProps {
  action: 'preview' | 'import';
  progress: UploadProgress;
  file: LoadedLabFile;
  /** Results the preview found (the import adds at most these). */
  results: number | null;
}

const count = (n: number) => n.toLocaleString('en-US');

/** What a lab file's request is doing: the upload as sent (real bytes), then the server's work (no percentage). */
export function LabFileProgress({ action, progress, file, results }: LabFileProgressProps) {
  const uploading = progress.phase === 'uploading';
  const percent =
    uploading && progress.total ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : null;
  const working =
    action === 'preview'
      ? file.rows === null
        ? 'Checking the workbook…'
        : `Checking ${count(file.rows)} row${file.rows === 1 ? '' : 's'}…`
      : results === null
        ? 'Importing…'
        : `Importing ${count(results)} result${results === 1 ? '' : 's'}…`;
  const headline = uploading ? `Uploading ${formatBytes(file.size)}…` : working;
  return (
    <Paper withBorder p="md" radius="md" data-testid="lab-file-progress">
      <Stack gap="xs">
        <Group gap="sm" role="status" aria-live="polite">
          <Loader size="sm" aria-hidden />
          <Text size="sm" fw={500}>
            {headline}
          </Text>
        </Group>
        {percent !== null ? (
          <Group gap="sm" wrap="nowrap">
            <Progress value={percent} aria-label={`Uploading ${file.fileName}`} style={{ flex: 1 }} />
            <Text size="sm" c="dimmed" w={72} ta="right">
              {percent}% sent
            </Text>
          </Group>
        ) : null}
        <Text size="xs" c="dimmed">
          {uploading
            ? `${file.fileName}${file.rows === null ? '' : `, ${count(file.rows)} rows`}. The rows are checked once the file is on the server.`
            : 'The file is on the server. A large file takes a while to check; keep this page open.'}
        </Text>
      </Stack>
    </Paper>
  );
}
