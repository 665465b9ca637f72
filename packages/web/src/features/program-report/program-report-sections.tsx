import { Badge, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { AnnualReportContent } from '@outfall/domain/contracts/index';
import type { ReactNode } from 'react';
import { ACTION_TEXT, CLASS_TEXT, PPS_LABELS } from './program-report-labels';

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function Rows({ headers, rows, empty }: { headers: string[]; rows: ReactNode[][]; empty: string }) {
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {headers.map((h) => (
              <Table.Th key={h}>{h}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional and never reordered
            <Table.Tr key={i}>
              {r.map((c, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <Table.Td key={j}>{c}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function PpsSection({ content }: { content: AnnualReportContent }) {
  const pps = content.pps as Record<string, string | number>;
  return (
    <Section title="Pretreatment Performance Summary (§6.2)" testId="pps-figures">
      <Table withTableBorder aria-label="Pretreatment Performance Summary figures">
        <Table.Tbody>
          {PPS_LABELS.map(([key, label]) => (
            <Table.Tr key={key} data-testid={`pps-${key}`}>
              <Table.Td>
                {label}
                <Text size="xs" c="dimmed">
                  {key}
                </Text>
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                {pps[key]}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}

export function IndustrialUsersSection({ content }: { content: AnnualReportContent }) {
  return (
    <Section title="Industrial users, categories and changes (403.12(i)(1))" testId="iu-list">
      <Rows
        headers={['Industrial user', 'Class', 'Categorical standards', 'Local limits', 'Permit', 'Change']}
        empty="No industrial users."
        rows={content.industrialUsers.map((iu) => [
          <Stack gap={0} key="n">
            <Text size="sm">{iu.name}</Text>
            <Text size="xs" c="dimmed">
              {iu.address}
            </Text>
          </Stack>,
          <span key="c">
            {CLASS_TEXT[iu.iuClass] ?? iu.iuClass}
            {iu.middleTier ? ' · middle tier' : ''}
          </span>,
          iu.categories.map((c) => `${c.part} ${c.subpart}`).join(', ') || '—',
          iu.localLimitsOnly ? 'Local only' : iu.localLimitsMoreStringent ? 'More stringent' : '—',
          iu.permit ? (
            <span key="p">
              {iu.permit.number}
              {iu.permit.currentAtPeriodEnd ? '' : ' (not current)'}
            </span>
          ) : (
            'None'
          ),
          iu.change ? (
            <span key="ch">
              <Badge size="sm" variant="light">
                {iu.change.kind}
              </Badge>{' '}
              {iu.change.explanation ?? ''}
            </span>
          ) : (
            '—'
          ),
        ])}
      />
    </Section>
  );
}

export function ComplianceSection({ content }: { content: AnnualReportContent }) {
  const s = content.complianceSummary;
  return (
    <Section title="Compliance status and SNC (403.12(i)(2))" testId="snc-list">
      <Text size="sm">
        {s.industrialUsers} industrial users: {s.withoutViolations} without violations, {s.withViolations}{' '}
        with violations, {s.inSnc} in significant noncompliance; {s.reportsLateOrMissing} of{' '}
        {s.reportsRequired} required self-monitoring reports late or missing.
      </Text>
      <Rows
        headers={['Industrial user', 'Windows', 'Criteria', 'Parameters', 'Published']}
        empty="No industrial user was in SNC in the period."
        rows={content.sncList.map((e) => [
          e.name,
          e.windows.map((w) => `${w.start} – ${w.end}`).join('; '),
          [...new Set(e.windows.flatMap((w) => w.criteria))].join(', '),
          [...new Set(e.windows.flatMap((w) => w.parameters))].join(', ') || '—',
          e.published ? 'Yes' : 'No',
        ])}
      />
    </Section>
  );
}

export function ActivitySection({ content }: { content: AnnualReportContent }) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Section title="Inspections and sampling (403.12(i)(3))" testId="inspections">
        <Rows
          headers={['Industrial user', 'Date', 'Kind', 'Sampling']}
          empty="No inspections in the period."
          rows={content.inspections.map((i) => [
            i.name,
            i.date,
            i.kind.replace(/_/g, ' '),
            i.includesSampling ? 'Yes' : 'No',
          ])}
        />
        <Rows
          headers={['Industrial user', 'Authority sampling', 'Source']}
          empty="No authority sampling in the period."
          rows={content.samplingEvents.map((s) => [s.name, s.date, s.source])}
        />
      </Section>
      <Section title="Enforcement and penalties" testId="enforcement">
        <Rows
          headers={['Industrial user', 'Action', 'Issued', 'Assessed', 'Collected']}
          empty="No enforcement actions in the period."
          rows={content.enforcementActions.map((a) => [
            a.name,
            `${ACTION_TEXT[a.type]}${a.judicialKind ? ` (${a.judicialKind})` : ''}`,
            a.issuedOn,
            a.penaltyAssessed ?? '—',
            a.penaltyCollected ? `${a.penaltyCollected} (${a.penaltyCollectedOn ?? '—'})` : '—',
          ])}
        />
        <Text size="sm">
          Penalties assessed ${content.penalties.assessed}; collected ${content.penalties.collected}.
        </Text>
      </Section>
    </SimpleGrid>
  );
}
