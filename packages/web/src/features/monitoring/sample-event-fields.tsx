import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { SAMPLE_TYPES } from './monitoring-labels';
import type { MonitoringPointOption } from './use-permit-parameters';

export interface SampleEvent {
  monitoringPoint: string | null;
  collectedStart: string;
  collectedEnd: string;
  collectionMethod: 'grab' | 'composite';
  labName: string;
  collector: string;
}

interface SampleEventFieldsProps {
  event: SampleEvent;
  points: MonitoringPointOption[];
  onChange: (patch: Partial<SampleEvent>) => void;
  error: (path: string) => string | undefined;
}

/** Where, when and how the sample was taken, and which lab analysed it. */
export function SampleEventFields({ event, points, onChange, error }: SampleEventFieldsProps) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
      <Select
        label="Outfall / location"
        data={points.map((p) => ({ value: p.key, label: p.label }))}
        value={event.monitoringPoint}
        onChange={(value) => onChange({ monitoringPoint: value })}
        allowDeselect={false}
        required
        error={error('monitoringPoint')}
      />
      <Select
        label="Sample type"
        data={SAMPLE_TYPES}
        value={event.collectionMethod}
        onChange={(value) => onChange({ collectionMethod: value === 'grab' ? 'grab' : 'composite' })}
        allowDeselect={false}
      />
      <TextInput
        label="Collected (start)"
        type="datetime-local"
        value={event.collectedStart}
        onChange={(e) => onChange({ collectedStart: e.currentTarget.value })}
        required
        error={error('collectedStart')}
      />
      <TextInput
        label="Collected (end)"
        description={event.collectionMethod === 'composite' ? 'End of the composite period' : 'Optional'}
        type="datetime-local"
        value={event.collectedEnd}
        onChange={(e) => onChange({ collectedEnd: e.currentTarget.value })}
        error={error('collectedEnd')}
      />
      <TextInput
        label="Lab"
        value={event.labName}
        onChange={(e) => onChange({ labName: e.currentTarget.value })}
        error={error('labName')}
      />
      <TextInput
        label="Collected by"
        value={event.collector}
        onChange={(e) => onChange({ collector: e.currentTarget.value })}
        error={error('collector')}
      />
    </SimpleGrid>
  );
}
