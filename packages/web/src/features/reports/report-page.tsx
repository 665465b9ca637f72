import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { ReportStatus, ReportView } from '@outfall/domain/contracts/index';
import { useIsMutating } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { FieldIssues } from '../../ui/field-issues';
import { formatDateTime } from '../../ui/labels';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { useResults } from '../monitoring/use-monitoring';
import { AttachmentsSection } from './report-attachments';
import { DaysLateBadge, ReportStatusBadge } from './report-badges';
import {
  AmendReportDialog,
  RecordReceiptDialog,
  ReviewReportDialog,
  SignReportDialog,
} from './report-dialogs';
import { draftInput, missingNodiComments, type ReportDraft, useReportDraft } from './report-draft';
import { daysLateText, kindLabel, periodText, REPORT_STATUS_LABELS } from './report-labels';
import { ExceedancesSection, NarrativeSection } from './report-narrative';
import { OutfallTable } from './report-outfalls';
import { ReportExports, ReviewsHistory, RevisionsTable } from './report-record';
import {
  attachmentMutationKey,
  useMarkReportReady,
  usePrepareReport,
  useReport,
  useSaveReportDraft,
} from './use-reports';

const EDITABLE: ReadonlySet<ReportStatus> = new Set(['upcoming', 'in_preparation', 'ready_for_signature']);

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" fw={600} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

function ReportHeader({ view, actions }: { view: ReportView; actions: ReactNode }) {
  const membership = useActiveMembership();
  const isAuthority = membership?.kind === 'authority';
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <Group gap="sm" align="center">
            <Title order={1}>{view.title}</Title>
            <ReportStatusBadge status={view.status} />
            <DaysLateBadge daysLate={view.daysLate} />
          </Group>
          <Text c="dimmed" mt={4}>
            {kindLabel(view.kind)} · revision {view.currentRevision}
            {view.outfallCode ? ` · outfall ${view.outfallCode}` : ''}
          </Text>
        </div>
        {actions}
      </Group>
      <Paper withBorder p="md" radius="md" component="section" aria-label="Report details">
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="md" m={0}>
          <Field label="Facility">
            {isAuthority ? (
              <Anchor component={Link} to={`/facilities/${view.facilityId}`}>
                {view.facilityName}
              </Anchor>
            ) : (
              view.facilityName
            )}
          </Field>
          <Field label="Permit">
            <Anchor component={Link} to={`/permits/${view.permitId}`}>
              {view.permitNumber}
            </Anchor>
          </Field>
          <Field label="Period">{periodText({ start: view.periodStart, end: view.periodEnd })}</Field>
          <Field label="Due">{view.dueDate}</Field>
          <Field label="Status">
            <span data-testid="report-status-text">{REPORT_STATUS_LABELS[view.status]}</span>
          </Field>
          <Field label="Received">{view.receivedAt ? formatDateTime(view.receivedAt) : 'Not yet'}</Field>
          <Field label="Days late">{daysLateText(view.daysLate) ?? 'On time'}</Field>
          <Field label="Exceedances">{view.exceedanceCount}</Field>
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}

interface WorkspaceProps {
  view: ReportView;
}

