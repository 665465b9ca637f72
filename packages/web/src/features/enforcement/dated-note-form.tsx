import { Button, Card, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { ErrorAlert } from '../../ui/error-alert';
import { formLevelError, serverFieldErrors } from '../../ui/form-validation';
import { todayIso } from './enforcement-labels';

/**
 * A card with a dated note: the facility's response to an action, closing an action, a violation's
 * return to compliance. The date starts at today; the server's field errors show at their inputs.
 */
export function DatedNoteForm({
  title,
  formLabel,
  date,
  note,
  submitLabel,
  color,
  error,
  pending,
  onSubmit,
  children,
}: {
  title: string;
  /** The form's accessible name. */
  formLabel: string;
  /** The label and the request field of each input. */
  date: { label: string; field: string };
  note: { label: string; field: string };
  submitLabel: string;
  color?: string;
  error: unknown;
  pending: boolean;
  onSubmit: (date: string, note: string) => void;
  /** More inputs between the note and the button. */
  children?: ReactNode;
}) {
  const [day, setDay] = useState(todayIso());
  const [text, setText] = useState('');
  const fields = serverFieldErrors(error);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <form
        aria-label={formLabel}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(day, text);
        }}
      >
        <Stack>
          <TextInput
            type="date"
            label={date.label}
            value={day}
            onChange={(e) => setDay(e.currentTarget.value)}
            error={fields[date.field]}
            required
          />
          <Textarea
            label={note.label}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={2}
            required
            error={fields[note.field]}
          />
          {children}
          <ErrorAlert error={formLevelError(error)} />
          <Group>
            <Button type="submit" color={color} loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
