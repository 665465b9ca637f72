import { Button, Checkbox, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import type { ManualViolationCategory } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { serverFieldErrors } from '../../ui/form-validation';
import { FacilityPicker } from '../monitoring/facility-choice';
import { CATEGORIES, SNC_CRITERIA, suggestedCriterion, todayIso } from './enforcement-labels';
import { useRecordViolation } from './use-enforcement';

/** "Record violation": a manual violation (pass-through, interference, endangerment …) at a regulated facility. */
export function RecordViolationButton({ facilityId }: { facilityId?: string | null }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)}>Record violation</Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Record violation" size="lg">
        {opened ? (
          <RecordViolationForm initialFacilityId={facilityId ?? null} onDone={() => setOpened(false)} />
        ) : null}
      </Modal>
    </>
  );
}

function RecordViolationForm({
  initialFacilityId,
  onDone,
}: {
  initialFacilityId: string | null;
  onDone: () => void;
}) {
  const navigate = useNavigate();
  const record = useRecordViolation();
  const [facilityId, setFacilityId] = useState<string | null>(initialFacilityId);
  const [category, setCategory] = useState<string | null>(null);
  const [occurredOn, setOccurredOn] = useState(todayIso());
  const [detectedOn, setDetectedOn] = useState(todayIso());
  const [description, setDescription] = useState('');
  const [criterion, setCriterion] = useState<string | null>(null);
  const [criterionTouched, setCriterionTouched] = useState(false);
  const [harm, setHarm] = useState(false);
  const err = serverFieldErrors(record.error);
  const onCategory = (value: string | null) => {
    setCategory(value);
    if (!criterionTouched) setCriterion(suggestedCriterion(value));
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!facilityId || !category) return;
    record.mutate(
      {
        facilityId,
        category: category as ManualViolationCategory,
        occurredOn,
        detectedOn,
        description,
        sncCriterion: (criterion as 'C' | 'D' | 'G' | 'H' | null) ?? null,
        harm,
      },
      {
        onSuccess: (detail) => {
          onDone();
          void navigate(`/violations/${detail.violation.id}`);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Record violation">
      <Stack>
        <FacilityPicker value={facilityId} onChange={setFacilityId} />
        <Select
          label="Category"
          data={CATEGORIES}
          value={category}
          onChange={onCategory}
          required
          error={err.category}
        />
        <Group grow>
          <TextInput
            type="date"
            label="Occurred on"
            value={occurredOn}
            onChange={(e) => setOccurredOn(e.currentTarget.value)}
            required
            error={err.occurredOn}
          />
          <TextInput
            type="date"
            label="Detected on"
            value={detectedOn}
            onChange={(e) => setDetectedOn(e.currentTarget.value)}
            required
            error={err.detectedOn}
          />
        </Group>
        <Textarea
          label="Description"
          description="What happened, where, and how the POTW learned of it"
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          autosize
          minRows={3}
          required
          error={err.description}
        />
        <Select
          label="SNC determination"
          description="Suggested from the category; the POTW decides"
          data={SNC_CRITERIA}
          value={criterion}
          onChange={(v) => {
            setCriterionTouched(true);
            setCriterion(v);
          }}
          clearable
          placeholder="None"
        />
        <Checkbox
          label="Caused harm to the POTW, pass-through or interference"
          checked={harm}
          onChange={(e) => setHarm(e.currentTarget.checked)}
        />
        {record.error && !err.detectedOn && !err.occurredOn ? <ErrorAlert error={record.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={record.isPending} disabled={!facilityId || !category}>
            Save violation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
