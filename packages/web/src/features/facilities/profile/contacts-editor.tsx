import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FieldErrors } from '../../../ui/form-validation';
import { CONTACT_ROLE_LABELS } from '../facility-labels';
import type { ContactState } from './profile-form-state';

const ROLE_OPTIONS = Object.entries(CONTACT_ROLE_LABELS).map(([value, label]) => ({ value, label }));

interface ContactsEditorProps {
  contacts: ContactState[];
  errors: FieldErrors;
  onChange: (contacts: ContactState[]) => void;
}

export function ContactsEditor({ contacts, errors, onChange }: ContactsEditorProps) {
  const setAt = (i: number, patch: Partial<ContactState>) =>
    onChange(contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <Stack gap="xs">
      {contacts.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: contacts have no identity beyond their position
        <Paper key={i} withBorder p="xs" radius="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }} spacing="xs">
            <TextInput
              label={`Contact ${i + 1} name`}
              required
              value={c.name}
              onChange={(e) => setAt(i, { name: e.currentTarget.value })}
              error={errors[`contacts.${i}.name`]}
            />
            <TextInput
              label="Title"
              value={c.title}
              onChange={(e) => setAt(i, { title: e.currentTarget.value })}
            />
            <TextInput
              label="Phone"
              value={c.phone}
              onChange={(e) => setAt(i, { phone: e.currentTarget.value })}
              error={errors[`contacts.${i}.phone`]}
            />
            <TextInput
              label="E-mail"
              type="email"
              value={c.email}
              onChange={(e) => setAt(i, { email: e.currentTarget.value })}
              error={errors[`contacts.${i}.email`]}
            />
            <Select
              label="Role"
              allowDeselect={false}
              data={ROLE_OPTIONS}
              value={c.role}
              onChange={(r) => r && setAt(i, { role: r })}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button
              variant="subtle"
              color="red.9"
              size="compact-sm"
              onClick={() => onChange(contacts.filter((_, j) => j !== i))}
            >
              Remove contact {i + 1}
            </Button>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="default"
          size="compact-sm"
          onClick={() =>
            onChange([...contacts, { name: '', title: '', phone: '', email: '', role: 'primary' }])
          }
        >
          Add contact
        </Button>
      </Group>
    </Stack>
  );
}
