import { Title } from '@mantine/core';

export function InspectionsPage() {
  return <Title order={2}>Inspections</Title>;
}
