import { Badge, Group } from '@mantine/core';
import type { ReportStatus } from '@outfall/domain/contracts/index';
import { daysLateText, REPORT_STATUS_COLORS, REPORT_STATUS_LABELS } from './report-labels';

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const color = REPORT_STATUS_COLORS[status];
  return (
    <Badge
      color={color}
      variant="light"
      c={`${color}.9`}
      data-testid="report-status"
      style={{ flexShrink: 0, maxWidth: 'none' }}
    >
      {REPORT_STATUS_LABELS[status]}
    </Badge>
  );
}

/** Lateness is not a status: it is shown beside any status. */
export function DaysLateBadge({ daysLate }: { daysLate: number }) {
  const text = daysLateText(daysLate);
  if (!text) return null;
  return (
    <Badge
      color="orange"
      variant="outline"
      c="orange.9"
      data-testid="days-late"
      style={{ flexShrink: 0, maxWidth: 'none' }}
    >
      {text}
    </Badge>
  );
}

export function ReportBadges({ status, daysLate }: { status: ReportStatus; daysLate: number }) {
  return (
    <Group gap={6} wrap="wrap">
      <ReportStatusBadge status={status} />
      <DaysLateBadge daysLate={daysLate} />
    </Group>
  );
}
