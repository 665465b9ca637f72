import { Anchor, Table, Text } from '@mantine/core';
import type { ReportSummaryView } from '@outfall/domain/contracts/index';
import { Link } from 'react-router';
import { formatDateTime } from '../../ui/labels';
import { ReportBadges } from './report-badges';
import { kindLabel } from './report-labels';

interface ReportsTableProps {
  reports: ReportSummaryView[];
  caption: string;
  /** Authority view: the facility column. */
  showFacility?: boolean;
  emptyText?: string;
}

/** Report obligations: title, period, due date, status with lateness beside it. */
export function ReportsTable({ reports, caption, showFacility = false, emptyText }: ReportsTableProps) {
  if (reports.length === 0) return <Text c="dimmed">{emptyText ?? 'No reports match.'}</Text>;
  return (
    <Table.ScrollContainer minWidth={showFacility ? 900 : 760}>
      <Table striped highlightOnHover>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Report</Table.Th>
            {showFacility ? <Table.Th scope="col">Facility</Table.Th> : null}
            <Table.Th scope="col">Period</Table.Th>
            <Table.Th scope="col">Due</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Received</Table.Th>
            <Table.Th scope="col">Exceedances</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((r) => (
            <Table.Tr key={r.id} data-testid="report-row">
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/reports/${r.id}`} fw={600} size="sm">
                  {r.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {kindLabel(r.kind)} · permit {r.permitNumber}
                  {r.outfallCode ? ` · outfall ${r.outfallCode}` : ''}
                  {r.currentRevision > 1 ? ` · revision ${r.currentRevision}` : ''}
                </Text>
              </Table.Th>
              {showFacility ? <Table.Td>{r.facilityName}</Table.Td> : null}
              <Table.Td>
                {r.periodStart} – {r.periodEnd}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.dueDate}</Table.Td>
              <Table.Td miw={180}>
                <ReportBadges status={r.status} daysLate={r.daysLate} />
              </Table.Td>
              <Table.Td>{r.receivedAt ? formatDateTime(r.receivedAt) : '—'}</Table.Td>
              <Table.Td>{r.exceedanceCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
