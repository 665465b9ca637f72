import { Anchor, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import {
  AmendReportInput,
  RecordReceiptInput,
  type ReportView,
  ReviewReportInput,
  SignReportInput,
} from '@outfall/domain/contracts/index';
import { type FormEvent, useState } from 'react';
import { FieldIssues } from '../../ui/field-issues';
import { type FieldErrors, serverFieldErrors, validate } from '../../ui/form-validation';
import { periodText } from './report-labels';
import { SignatureForm } from './signature-form';
import { reportPaths, useAmendReport, useRecordReceipt, useReviewReport, useSignReport } from './use-reports';

interface DialogProps {
  view: ReportView;
  opened: boolean;
  onClose: () => void;
}

/**
 * The signing ceremony (§10.2 R3–R5): what is signed, the certification statement verbatim, an
 * explicit confirmation and the password re-entered.
 */
export function SignReportDialog({ view, opened, onClose }: DialogProps) {
  const mutation = useSignReport(view.id);
  return (
    <Modal opened={opened} onClose={onClose} title={`Sign and submit: ${view.title}`} size="lg">
      <SignatureForm
        label="Sign and submit the report"
        intro={
          <>
            You are signing revision {view.currentRevision} of the {view.title} of {view.facilityName}, period{' '}
            {periodText({ start: view.periodStart, end: view.periodEnd })}, permit {view.permitNumber}.
            Signing submits it to the control authority and cannot be undone; a correction is an amendment.{' '}
            <Anchor href={reportPaths.export(view.id, 'pdf', view.currentRevision)} target="_blank">
              Review the report as PDF
            </Anchor>
          </>
        }
        certification={view.certification}
        schema={SignReportInput}
        mutation={mutation}
        onClose={onClose}
      />
    </Modal>
  );
}

/** The authority's decision: accept, or return with a comment saying what to correct. */
export function ReviewReportDialog({
  view,
  decision,
  onClose,
}: {
  view: ReportView;
  decision: 'accepted' | 'returned' | null;
  onClose: () => void;
}) {
  const mutation = useReviewReport(view.id);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const fieldErrors = { ...serverFieldErrors(mutation.error), ...errors };
  const returning = decision === 'returned';
  const label = returning ? 'Return with comment' : 'Accept';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!decision) return;
    if (returning && !comment.trim()) {
      return setErrors({ comment: 'Say what the facility should correct' });
    }
    const result = validate<ReviewReportInput>(ReviewReportInput, {
      decision,
      comment: comment.trim() || null,
    });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    mutation.mutate(result.data, { onSuccess: onClose });
  };

  return (
    <Modal opened={decision !== null} onClose={onClose} title={`${label}: ${view.title}`}>
      <form onSubmit={onSubmit} noValidate aria-label={label}>
        <Stack gap="sm">
          <Text size="sm">
            {returning
              ? `The report goes back to ${view.facilityName}, who can amend it. Its signed revision stays on record.`
              : `Accepting records that revision ${view.currentRevision} of ${view.facilityName}'s report meets the requirement.`}
          </Text>
          <FieldIssues error={mutation.error} title="The review was not saved" shownPaths={['comment']} />
          <Textarea
            label={returning ? 'Comment to the facility' : 'Comment (optional)'}
            required={returning}
            autosize
            minRows={3}
            maxLength={4000}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            error={fieldErrors.comment}
          />
          <Group gap="sm" justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending} color={returning ? 'orange.9' : undefined}>
              {label}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** A report the authority received outside Outfall (paper or e-mail): the day it arrived and where it is filed. */
export function RecordReceiptDialog({ view, opened, onClose }: DialogProps) {
  const mutation = useRecordReceipt(view.id);
  const [receivedOn, setReceivedOn] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const fieldErrors = { ...serverFieldErrors(mutation.error), ...errors };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate<RecordReceiptInput>(RecordReceiptInput, { receivedOn, note });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    mutation.mutate(result.data, { onSuccess: onClose });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={`Received outside Outfall: ${view.title}`}>
      <form onSubmit={onSubmit} noValidate aria-label="Record receipt outside Outfall">
        <Stack gap="sm">
          <Text size="sm">
            For a report {view.facilityName} submitted on paper or by e-mail. It is recorded as received on
            that day and accepted; a receipt later than the program allows opens a reporting violation.
          </Text>
          <FieldIssues
            error={mutation.error}
            title="The receipt was not recorded"
            shownPaths={['receivedOn', 'note']}
          />
          <TextInput
            type="date"
            label="Received on"
            required
            value={receivedOn}
            onChange={(e) => setReceivedOn(e.currentTarget.value)}
            error={fieldErrors.receivedOn}
          />
          <Textarea
            label="How it was received and where the original is filed"
            required
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldErrors.note}
          />
          <Group gap="sm" justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              Record receipt
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** An amendment: a new draft revision copied from the signed one, with the reason. */
export function AmendReportDialog({ view, opened, onClose }: DialogProps) {
  const mutation = useAmendReport(view.id);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const fieldErrors = { ...serverFieldErrors(mutation.error), ...errors };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate<AmendReportInput>(AmendReportInput, { reason });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    mutation.mutate(result.data, { onSuccess: onClose });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={`Amend: ${view.title}`}>
      <form onSubmit={onSubmit} noValidate aria-label="Amend the report">
        <Stack gap="sm">
          <Text size="sm">
            Revision {view.currentRevision} and its copy of record stay as signed. Revision{' '}
            {view.currentRevision + 1} starts as a draft copied from it, to be signed again.
          </Text>
          <FieldIssues error={mutation.error} title="The report was not amended" shownPaths={['reason']} />
          <Textarea
            label="Reason for the amendment"
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldErrors.reason}
          />
          <Group gap="sm" justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              Amend
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
