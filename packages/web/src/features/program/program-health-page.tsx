import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from '../../ui/use-page-title';
import { ProgramHealthSection } from './program-health-section';

export function ProgramHealthPage() {
  usePageTitle('Program health');
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Program health</Title>
          <Text c="dimmed">
            Oversight of the reporting year, permits, reports, enforcement, SNC and penalties.
          </Text>
        </div>
        <Anchor component={Link} to="/program/settings">
          Program settings
        </Anchor>
      </Group>
      <ProgramHealthSection />
    </Stack>
  );
}
