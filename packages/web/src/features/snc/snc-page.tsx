import { Title } from '@mantine/core';

export function SncPage() {
  return <Title order={2}>Significant noncompliance</Title>;
}
