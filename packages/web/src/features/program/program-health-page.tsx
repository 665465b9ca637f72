import { Title } from '@mantine/core';

export function ProgramHealthPage() {
  return <Title order={2}>Program health</Title>;
}
