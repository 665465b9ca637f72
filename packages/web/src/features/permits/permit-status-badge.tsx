import { Badge } from '@mantine/core';
import type { PermitStatus } from '@outfall/domain/contracts/index';
import { PERMIT_STATUS_COLORS, PERMIT_STATUS_LABELS } from './permit-labels';

export function PermitStatusBadge({ status }: { status: PermitStatus }) {
  return (
    <Badge color={PERMIT_STATUS_COLORS[status]} variant="light" c={`${PERMIT_STATUS_COLORS[status]}.9`}>
      {PERMIT_STATUS_LABELS[status]}
    </Badge>
  );
}
