import { Title } from '@mantine/core';

export function FacilitySncPage() {
  return <Title order={2}>SNC evaluation</Title>;
}
