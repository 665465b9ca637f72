import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReportView } from '@outfall/domain/contracts/index';
import { formatDateTime } from '../../ui/labels';
import { type ExportFormat, reportPaths } from './use-reports';

const EXPORT_LABELS: Record<ExportFormat, string> = {
  pdf: 'PDF',
  xlsx: 'Excel (XLSX)',
  xml: 'ICIS XML',
  csv: 'NetDMR CSV',
};

/** Downloads of the current revision: PDF and XLSX, and for a DMR the ICIS XML and NetDMR CSV. */
export function ReportExports({ view }: { view: ReportView }) {
  if (!view.content) return null;
  const formats: ExportFormat[] = view.kind === 'dmr' ? ['pdf', 'xlsx', 'xml', 'csv'] : ['pdf', 'xlsx'];
  return (
    <Stack gap="xs" component="section" aria-labelledby="exports-title">
      <Title order={2} size="h3" id="exports-title">
        Exports
      </Title>
      <Text size="sm" c="dimmed">
        Revision {view.currentRevision}
        {view.revisions.find((r) => r.revision === view.currentRevision)?.status === 'signed'
          ? ', as signed'
          : ', as drafted now'}
        .
      </Text>
      <Group gap="xs">
        {formats.map((format) => (
          <Button
            key={format}
            component="a"
            href={reportPaths.export(view.id, format, view.currentRevision)}
            download
            variant="default"
            size="sm"
          >
            Download {EXPORT_LABELS[format]}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}

/** Every revision, signed ones with their copy of record (JSON and PDF, each with its digest). */
export function RevisionsTable({ view }: { view: ReportView }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="revisions-title">
      <Title order={2} size="h3" id="revisions-title">
        Revisions and copies of record
      </Title>
      {view.revisions.length === 0 ? (
        <Text c="dimmed">Nothing has been prepared yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Caption>Revisions, newest first</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Revision</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Signed by</Table.Th>
                <Table.Th scope="col">Signed / received</Table.Th>
                <Table.Th scope="col">Amendment reason</Table.Th>
                <Table.Th scope="col">Copy of record</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...view.revisions]
                .sort((a, b) => b.revision - a.revision)
                .map((r) => (
                  <Table.Tr key={r.id} data-testid="revision-row">
                    <Table.Th scope="row">{r.revision}</Table.Th>
                    <Table.Td>{r.status === 'signed' ? 'Signed' : 'Draft'}</Table.Td>
                    <Table.Td>{r.signerName ?? '—'}</Table.Td>
                    <Table.Td>{r.signedAt ? formatDateTime(r.signedAt) : '—'}</Table.Td>
                    <Table.Td>{r.amendmentReason ?? '—'}</Table.Td>
                    <Table.Td>
                      {r.copyOfRecordId ? (
                        <Group gap="sm" wrap="nowrap">
                          <Anchor
                            href={reportPaths.copyOfRecord(r.copyOfRecordId, 'json')}
                            download
                            size="sm"
                            aria-label={`Copy of record of revision ${r.revision} (JSON)`}
                          >
                            JSON
                          </Anchor>
                          <Anchor
                            href={reportPaths.copyOfRecord(r.copyOfRecordId, 'pdf')}
                            download
                            size="sm"
                            aria-label={`Copy of record of revision ${r.revision} (PDF)`}
                          >
                            PDF
                          </Anchor>
                        </Group>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** The authority's decisions on each signed revision. */
export function ReviewsHistory({ view }: { view: ReportView }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="reviews-title">
      <Title order={2} size="h3" id="reviews-title">
        Reviews
      </Title>
      {view.reviews.length === 0 ? (
        <Text c="dimmed">The control authority has not reviewed this report yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Caption>Review decisions, newest first</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Decision</Table.Th>
                <Table.Th scope="col">Revision</Table.Th>
                <Table.Th scope="col">Reviewer</Table.Th>
                <Table.Th scope="col">At</Table.Th>
                <Table.Th scope="col">Comment</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...view.reviews]
                .sort((a, b) => b.at.localeCompare(a.at))
                .map((r) => (
                  <Table.Tr key={r.id} data-testid="review-row">
                    <Table.Th scope="row">{r.decision === 'accepted' ? 'Accepted' : 'Returned'}</Table.Th>
                    <Table.Td>{r.revision}</Table.Td>
                    <Table.Td>{r.reviewerName}</Table.Td>
                    <Table.Td>{formatDateTime(r.at)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{r.comment ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
