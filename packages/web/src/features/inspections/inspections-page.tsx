import { Button, Group, Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { ChecklistTemplates } from './checklist-templates';
import { InspectionPlan } from './inspection-plan';
import { InspectionsList } from './inspections-list';
import { type ScheduleDefaults, ScheduleInspectionModal } from './schedule-form';

const PLANNERS = new Set(['admin', 'director', 'coordinator']);
const TABS = ['plan', 'upcoming', 'mine', 'completed', 'checklists'] as const;

/** Inspections: the plan of what is due, the upcoming visits, mine, and the completed ones. */
export function InspectionsPage() {
  usePageTitle('Inspections');
  const membership = useActiveMembership();
  const canPlan = PLANNERS.has(membership?.role ?? '');
  const [search, setSearch] = useSearchParams();
  const fallback = canPlan ? 'plan' : 'mine';
  const tab = TABS.find((t) => t === search.get('tab')) ?? fallback;
  const [schedule, setSchedule] = useState<ScheduleDefaults | null>(null);
  const setTab = (value: string | null) => {
    const params = new URLSearchParams(search);
    params.set('tab', value ?? fallback);
    setSearch(params, { replace: true });
  };
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          Inspections
        </Title>
        {canPlan ? <Button onClick={() => setSchedule({})}>Schedule inspection</Button> : null}
      </Group>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="plan">Plan</Tabs.Tab>
          <Tabs.Tab value="upcoming">Upcoming</Tabs.Tab>
          <Tabs.Tab value="mine">Assigned to me</Tabs.Tab>
          <Tabs.Tab value="completed">Completed</Tabs.Tab>
          {canPlan ? <Tabs.Tab value="checklists">Checklists</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="plan" pt="md">
          <InspectionPlan onSchedule={canPlan ? setSchedule : null} />
        </Tabs.Panel>
        <Tabs.Panel value="upcoming" pt="md">
          <InspectionsList query={{ status: 'scheduled' }} empty="No inspections are scheduled." />
        </Tabs.Panel>
        <Tabs.Panel value="mine" pt="md">
          <Stack gap="lg">
            <Stack gap="xs">
              <Title order={3} size="h4">
                In progress
              </Title>
              <InspectionsList query={{ mine: 'true', status: 'in_progress' }} empty="Nothing in progress." />
            </Stack>
            <Stack gap="xs">
              <Title order={3} size="h4">
                Scheduled
              </Title>
              <InspectionsList
                query={{ mine: 'true', status: 'scheduled' }}
                empty="No visits assigned to you."
              />
            </Stack>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="completed" pt="md">
          <InspectionsList query={{ status: 'completed' }} empty="No completed inspections yet." />
        </Tabs.Panel>
        {canPlan ? (
          <Tabs.Panel value="checklists" pt="md">
            <ChecklistTemplates />
          </Tabs.Panel>
        ) : null}
      </Tabs>
      <ScheduleInspectionModal
        opened={schedule !== null}
        defaults={schedule ?? {}}
        onClose={() => setSchedule(null)}
      />
    </Stack>
  );
}
