import {
  Anchor,
  Badge,
  Button,
  Card,
  Collapse,
  Divider,
  Group,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { InspectionView } from '@outfall/domain/contracts/index';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { InspectionChecklist } from './inspection-checklist';
import { InspectionFindings } from './inspection-findings';
import { InspectionFollowUps } from './inspection-follow-ups';
import { INSPECTION_KIND_LABELS, INSPECTION_STATUS, todayIso } from './inspection-labels';
import { InspectionPhotos } from './inspection-photos';
import {
  inspectionPaths,
  useCancelInspection,
  useCompleteInspection,
  useInspection,
  useStartInspection,
  useUpdateInspection,
} from './use-inspections';

const PERFORMERS = new Set(['admin', 'director', 'coordinator', 'inspector']);

/** A text field saved when it loses focus (autosave; nothing is sent when unchanged). */
function AutosaveText({
  label,
  value,
  editable,
  onSave,
  minRows = 2,
}: {
  label: string;
  value: string | null;
  editable: boolean;
  onSave: (value: string) => void;
  minRows?: number;
}) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  if (!editable)
    return (
      <div>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={value ? undefined : 'dimmed'}>
          {value || 'None recorded.'}
        </Text>
      </div>
    );
  return (
    <Textarea
      label={label}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => {
        if (text !== (value ?? '')) onSave(text);
      }}
      autosize
      minRows={minRows}
    />
  );
}

function Header({ i }: { i: InspectionView }) {
  const status = INSPECTION_STATUS[i.status];
  return (
    <Stack gap={4}>
      <Anchor component={Link} to="/inspections" size="sm">
        ← Inspections
      </Anchor>
      <Title order={1} size="h2">
        {i.facilityName}
      </Title>
      <Group gap="xs">
        <Badge color={status.color} variant="light" data-testid="inspection-status">
          {status.label}
        </Badge>
        <Text size="sm">
          {INSPECTION_KIND_LABELS[i.kind]}
          {i.includesSampling ? ' with sampling' : ''}
          {i.announced ? '' : ' · unannounced'}
        </Text>
      </Group>
      <Text size="sm" c="dimmed">
        {i.inspectedOn ? `Inspected ${i.inspectedOn}` : `Scheduled ${i.scheduledDate}`}
        {` · ${i.assignedUserName ?? 'not assigned'}`}
        {i.permitNumber ? ` · permit ${i.permitNumber}` : ''}
      </Text>
      {i.cancelledReason ? <Text size="sm">Cancelled: {i.cancelledReason}</Text> : null}
      <Anchor href={inspectionPaths.pdf(i.id)} size="sm" target="_blank" rel="noopener">
        Inspection report (PDF)
      </Anchor>
    </Stack>
  );
}

function CompletePanel({ i }: { i: InspectionView }) {
  const complete = useCompleteInspection(i.id);
  const [day, setDay] = useState(
    i.scheduledDate <= todayIso() ? (i.startedAt?.slice(0, 10) ?? todayIso()) : todayIso(),
  );
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={3}>Complete</Title>
        <Text size="sm" data-testid="unanswered">
          {i.unansweredCount === 0
            ? 'Every checklist item is answered.'
            : `${i.unansweredCount} checklist item${i.unansweredCount === 1 ? ' is' : 's are'} unanswered.`}
        </Text>
        <TextInput
          type="date"
          label="Day of the inspection"
          value={day}
          max={todayIso()}
          onChange={(e) => setDay(e.currentTarget.value)}
        />
        <ErrorAlert error={complete.error} title="Could not complete the inspection" />
        <Button size="lg" color="green" onClick={() => complete.mutate(day)} loading={complete.isPending}>
          Complete inspection
        </Button>
      </Stack>
    </Card>
  );
}

function CancelPanel({ i }: { i: InspectionView }) {
  const cancel = useCancelInspection(i.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <Stack gap="xs">
      <Button variant="subtle" color="red" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        Cancel this inspection…
      </Button>
      <Collapse expanded={open}>
        <Stack gap="xs">
          <Textarea
            label="Reason"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <ErrorAlert error={cancel.error} />
          <Button
            color="red"
            disabled={!reason.trim()}
            loading={cancel.isPending}
            onClick={() => cancel.mutate(reason)}
          >
            Cancel inspection
          </Button>
        </Stack>
      </Collapse>
    </Stack>
  );
}

function InspectionForm({ i }: { i: InspectionView }) {
  usePageTitle(`Inspection — ${i.facilityName}`);
  const membership = useActiveMembership();
  const performer = PERFORMERS.has(membership?.role ?? '');
  const start = useStartInspection(i.id);
  const update = useUpdateInspection(i.id);
  const inProgress = i.status === 'in_progress';
  const editable = inProgress && i.can.perform;
  return (
    <Stack gap="lg" maw={720} mx="auto" w="100%" data-testid="inspection-form">
      <Header i={i} />
      {i.status === 'scheduled' && i.can.perform ? (
        <>
          <Button size="lg" onClick={() => start.mutate(undefined)} loading={start.isPending}>
            Start inspection
          </Button>
          <ErrorAlert error={start.error} />
        </>
      ) : null}
      <ErrorAlert error={update.error} title="Could not save" />
      <AutosaveText
        label="Contacts on site"
        value={i.contacts}
        editable={(i.status === 'scheduled' || inProgress) && i.can.perform}
        onSave={(contacts) => update.mutate({ contacts })}
      />
      <Divider />
      <InspectionChecklist inspection={i} editable={editable} />
      <Divider />
      <InspectionFindings
        inspection={i}
        canAdd={editable}
        canRecord={performer && (inProgress || i.status === 'completed')}
      />
      <Divider />
      <InspectionFollowUps
        inspection={i}
        canAdd={performer && (inProgress || i.status === 'completed')}
        canComplete={performer && i.status !== 'cancelled'}
      />
      <Divider />
      <InspectionPhotos inspection={i} canUpload={performer && i.status !== 'cancelled'} />
      <Divider />
      <AutosaveText
        label="Summary"
        value={i.summary}
        editable={editable}
        onSave={(summary) => update.mutate({ summary })}
        minRows={4}
      />
      {editable ? <CompletePanel i={i} /> : null}
      {i.can.plan ? <CancelPanel i={i} /> : null}
    </Stack>
  );
}

/** One inspection: the field form (one column, large targets, works at 390×844). */
export function InspectionPage() {
  const { id } = useParams();
  const inspection = useInspection(id);
  return (
    <QueryState query={inspection} label="the inspection">
      {(i) => <InspectionForm i={i} />}
    </QueryState>
  );
}
