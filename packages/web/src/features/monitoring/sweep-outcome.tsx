import { Alert, Anchor, List, Text } from '@mantine/core';
import type { SweepResult } from '@outfall/domain/contracts/index';
import { Link } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { useFacilityNames } from './facility-choice';
import { periodText } from './monitoring-labels';
import { useParameterNames } from './use-parameter-names';

interface SweepOutcomeProps {
  mutation: { data: SweepResult | undefined; error: unknown };
  violationsHref: string;
  /** Authority staff checking every facility: name each violation's facility. */
  showFacility: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What "Check for missed samples now" found: the monitoring violations it opened, or none. */
export function SweepOutcome({ mutation, violationsHref, showFacility }: SweepOutcomeProps) {
  const names = useParameterNames();
  const { data, error } = mutation;
  const opened = data?.violationsOpened ?? [];
  const facilityNames = useFacilityNames(showFacility);
  if (error) return <ErrorAlert error={error} title="The check for missed samples failed" />;
  if (!data) return null;
  const checked = data.facilitiesChecked === 1 ? '1 facility' : `${data.facilitiesChecked} facilities`;
  if (opened.length === 0) {
    return (
      <Alert
        color="green.9"
        variant="outline"
        role="status"
        data-testid="sweep-outcome"
        title="No new missed samples"
      >
        <Text size="sm">
          Checked {checked}: no sampling window that closed in the last 92 days is newly short of its required
          samples. Missed samples found before are already on the violations list.
        </Text>
      </Alert>
    );
  }
  return (
    <Alert
      color="red"
      variant="outline"
      role="status"
      data-testid="sweep-outcome"
      title={`${plural(opened.length, 'missed sample')} found: ${plural(opened.length, 'monitoring violation')} opened`}
    >
      <Text size="sm" mb="xs">
        Checked {checked}. Each required sample not taken before its window closed is now a monitoring
        violation:
      </Text>
      <List size="sm" spacing={4} mb="xs">
        {opened.map((v) => (
          <List.Item key={v.id}>
            {names(v.parameterCode)} at outfall {v.monitoringPoint}, {periodText(v)}
            {v.computedValue ? `: ${v.computedValue}` : ''}
            {facilityNames.get(v.facilityId) ? ` (${facilityNames.get(v.facilityId)})` : ''}
          </List.Item>
        ))}
      </List>
      <Anchor component={Link} to={violationsHref} size="sm">
        Open the monitoring violations
      </Anchor>
    </Alert>
  );
}
