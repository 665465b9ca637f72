import { Button, Group, Modal, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { EnforcementActionType, IssueActionInput } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { serverFieldErrors } from '../../ui/form-validation';
import { ACTION_TYPE_LABEL, ACTION_TYPES, addDaysIso, todayIso } from './enforcement-labels';
import { useIssueAction } from './use-enforcement';

export interface ActionPrefill {
  facilityId: string;
  facilityName?: string | null;
  violationIds: string[];
  type: EnforcementActionType;
  officialTitle?: string | null;
  responseDays?: number | null;
  guideEntryId?: string | null;
  reason?: string | null;
}

const FORMAL = new Set([
  'administrative_order',
  'show_cause_hearing',
  'penalty',
  'termination',
  'judicial_referral',
]);

/** The form to issue an enforcement action, prefilled from a recommended response. */
export function IssueActionModal({
  prefill,
  onClose,
}: {
  prefill: ActionPrefill | null;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={prefill !== null}
      onClose={onClose}
      title={prefill ? `Issue ${ACTION_TYPE_LABEL[prefill.type].toLowerCase()}` : ''}
      size="lg"
    >
      {prefill ? <IssueActionForm prefill={prefill} onDone={onClose} /> : null}
    </Modal>
  );
}

function IssueActionForm({ prefill, onDone }: { prefill: ActionPrefill; onDone: () => void }) {
  const navigate = useNavigate();
  const issue = useIssueAction();
  const today = todayIso();
  const [type, setType] = useState<EnforcementActionType>(prefill.type);
  const [issuedOn, setIssuedOn] = useState(today);
  const [responseDue, setResponseDue] = useState(addDaysIso(today, Math.max(prefill.responseDays ?? 15, 1)));
  const [officialTitle, setOfficialTitle] = useState(prefill.officialTitle ?? '');
  const [summary, setSummary] = useState(prefill.reason ?? '');
  const [requirements, setRequirements] = useState(
    'Explain the cause of each violation, the corrective actions taken or planned with their dates, and how a recurrence will be prevented.',
  );
  const [penalty, setPenalty] = useState<string | number>('');
  const [judicialKind, setJudicialKind] = useState<string | null>(null);
  const [milestone, setMilestone] = useState('');
  const [milestoneDate, setMilestoneDate] = useState('');
  const err = serverFieldErrors(issue.error);
  const formal = FORMAL.has(type);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const input: IssueActionInput = {
      facilityId: prefill.facilityId,
      violationIds: prefill.violationIds,
      type,
      issuedOn,
      responseDue: responseDue || null,
      officialTitle: officialTitle.trim() || null,
      summary,
      requirements: requirements.trim() || null,
      penaltyAssessed: penalty === '' ? null : String(penalty),
      judicialKind: (judicialKind as 'civil' | 'criminal' | null) ?? null,
      guideEntryId: type === prefill.type ? (prefill.guideEntryId ?? null) : null,
      complianceSchedule:
        formal && milestone.trim() && milestoneDate
          ? [{ kind: 'final-compliance', description: milestone.trim(), scheduledDate: milestoneDate }]
          : [],
    };
    issue.mutate(input, {
      onSuccess: (action) => {
        onDone();
        void navigate(`/enforcement/${action.id}`);
      },
    });
  };
  return (
    <form onSubmit={submit} aria-label="Issue enforcement action">
      <Stack>
        {prefill.facilityName ? (
          <Text size="sm">
            To <strong>{prefill.facilityName}</strong> for {prefill.violationIds.length} violation
            {prefill.violationIds.length === 1 ? '' : 's'}
          </Text>
        ) : null}
        <Select
          label="Response"
          data={ACTION_TYPES}
          value={type}
          onChange={(v) => v && setType(v as EnforcementActionType)}
          allowDeselect={false}
          error={err.type}
        />
        <Group grow>
          <TextInput
            type="date"
            label="Issued on"
            value={issuedOn}
            onChange={(e) => setIssuedOn(e.currentTarget.value)}
            required
            error={err.issuedOn}
          />
          <TextInput
            type="date"
            label="Response due"
            value={responseDue}
            onChange={(e) => setResponseDue(e.currentTarget.value)}
            error={err.responseDue}
          />
        </Group>
        <TextInput
          label="Official (by title)"
          value={officialTitle}
          onChange={(e) => setOfficialTitle(e.currentTarget.value)}
          description="From the response guide; the official responsible under the ERP"
        />
        <Textarea
          label="Internal summary"
          description="For the authority's file; the facility does not see it"
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          autosize
          minRows={2}
          required
          error={err.summary}
        />
        <Textarea
          label="Requirements"
          description="What the facility must do; printed on the letter"
          value={requirements}
          onChange={(e) => setRequirements(e.currentTarget.value)}
          autosize
          minRows={2}
          error={err.requirements}
        />
        {formal ? (
          <>
            <NumberInput
              label="Penalty assessed (USD)"
              value={penalty}
              onChange={setPenalty}
              min={0}
              decimalScale={2}
              thousandSeparator=","
              error={err.penaltyAssessed}
            />
            <Group grow>
              <TextInput
                label="Compliance schedule milestone"
                placeholder="e.g. Final compliance with the copper limit"
                value={milestone}
                onChange={(e) => setMilestone(e.currentTarget.value)}
              />
              <TextInput
                type="date"
                label="Milestone date"
                value={milestoneDate}
                onChange={(e) => setMilestoneDate(e.currentTarget.value)}
                error={err.complianceSchedule}
              />
            </Group>
          </>
        ) : null}
        {type === 'judicial_referral' ? (
          <Select
            label="Judicial action"
            data={[
              { value: 'civil', label: 'Civil' },
              { value: 'criminal', label: 'Criminal' },
            ]}
            value={judicialKind}
            onChange={setJudicialKind}
            error={err.judicialKind}
          />
        ) : null}
        <ErrorAlert error={issue.error} title="The action was not issued" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={issue.isPending} data-testid="confirm-issue-action">
            Confirm and issue
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
