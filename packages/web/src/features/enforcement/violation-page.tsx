import { Title } from '@mantine/core';

export function ViolationPage() {
  return <Title order={2}>Violation</Title>;
}
