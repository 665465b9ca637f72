import { Title } from '@mantine/core';

export function EnforcementPage() {
  return <Title order={2}>Enforcement</Title>;
}
