import { Alert, Anchor, List, Text } from '@mantine/core';
import type { EvaluationSummary } from '@outfall/domain/contracts/index';
import { Link } from 'react-router';
import { limitLabel, periodText, valueVsLimit } from './monitoring-labels';

interface EvaluationOutcomeProps {
  evaluation: EvaluationSummary;
  /** Parameter code → name, from the permit. */
  names: (code: string) => string;
  /** "Saved 3 results" / the import's message. */
  headline: string;
  violationsHref: string;
}

/** What the engine concluded at once: violations opened or closed, and alert-level warnings. */
export function EvaluationOutcome({ evaluation, names, headline, violationsHref }: EvaluationOutcomeProps) {
  const { violationsOpened, violationsClosed, warnings, notEvaluable } = evaluation;
  const color = violationsOpened.length ? 'red' : warnings.length || notEvaluable.length ? 'orange' : 'green';
  const title = violationsOpened.length
    ? `${headline}. ${violationsOpened.length} new violation${violationsOpened.length === 1 ? '' : 's'}`
    : `${headline}. No new violations`;
  return (
    <Alert color={color} variant="outline" title={title} role="status" data-testid="evaluation-outcome">
      {violationsOpened.length ? (
        <List size="sm" spacing={4} mb="xs">
          {violationsOpened.map((v) => (
            <List.Item key={v.id}>
              <Text span fw={600} c="red.9">
                {names(v.parameterCode)} exceeds the {limitLabel(v)}
              </Text>
              : {valueVsLimit(v)}
              {v.exceedancePct ? ` (+${v.exceedancePct}%)` : ''}, {periodText(v)}
              {v.noticeDue ? `. 24-hour notice due ${v.noticeDue}` : ''}
              {v.resampleDue ? `, resample by ${v.resampleDue}` : ''}
            </List.Item>
          ))}
        </List>
      ) : null}
      {violationsClosed.length ? (
        <Text size="sm" mb="xs">
          {violationsClosed.length} violation{violationsClosed.length === 1 ? '' : 's'} closed:{' '}
          {violationsClosed.map((v) => `${names(v.parameterCode)} ${limitLabel(v)}`).join('; ')}
        </Text>
      ) : null}
      {warnings.length ? (
        <List size="sm" spacing={4} mb="xs">
          {warnings.map((w) => (
            <List.Item key={w}>{w}</List.Item>
          ))}
        </List>
      ) : null}
      {notEvaluable.length ? (
        <List size="sm" spacing={4} mb="xs">
          {notEvaluable.map((n) => (
            <List.Item key={n}>{n}</List.Item>
          ))}
        </List>
      ) : null}
      <Anchor component={Link} to={violationsHref} size="sm">
        Open the violations list
      </Anchor>
    </Alert>
  );
}
