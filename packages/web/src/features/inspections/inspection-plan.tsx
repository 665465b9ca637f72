import { Badge, Button, Card, Group, Select, Stack, Switch, Text } from '@mantine/core';
import type { InspectionFacilityPlanView } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../ui/query-state';
import { StatCard } from '../../ui/stat-card';
import {
  ACTIVITY_LABELS,
  ACTIVITY_STATE,
  INSPECTION_KIND_LABELS,
  IU_CLASS_LABELS,
  kindForActivity,
} from './inspection-labels';
import type { ScheduleDefaults } from './schedule-form';
import { useInspectionPlan } from './use-inspections';

const rank = (f: InspectionFacilityPlanView) => (f.overdueCount > 0 ? 0 : f.dueCount > 0 ? 1 : 2);

/** What the authority owes each IU this reporting year (§3.1, §3.2), with "Schedule" against each gap. */
export function InspectionPlan({ onSchedule }: { onSchedule: ((d: ScheduleDefaults) => void) | null }) {
  const [year, setYear] = useState<number | null>(null);
  const [openOnly, setOpenOnly] = useState(true);
  const plan = useInspectionPlan(year);
  return (
    <QueryState query={plan} label="the inspection plan">
      {(p) => {
        const label = p.year.labelYear;
        const years = [label + 1, label, label - 1, label - 2].map((y) => ({
          value: String(y),
          label: String(y),
        }));
        const facilities = [...p.facilities]
          .filter((f) => !openOnly || f.dueCount + f.overdueCount > 0)
          .sort((a, b) => rank(a) - rank(b) || a.facilityName.localeCompare(b.facilityName));
        return (
          <Stack gap="md">
            <Group align="flex-end" gap="md">
              <Select
                label="Reporting year"
                data={years}
                value={String(label)}
                onChange={(v) => setYear(v ? Number(v) : null)}
                w={{ base: '100%', xs: 160 }}
                allowDeselect={false}
              />
              <Switch
                label="Only facilities with something due"
                checked={openOnly}
                onChange={(e) => setOpenOnly(e.currentTarget.checked)}
              />
            </Group>
            <Text size="sm" c="dimmed">
              Reporting year {p.year.label}: {p.year.start} to {p.year.end}. Slug control re-evaluation every{' '}
              {p.slugReevaluationMonths} months.
            </Text>
            <Group grow>
              <StatCard label="Due" value={String(p.dueCount)} />
              <StatCard label="Overdue" value={String(p.overdueCount)} />
            </Group>
            {facilities.length === 0 ? <Text c="dimmed">Nothing is due.</Text> : null}
            {facilities.map((f) => (
              <Card
                key={f.facilityId}
                withBorder
                padding="md"
                data-testid="plan-facility"
                aria-label={`Plan for ${f.facilityName}`}
              >
                <Group justify="space-between" mb="xs">
                  <div>
                    <Text fw={600}>{f.facilityName}</Text>
                    <Text size="xs" c="dimmed">
                      {IU_CLASS_LABELS[f.iuClass]}
                      {f.middleTier ? ' · middle tier' : ''}
                      {f.permitNumber ? ` · permit ${f.permitNumber}` : ''}
                    </Text>
                  </div>
                </Group>
                <Stack gap="xs">
                  {f.activities.map((a) => {
                    const state = ACTIVITY_STATE[a.state]!;
                    const open = a.state === 'due' || a.state === 'overdue';
                    const name = `${ACTIVITY_LABELS[a.kind]}${a.parameterCode ? ` (${a.parameterCode})` : ''}`;
                    return (
                      <Group
                        key={`${a.kind}:${a.parameterCode ?? ''}`}
                        justify="space-between"
                        wrap="wrap"
                        gap="xs"
                        data-testid="plan-activity"
                      >
                        <div style={{ minWidth: 200, flex: 1 }}>
                          <Group gap="xs">
                            <Text size="sm" fw={500}>
                              {name}
                            </Text>
                            <Badge color={state.color} variant="light">
                              {state.label}
                            </Badge>
                          </Group>
                          <Text size="xs" c="dimmed">
                            {a.dueDate ? `Due by ${a.dueDate}` : 'Not required'}
                            {a.lastDone ? ` · last done ${a.lastDone}` : ' · never done'}
                          </Text>
                          {a.scheduled.map((s) => (
                            <Text size="xs" key={s.id}>
                              Scheduled:{' '}
                              <Link to={`/inspections/${s.id}`}>
                                {INSPECTION_KIND_LABELS[s.kind]} on {s.scheduledDate}
                              </Link>
                              {s.assignedUserName ? ` (${s.assignedUserName})` : ''}
                            </Text>
                          ))}
                        </div>
                        {open && onSchedule && a.scheduled.length === 0 ? (
                          <Button
                            size="xs"
                            variant="light"
                            aria-label={`Schedule ${name} for ${f.facilityName}`}
                            onClick={() =>
                              onSchedule({
                                facilityId: f.facilityId,
                                kind: kindForActivity(a.kind),
                                includesSampling:
                                  a.kind !== 'slug_evaluation' && a.kind !== 'nsciu_evaluation',
                              })
                            }
                          >
                            Schedule
                          </Button>
                        ) : null}
                      </Group>
                    );
                  })}
                </Stack>
              </Card>
            ))}
          </Stack>
        );
      }}
    </QueryState>
  );
}
