import { Alert, Anchor, Code, Paper, Stack, Text, Title } from '@mantine/core';
import type { CopyOfRecordVerification } from '@outfall/domain/contracts/index';
import { type DragEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/labels';
import { usePageTitle } from '../../ui/use-page-title';
import { readBase64 } from './read-file';
import { useVerifyCopyOfRecord } from './use-reports';

function Outcome({ result, fileName }: { result: CopyOfRecordVerification; fileName: string }) {
  if (result.verified && result.report) {
    const { report } = result;
    return (
      <Alert color="green" variant="outline" title="Verified" data-testid="verification" role="status">
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Verified — {report.title}, signed by {report.signerName} at {formatDateTime(report.signedAt)}
          </Text>
          <Text size="sm">
            {fileName} is the{' '}
            {result.matched === 'pdf' ? 'PDF' : result.matched === 'xml' ? 'ICIS XML' : 'JSON'} copy of record
            of{' '}
            <Anchor
              component={Link}
              to={
                result.kind === 'program_report'
                  ? `/annual-report?report=${report.id}`
                  : `/reports/${report.id}`
              }
            >
              {report.facilityName}'s {report.title}
            </Anchor>
            {result.copyOfRecord ? `, revision ${result.copyOfRecord.revision}` : ''}, byte for byte.
          </Text>
          <Text size="sm">
            SHA-256 <Code style={{ wordBreak: 'break-all' }}>{result.sha256}</Code>
          </Text>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="outline" title="Not verified" data-testid="verification" role="status">
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          Not verified — {result.message}
        </Text>
        <Text size="sm">
          SHA-256 of {fileName} <Code style={{ wordBreak: 'break-all' }}>{result.sha256}</Code>
        </Text>
      </Stack>
    </Alert>
  );
}

/** Checks a downloaded copy of record (JSON, PDF, or an annual report's XML) against the digests stored when it was signed. */
export function VerifyCopyPage() {
  usePageTitle('Verify a copy of record');
  const inputId = useId();
  const verify = useVerifyCopyOfRecord();
  const [fileName, setFileName] = useState<string | null>(null);
  const [readError, setReadError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);

  const check = async (file: File | undefined | null) => {
    verify.reset();
    setReadError(null);
    setFileName(file?.name ?? null);
    if (!file) return;
    try {
      const base64 = await readBase64(file);
      verify.mutate({ fileName: file.name, base64 });
    } catch (error) {
      setReadError(error);
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void check(event.dataTransfer.files[0]);
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Verify a copy of record</Title>
        <Text c="dimmed" mt={4}>
          A signed report's copy of record (JSON or PDF, or an annual report's XML) as downloaded from
          Outfall. Its SHA-256 is compared with the digests stored when it was signed; a file changed by even
          one byte does not verify.
        </Text>
      </div>
      <Paper
        withBorder
        p="xl"
        radius="md"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        bg={dragging ? 'blue.0' : undefined}
        style={{ borderStyle: 'dashed', borderWidth: 2 }}
        data-testid="verify-drop-zone"
      >
        <Stack gap="xs" align="center">
          <Text component="label" htmlFor={inputId} fw={600}>
            Copy of record file (JSON, PDF, or an annual report’s XML)
          </Text>
          <Text size="sm" c="dimmed" id={`${inputId}-hint`}>
            Drop the file here, or choose it.
          </Text>
          <input
            id={inputId}
            type="file"
            accept=".json,.pdf,.xml,application/json,application/pdf,application/xml,text/xml"
            aria-describedby={`${inputId}-hint`}
            onChange={(e) => {
              void check(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </Stack>
      </Paper>
      <div aria-live="polite">
        {verify.isPending ? <Text size="sm">Checking {fileName}…</Text> : null}
        {verify.data && fileName ? <Outcome result={verify.data} fileName={fileName} /> : null}
      </div>
      <ErrorAlert error={readError ?? verify.error} title="The file could not be checked" />
    </Stack>
  );
}
