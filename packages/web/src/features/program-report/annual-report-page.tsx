import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ProgramReportSummaryView, ProgramReportView } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/labels';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { ProgramEntriesForm, SignProgramReportDialog } from './program-report-forms';
import { canPrepare, canSign, STATUS_TEXT } from './program-report-labels';
import {
  ActivitySection,
  ComplianceSection,
  IndustrialUsersSection,
  PpsSection,
} from './program-report-sections';
import {
  programReportPaths,
  useMarkProgramReportReady,
  usePrepareProgramReport,
  useProgramReport,
  useProgramReports,
} from './use-program-reports';

function YearsTable({
  reports,
  selected,
  onSelect,
}: {
  reports: ProgramReportSummaryView[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table highlightOnHover withTableBorder aria-label="Reporting years">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Reporting year</Table.Th>
            <Table.Th>Period</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((r) => (
            <Table.Tr key={r.id} bg={r.id === selected ? 'var(--mantine-color-blue-light)' : undefined}>
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => onSelect(r.id)}
                  data-testid={`year-${r.label}`}
                >
                  {r.label}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {r.periodStart} – {r.periodEnd}
              </Table.Td>
              <Table.Td>{r.dueDate}</Table.Td>
              <Table.Td>
                <Badge variant="light">{STATUS_TEXT[r.status]}</Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Actions({ view }: { view: ProgramReportView }) {
  const membership = useActiveMembership();
  const prepare = usePrepareProgramReport(view.id);
  const ready = useMarkProgramReportReady(view.id);
  const [signing, setSigning] = useState(false);
  const prepared = view.content !== null;
  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap">
        {canPrepare(membership) && view.status !== 'submitted' && (
          <Button
            variant={prepared ? 'default' : 'filled'}
            loading={prepare.isPending}
            onClick={() => prepare.mutate()}
          >
            {prepared ? 'Rebuild from the records' : 'Prepare'}
          </Button>
        )}
        {canPrepare(membership) && view.status === 'draft' && prepared && (
          <Button loading={ready.isPending} onClick={() => ready.mutate()}>
            Mark ready for signature
          </Button>
        )}
        {canSign(membership) && view.status === 'ready_for_signature' && (
          <Button color="green" onClick={() => setSigning(true)}>
            Sign and submit
          </Button>
        )}
        {prepared && (
          <>
            <Button component="a" variant="light" href={programReportPaths.download(view.id, 'pdf')} download>
              Download PDF
            </Button>
            <Button
              component="a"
              variant="light"
              href={programReportPaths.download(view.id, 'xlsx')}
              download
            >
              Download XLSX
            </Button>
            <Button component="a" variant="light" href={programReportPaths.download(view.id, 'xml')} download>
              Download XML
            </Button>
          </>
        )}
      </Group>
      {prepare.error && <ErrorAlert error={prepare.error} title="The report was not rebuilt" />}
      {ready.error && <ErrorAlert error={ready.error} title="The report was not marked ready" />}
      {prepared && view.xmlProblems.length > 0 && (
        <Alert color="yellow" title="The ICIS XML cannot be written yet" data-testid="xml-problems">
          <List size="sm">
            {view.xmlProblems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <SignProgramReportDialog view={view} opened={signing} onClose={() => setSigning(false)} />
    </Stack>
  );
}

function ReportView({ view }: { view: ProgramReportView }) {
  const membership = useActiveMembership();
  return (
    <Stack gap="md" data-testid="annual-report">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} size="h3">
            Annual report {view.label}
          </Title>
          <Text size="sm" c="dimmed">
            {view.periodStart} to {view.periodEnd} · due {view.dueDate} · {STATUS_TEXT[view.status]}
            {view.preparedAt ? ` · built ${formatDateTime(view.preparedAt)}` : ''}
          </Text>
        </Stack>
      </Group>
      <Actions view={view} />
      {view.signature && (
        <Alert color="green" title="Signed and submitted" data-testid="signature">
          Signed by {view.signature.signerName} ({view.signature.signerTitle}) at{' '}
          {formatDateTime(view.signature.signedAt)}.
          {view.copyOfRecord && (
            <Text size="xs" style={{ wordBreak: 'break-all' }}>
              Copy of record: JSON {view.copyOfRecord.jsonSha256} · PDF {view.copyOfRecord.pdfSha256} · XML{' '}
              {view.copyOfRecord.xmlSha256} (audit event {view.copyOfRecord.auditSeq})
            </Text>
          )}
        </Alert>
      )}
      {view.content === null ? (
        <Text c="dimmed">Not prepared yet: prepare it to build the figures from the records.</Text>
      ) : (
        <>
          <PpsSection content={view.content} />
          <IndustrialUsersSection content={view.content} />
          <ComplianceSection content={view.content} />
          <ActivitySection content={view.content} />
        </>
      )}
      <Paper withBorder p="md" data-testid="program-changes">
        <Title order={3} size="h4" mb="xs">
          Program changes and other information
        </Title>
        <ProgramEntriesForm
          key={`${view.id}-${view.status}-${view.preparedAt}`}
          view={view}
          editable={canPrepare(membership) && view.status !== 'submitted'}
        />
      </Paper>
    </Stack>
  );
}

/** The pretreatment annual report (403.12(i)): the reporting years and the selected year's report. */
export function AnnualReportPage() {
  usePageTitle('Pretreatment annual report');
  const [params, setParams] = useSearchParams();
  const list = useProgramReports();
  const fallback = list.data?.find((r) => r.preparedAt !== null)?.id ?? list.data?.[0]?.id ?? null;
  const selected = params.get('report') ?? fallback;
  const report = useProgramReport(selected);
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Pretreatment annual report
      </Title>
      <QueryState query={list} label="the reporting years">
        {(reports) => (
          <YearsTable reports={reports} selected={selected} onSelect={(id) => setParams({ report: id })} />
        )}
      </QueryState>
      {selected && (
        <QueryState query={report} label="the annual report">
          {(view) => <ReportView view={view} />}
        </QueryState>
      )}
    </Stack>
  );
}
