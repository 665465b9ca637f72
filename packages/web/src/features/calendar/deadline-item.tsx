import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { DeadlineState, DeadlineView } from '@outfall/domain/contracts/index';
import { Link } from 'react-router';
import { DEADLINE_KIND_LABELS, DEADLINE_STATE } from './deadline-labels';

/** The state in words, in its colour (the words carry the meaning; the colour only repeats it). */
export function DeadlineStateText({ state, size = 'sm' }: { state: DeadlineState; size?: 'xs' | 'sm' }) {
  const { label, color } = DEADLINE_STATE[state];
  return (
    <Text component="span" size={size} fw={700} c={color} data-testid="deadline-state">
      {state === 'overdue' ? '⚠ ' : ''}
      {label}
    </Text>
  );
}

interface DeadlineItemProps {
  deadline: DeadlineView;
  showFacility: boolean;
  /** Show the due date (lists); a day's own column does not need it. */
  showDate?: boolean;
}

/** One deadline: its title linking to the record, kind, facility, due date and state. */
export function DeadlineItem({ deadline: d, showFacility, showDate = true }: DeadlineItemProps) {
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      style={{ listStyle: 'none', borderLeft: `4px solid var(--mantine-color-${stateVar(d.state)})` }}
      data-testid="deadline-row"
      data-kind={d.kind}
      data-state={d.state}
    >
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Anchor component={Link} to={d.link} fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {d.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {DEADLINE_KIND_LABELS[d.kind]}
            {showFacility ? ` · ${d.facilityName}` : ''}
            {showDate ? ` · due ${d.dueDate}` : ''}
          </Text>
        </Stack>
        <DeadlineStateText state={d.state} />
      </Group>
    </Paper>
  );
}

function stateVar(state: DeadlineState): string {
  return DEADLINE_STATE[state].color.replace('.', '-');
}

/** Deadlines as a list, or a line saying there are none. */
export function DeadlineItems({
  deadlines,
  showFacility,
  showDate = true,
  emptyText = 'No deadlines match.',
}: {
  deadlines: DeadlineView[];
  showFacility: boolean;
  showDate?: boolean;
  emptyText?: string;
}) {
  if (deadlines.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {emptyText}
      </Text>
    );
  return (
    <Stack component="ul" gap="xs" p={0} m={0}>
      {deadlines.map((d) => (
        <DeadlineItem key={d.key} deadline={d} showFacility={showFacility} showDate={showDate} />
      ))}
    </Stack>
  );
}
