import { Badge, Group, Tooltip } from '@mantine/core';
import { SNC_CRITERION_TITLES, type SncCriterionCode } from '@outfall/domain/contracts/index';

/** The verdict: "In SNC" with one badge per criterion met, "Near SNC", or "Not in SNC". */
export function SncVerdictBadges({
  isSnc,
  isNearSnc,
  criteria,
}: {
  isSnc: boolean;
  isNearSnc: boolean;
  criteria: readonly SncCriterionCode[];
}) {
  return (
    <Group gap={4} wrap="wrap">
      {isSnc ? (
        <Badge color="red" variant="filled" data-testid="snc-verdict">
          In SNC
        </Badge>
      ) : (
        <Badge color="green" variant="light" data-testid="snc-verdict">
          Not in SNC
        </Badge>
      )}
      {criteria.map((c) => (
        <Tooltip key={c} label={SNC_CRITERION_TITLES[c]}>
          <Badge color="red" variant="outline" aria-label={`Criterion ${c}: ${SNC_CRITERION_TITLES[c]}`}>
            {c}
          </Badge>
        </Tooltip>
      ))}
      {isNearSnc ? (
        <Badge color="orange" variant="light" data-testid="snc-near">
          Near SNC
        </Badge>
      ) : null}
    </Group>
  );
}
