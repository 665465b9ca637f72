import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { AttentionItem } from '@outfall/domain/contracts/index';
import { Link } from 'react-router';
import { QueryState } from '../../ui/query-state';
import classes from './attention-section.module.css';
import { useAttention } from './use-dashboard';

function AlertIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 2 1 21h22L12 2zm0 5.5 7.53 12.5H4.47L12 7.5zM11 10v5h2v-5h-2zm0 6v2h2v-2h-2z"
      />
    </svg>
  );
}

/** One count: the number, what it counts, a hint, and — when something is late — a warning in words. */
function AttentionCard({ item }: { item: AttentionItem }) {
  const alert = item.severity === 'alert' && item.count > 0;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      className={`${classes.card} ${alert ? classes.alert : ''}`}
      data-testid="attention-item"
      data-id={item.id}
    >
      <Link
        to={item.link}
        className={classes.link}
        aria-label={`${item.label}: ${item.count}${alert ? ' (needs action)' : ''}`}
      >
        <dl className={classes.list}>
          <Text size="sm" c="dimmed" fw={600} component="dt">
            {item.label}
          </Text>
          <Text
            fz={32}
            fw={700}
            lh={1.2}
            component="dd"
            m={0}
            c={alert ? 'red.9' : undefined}
            data-testid={`attention-${item.id}`}
          >
            {item.count}
          </Text>
          {alert ? (
            <Text component="dd" m={0} size="sm" fw={700} c="red.9">
              <Group gap={4} component="span" wrap="nowrap">
                <AlertIcon />
                Needs action
              </Group>
            </Text>
          ) : null}
          {item.hint ? (
            <Text size="xs" c="dimmed" component="dd" m={0}>
              {item.hint}
            </Text>
          ) : null}
        </dl>
      </Link>
    </Paper>
  );
}

/** The role's "needs attention" counts, each a link to the list filtered to exactly those items. */
export function AttentionSection() {
  const attention = useAttention();
  return (
    <section aria-labelledby="attention-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="attention-heading">
          Needs attention
        </Title>
        <QueryState query={attention} label="what needs attention">
          {(view) =>
            view.items.length === 0 ? (
              <Text c="dimmed">Nothing to show for your role.</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} data-testid="attention-items">
                {view.items.map((item) => (
                  <AttentionCard key={item.id} item={item} />
                ))}
              </SimpleGrid>
            )
          }
        </QueryState>
      </Stack>
    </section>
  );
}
