import { Paper, Text } from '@mantine/core';
import { Link } from 'react-router';
import classes from './stat-card.module.css';

interface StatCardProps {
  label: string;
  value: number | string;
  /** A short explanation under the number. */
  hint?: string;
  /** Where the card leads, if anywhere. */
  to?: string;
  testId?: string;
}

/** One headline number of a dashboard. */
export function StatCard({ label, value, hint, to, testId }: StatCardProps) {
  const body = (
    <>
      <Text size="sm" c="dimmed" fw={600} component="dt">
        {label}
      </Text>
      <Text fz={32} fw={700} lh={1.2} component="dd" m={0} data-testid={testId}>
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed" component="dd" m={0}>
          {hint}
        </Text>
      ) : null}
    </>
  );
  return (
    <Paper withBorder radius="md" p="md" className={to ? classes.linked : undefined}>
      {to ? (
        <Link to={to} className={classes.link} aria-label={`${label}: ${value}`}>
          <dl className={classes.list}>{body}</dl>
        </Link>
      ) : (
        <dl className={classes.list}>{body}</dl>
      )}
    </Paper>
  );
}
