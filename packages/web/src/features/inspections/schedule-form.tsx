import { Button, Checkbox, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import type { InspectionKind } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/error-alert';
import { INSPECTION_KIND_OPTIONS, todayIso } from './inspection-labels';
import { useInspectionPlan, useInspectors, useScheduleInspection } from './use-inspections';

export interface ScheduleDefaults {
  facilityId?: string | null;
  kind?: InspectionKind;
  includesSampling?: boolean;
}

/** "Schedule inspection": a modal form; `defaults` prefill it from a plan row. */
export function ScheduleInspectionModal({
  opened,
  defaults,
  onClose,
}: {
  opened: boolean;
  defaults: ScheduleDefaults;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Schedule inspection" size="lg">
      {opened ? <ScheduleForm defaults={defaults} onDone={onClose} /> : null}
    </Modal>
  );
}

function ScheduleForm({ defaults, onDone }: { defaults: ScheduleDefaults; onDone: () => void }) {
  const navigate = useNavigate();
  const plan = useInspectionPlan(null);
  const inspectors = useInspectors(true);
  const schedule = useScheduleInspection();
  const [facilityId, setFacilityId] = useState<string | null>(defaults.facilityId ?? null);
  const [kind, setKind] = useState<string | null>(defaults.kind ?? 'routine');
  const [date, setDate] = useState(todayIso());
  const [inspector, setInspector] = useState<string | null>(null);
  const [sampling, setSampling] = useState(defaults.includesSampling ?? true);
  const [announced, setAnnounced] = useState(true);
  const err = (path: string) => (isApiError(schedule.error) ? schedule.error.fieldMessage(path) : undefined);
  const facilities = (plan.data?.facilities ?? []).map((f) => ({
    value: f.facilityId,
    label: f.facilityName,
  }));
  const people = (inspectors.data ?? []).map((p) => ({ value: p.userId, label: `${p.name} (${p.role})` }));
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!facilityId || !kind) return;
    schedule.mutate(
      {
        facilityId,
        kind: kind as InspectionKind,
        scheduledDate: date,
        assignedUserId: inspector,
        includesSampling: sampling,
        announced,
      },
      {
        onSuccess: (view) => {
          onDone();
          void navigate(`/inspections/${view.id}`);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Schedule inspection">
      <Stack>
        <Select
          label="Facility"
          data={facilities}
          value={facilityId}
          onChange={setFacilityId}
          searchable
          required
          error={err('facilityId')}
        />
        <Select
          label="Kind"
          data={INSPECTION_KIND_OPTIONS}
          value={kind}
          onChange={setKind}
          required
          error={err('kind')}
        />
        <TextInput
          type="date"
          label="Date"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          required
          error={err('scheduledDate')}
        />
        <Select
          label="Inspector"
          data={people}
          value={inspector}
          onChange={setInspector}
          clearable
          placeholder="Not assigned"
          error={err('assignedUserId')}
        />
        <Checkbox
          label="Includes authority sampling of the effluent"
          checked={sampling}
          onChange={(e) => setSampling(e.currentTarget.checked)}
        />
        <Checkbox
          label="Announced to the facility"
          description="An unannounced visit is not shown to the facility until it is completed"
          checked={announced}
          onChange={(e) => setAnnounced(e.currentTarget.checked)}
        />
        {schedule.error && !err('facilityId') && !err('assignedUserId') && !err('scheduledDate') ? (
          <ErrorAlert error={schedule.error} />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={schedule.isPending} disabled={!facilityId || !kind || !date}>
            Schedule
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
