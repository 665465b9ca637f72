import { Card, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import type { ChecklistAnswer, InspectionView } from '@outfall/domain/contracts/index';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../ui/error-alert';
import { useUpdateInspection } from './use-inspections';

const ANSWERS = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'na', label: 'N/A' },
];

type Item = InspectionView['checklist'][number];

function ChecklistItem({
  item,
  editable,
  onSave,
}: {
  item: Item;
  editable: boolean;
  onSave: (patch: { answer: ChecklistAnswer | null; note?: string | null }) => void;
}) {
  const [note, setNote] = useState(item.note ?? '');
  // shown at once on a tap; the saved answer replaces it when the server answers
  const [answer, setAnswer] = useState<string>(item.answer ?? '');
  useEffect(() => setNote(item.note ?? ''), [item.note]);
  useEffect(() => setAnswer(item.answer ?? ''), [item.answer]);
  return (
    <Stack gap={6} data-testid="checklist-item">
      <Text size="sm" fw={500} id={`item-${item.id}`}>
        {item.text}
      </Text>
      <SegmentedControl
        aria-label={`Answer: ${item.text}`}
        data={ANSWERS}
        value={answer}
        onChange={(value) => {
          setAnswer(value);
          onSave({ answer: value as ChecklistAnswer });
        }}
        readOnly={!editable}
        disabled={!editable}
        fullWidth
        size="md"
      />
      {editable || item.note ? (
        <Textarea
          aria-label={`Note: ${item.text}`}
          placeholder="Note"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          onBlur={() => {
            if ((item.note ?? '') !== note)
              onSave({ answer: (answer || null) as ChecklistAnswer | null, note });
          }}
          readOnly={!editable}
          autosize
          minRows={1}
        />
      ) : null}
    </Stack>
  );
}

/** The checklist grouped by section: Yes / No / N/A and a note per item, each saved as it is answered. */
export function InspectionChecklist({
  inspection,
  editable,
}: {
  inspection: InspectionView;
  editable: boolean;
}) {
  const update = useUpdateInspection(inspection.id);
  const sections = [...new Set(inspection.checklist.map((c) => c.section))];
  const answered = inspection.checklist.length - inspection.unansweredCount;
  return (
    <Stack gap="md">
      <Title order={3}>Checklist</Title>
      <Text size="sm" c="dimmed" data-testid="checklist-progress">
        {answered} of {inspection.checklist.length} answered
        {inspection.checklistTemplateName ? ` · ${inspection.checklistTemplateName}` : ''}
      </Text>
      <ErrorAlert error={update.error} title="Could not save the answer" />
      {sections.map((section) => (
        <Card key={section} withBorder padding="md" component="section" aria-label={section}>
          <Title order={4} mb="sm">
            {section}
          </Title>
          <Stack gap="lg">
            {inspection.checklist
              .filter((c) => c.section === section)
              .map((item) => (
                <ChecklistItem
                  key={item.id}
                  item={item}
                  editable={editable}
                  onSave={(patch) => update.mutate({ checklist: [{ id: item.id, ...patch }] })}
                />
              ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
