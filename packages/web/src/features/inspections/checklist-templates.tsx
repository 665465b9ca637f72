import { ActionIcon, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import type { ChecklistTemplateView } from '@outfall/domain/contracts/index';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, isApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/error-alert';
import { QueryState } from '../../ui/query-state';
import { inspectionPaths, useChecklistTemplates } from './use-inspections';

interface DraftItem {
  id?: string;
  section: string;
  text: string;
}

function TemplateEditor({ template }: { template: ChecklistTemplateView }) {
  const client = useQueryClient();
  const [name, setName] = useState(template.name);
  const [items, setItems] = useState<DraftItem[]>(template.items);
  const save = useMutation({
    mutationFn: () =>
      api.put<ChecklistTemplateView>(`${inspectionPaths.templates}/${template.id}`, {
        name,
        kinds: template.kinds,
        items,
      }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['inspections', 'templates'] }),
  });
  const err = (path: string) => (isApiError(save.error) ? save.error.fieldMessage(path) : undefined);
  const change = (index: number, patch: Partial<DraftItem>) =>
    setItems((list) => list.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <TextInput
          label="Checklist name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={err('name')}
        />
        <Text size="xs" c="dimmed">
          Version {template.version}. Saving makes a new version; inspections already scheduled keep the items
          they were given.
        </Text>
        {items.map((item, index) => (
          <Group key={item.id ?? `new-${index}`} align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              label={index === 0 ? 'Section' : undefined}
              aria-label={`Section of item ${index + 1}`}
              value={item.section}
              onChange={(e) => change(index, { section: e.currentTarget.value })}
              w={{ base: '100%', sm: 220 }}
              error={err(`items.${index}.section`)}
            />
            <TextInput
              label={index === 0 ? 'Item' : undefined}
              aria-label={`Text of item ${index + 1}`}
              value={item.text}
              onChange={(e) => change(index, { text: e.currentTarget.value })}
              style={{ flex: 1, minWidth: 220 }}
              error={err(`items.${index}.text`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={`Remove item ${index + 1}`}
              onClick={() => setItems((list) => list.filter((_, i) => i !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="default"
            onClick={() => setItems((list) => [...list, { section: list.at(-1)?.section ?? '', text: '' }])}
          >
            Add item
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending}>
            Save checklist
          </Button>
        </Group>
        <ErrorAlert error={save.error} title="Could not save the checklist" />
      </Stack>
    </Card>
  );
}

/** The authority's checklist templates (the default one is created the first time it is needed). */
export function ChecklistTemplates() {
  const templates = useChecklistTemplates();
  return (
    <Stack gap="md">
      <Title order={3}>Inspection checklists</Title>
      <QueryState query={templates} label="checklists">
        {(list) => (
          <Stack gap="md">
            {list.map((t) => (
              <TemplateEditor key={`${t.id}:${t.version}`} template={t} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
