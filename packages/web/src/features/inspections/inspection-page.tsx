import { Title } from '@mantine/core';

export function InspectionPage() {
  return <Title order={2}>Inspection</Title>;
}
