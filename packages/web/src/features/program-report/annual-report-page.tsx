import { Title } from '@mantine/core';

export function AnnualReportPage() {
  return <Title order={2}>Pretreatment annual report</Title>;
}