/** The report with its editable draft (for a preparer) and the actions the server allows now. */
function ReportWorkspace({ view }: WorkspaceProps) {
  const membership = useActiveMembership();
  const isAuthority = membership?.kind === 'authority';
  const content = view.content;
  const editable = view.can.prepare && content !== null && EDITABLE.has(view.status);
  const { draft, setDraft, dirty } = useReportDraft(content);
  const formDraft = editable ? draft : null;
  const setFormDraft = (update: (d: ReportDraft) => ReportDraft) => setDraft((d) => (d ? update(d) : d));

  const prepare = usePrepareReport(view.id);
  const save = useSaveReportDraft(view.id);
  const ready = useMarkReportReady(view.id);
  // An attachment change rebuilds the draft: nothing else is sent meanwhile.
  const attaching = useIsMutating({ mutationKey: attachmentMutationKey(view.id) }) > 0;
  const [signing, setSigning] = useState(false);
  const [amending, setAmending] = useState(false);
  const [receiving, setReceiving] = useState(false);
  const [decision, setDecision] = useState<'accepted' | 'returned' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const missing = formDraft ? missingNodiComments(formDraft) : [];
  const results = useResults(
    { facilityId: view.facilityId, from: view.periodStart, to: view.periodEnd, includeSuperseded: true },
    content !== null,
  );
  const sampleDates = useMemo(
    () => new Map((results.data ?? []).map((r) => [r.id, r.sampleDate])),
    [results.data],
  );

  const saveFirst = async () => {
    if (formDraft && content && dirty) await save.mutateAsync(draftInput(formDraft, content));
  };
  const onSave = () => {
    if (!formDraft || !content) return;
    setNotice(null);
    save.mutate(draftInput(formDraft, content), { onSuccess: () => setNotice('Draft saved.') });
  };
  const onPrepare = async () => {
    setNotice(null);
    try {
      await saveFirst();
      await prepare.mutateAsync();
      setNotice('Prepared from the record.');
    } catch {
      // the mutation's error is shown below
    }
  };
  const onReady = async () => {
    setNotice(null);
    try {
      await saveFirst();
      await ready.mutateAsync();
    } catch {
      // the mutation's error is shown below
    }
  };

  const canPrepare = view.can.prepare && EDITABLE.has(view.status);
  const showSign = !isAuthority && view.status === 'ready_for_signature';
  const busy = prepare.isPending || save.isPending || ready.isPending || attaching;
  const actions = (
    <Group gap="xs" wrap="wrap">
      {canPrepare ? (
        <Button
          variant={content ? 'default' : 'filled'}
          onClick={() => void onPrepare()}
          loading={prepare.isPending}
          disabled={attaching}
        >
          Prepare from the record
        </Button>
      ) : null}
      {editable ? (
        <Button variant="default" onClick={onSave} loading={save.isPending} disabled={!dirty || busy}>
          Save draft
        </Button>
      ) : null}
      {editable && view.status !== 'ready_for_signature' && view.status !== 'upcoming' ? (
        <Button
          onClick={() => void onReady()}
          loading={ready.isPending}
          disabled={busy || missing.length > 0}
        >
          Mark ready for signature
        </Button>
      ) : null}
      {showSign ? (
        <Button onClick={() => setSigning(true)} disabled={!view.can.sign || dirty || attaching}>
          Sign
        </Button>
      ) : null}
      {view.can.review && view.status === 'submitted' ? (
        <>
          <Button onClick={() => setDecision('accepted')}>Accept</Button>
          <Button variant="default" onClick={() => setDecision('returned')}>
            Return with comment
          </Button>
        </>
      ) : null}
      {view.can.review &&
      !view.receivedAt &&
      ['upcoming', 'in_preparation', 'ready_for_signature', 'returned'].includes(view.status) ? (
        <Button variant="default" onClick={() => setReceiving(true)}>
          Received outside Outfall
        </Button>
      ) : null}
      {view.can.amend ? (
        <Button variant="default" onClick={() => setAmending(true)}>
          Amend
        </Button>
      ) : null}
    </Group>
  );

  const lastReview = [...view.reviews].sort((a, b) => b.at.localeCompare(a.at))[0];
  return (
    <Stack gap="lg">
      <ReportHeader view={view} actions={actions} />
      <div aria-live="polite">
        {notice && !busy ? (
          <Text size="sm" c="green.9" fw={600} data-testid="report-notice">
            {notice}
          </Text>
        ) : null}
        {dirty && editable ? (
          <Text size="sm" c="dimmed">
            Unsaved changes.
          </Text>
        ) : null}
      </div>
      <FieldIssues error={save.error} title="The draft was not saved" />
      <ErrorAlert error={prepare.error} title="The report was not prepared" />
      <ErrorAlert error={ready.error} title="The report is not ready for signature" />
      {missing.length > 0 ? (
        <Alert color="orange" variant="outline" title="A NODI code needs its comment">
          Write a comment on each parameter with a NODI code before marking the report ready.
        </Alert>
      ) : null}
      {showSign && !view.can.sign && view.signBlockedReason ? (
        <Alert color="orange" variant="outline" title="You cannot sign this report" role="status">
          {view.signBlockedReason}
        </Alert>
      ) : null}
      {view.status === 'returned' && lastReview?.decision === 'returned' ? (
        <Alert color="orange" variant="outline" title={`Returned by ${lastReview.reviewerName}`}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {lastReview.comment ?? 'No comment.'}
          </Text>
          {view.can.amend ? (
            <Text size="sm" mt="xs">
              Amend the report to correct it; the signed revision stays on record.
            </Text>
          ) : null}
        </Alert>
      ) : null}
      {content ? (
        <>
          <Stack gap="sm" component="section" aria-labelledby="values-title">
            <Title order={2} size="h3" id="values-title">
              Reported values
            </Title>
            <Text size="sm" c="dimmed">
              Prepared from the record {formatDateTime(content.preparedAt)}. “Req Mon”: monitoring required
              without a limit; “&lt;”: below the detection limit.
            </Text>
            {content.outfalls.length === 0 ? <Text c="dimmed">No outfall is reported.</Text> : null}
            {content.outfalls.map((outfall) => (
              <OutfallTable
                key={`${outfall.outfallCode}/${outfall.limitSetDesignator ?? ''}`}
                outfall={outfall}
                content={content}
                draft={formDraft}
                setDraft={setFormDraft}
                resultsFacilityId={isAuthority ? view.facilityId : null}
                sampleDates={sampleDates}
              />
            ))}
          </Stack>
          <ExceedancesSection content={content} draft={formDraft} setDraft={setFormDraft} />
          <NarrativeSection content={content} draft={formDraft} setDraft={setFormDraft} />
          {editable ? (
            <Group gap="xs">
              <Button variant="default" onClick={onSave} loading={save.isPending} disabled={!dirty || busy}>
                Save draft
              </Button>
            </Group>
          ) : null}
          <AttachmentsSection view={view} content={content} editable={editable} />
        </>
      ) : (
        <Text c="dimmed">
          {canPrepare
            ? 'Not prepared yet. “Prepare from the record” computes its values from the stored results.'
            : 'The facility has not prepared this report yet.'}
        </Text>
      )}
      <ReportExports view={view} />
      <RevisionsTable view={view} />
      <ReviewsHistory view={view} />
      {showSign ? <SignReportDialog view={view} opened={signing} onClose={() => setSigning(false)} /> : null}
      {decision ? (
        <ReviewReportDialog
          key={decision}
          view={view}
          decision={decision}
          onClose={() => setDecision(null)}
        />
      ) : null}
      {amending ? <AmendReportDialog view={view} opened onClose={() => setAmending(false)} /> : null}
      {receiving ? <RecordReceiptDialog view={view} opened onClose={() => setReceiving(false)} /> : null}
    </Stack>
  );
}

/** One report: header, content by outfall, exceedances, narrative, actions, revisions, reviews. */
export function ReportPage() {
  const { id } = useParams();
  const report = useReport(id);
  usePageTitle(report.data ? report.data.title : 'Report');
  return (
    <Stack gap="lg">
      <Breadcrumbs aria-label="Breadcrumb" style={{ flexWrap: 'wrap' }}>
        <Anchor component={Link} to="/reports">
          Reports
        </Anchor>
        <Text style={{ overflowWrap: 'anywhere' }}>{report.data ? report.data.title : 'Report'}</Text>
      </Breadcrumbs>
      <QueryState query={report} label="the report">
        {(view) => <ReportWorkspace key={`${view.id}:${view.currentRevision}`} view={view} />}
      </QueryState>
    </Stack>
  );
}
