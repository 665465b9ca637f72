import { Anchor, Card, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { SncVerdictBadges } from './snc-badges';
import { useFacilitySnc } from './use-snc';

/** On the authority's facility page: the IU's latest SNC verdict (in SNC / near SNC) and a link to its explanations. */
export function FacilitySncCard({ facilityId }: { facilityId: string }) {
  const query = useFacilitySnc(facilityId);
  const latest = query.data?.evaluations[0];
  if (query.isPending || query.error) return null;
  return (
    <Card withBorder padding="sm" data-testid="facility-snc-card" aria-label="Significant noncompliance">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="wrap">
          <Text fw={600} size="sm">
            SNC
          </Text>
          {latest ? (
            <>
              <Text size="sm" c="dimmed">
                {latest.windowLabel}
              </Text>
              <SncVerdictBadges
                isSnc={latest.isSnc}
                isNearSnc={latest.isNearSnc}
                criteria={latest.criteriaMet}
              />
            </>
          ) : (
            <Text size="sm" c="dimmed">
              Not evaluated yet
            </Text>
          )}
        </Group>
        <Anchor component={Link} to={`/snc/${facilityId}`} size="sm">
          SNC explanation
        </Anchor>
      </Group>
    </Card>
  );
}
