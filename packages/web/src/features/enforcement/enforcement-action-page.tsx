import { Title } from '@mantine/core';

export function EnforcementActionPage() {
  return <Title order={2}>Enforcement action</Title>;
}
