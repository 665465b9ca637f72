import { Title } from '@mantine/core';

export function ProgramSettingsPage() {
  return <Title order={2}>Program settings</Title>;
}
