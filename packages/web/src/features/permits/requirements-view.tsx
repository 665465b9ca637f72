import { Stack, Table, Text, Title } from '@mantine/core';
import type { PermitContent } from '@outfall/domain/contracts/index';
import { CADENCE_LABELS, describeDueRule, REPORT_KIND_LABELS, SAMPLED_BY_LABELS } from './permit-labels';

function outfallCode(content: PermitContent, id: string | null): string {
  if (!id) return '—';
  return content.outfalls.find((o) => o.id === id)?.code ?? id;
}

/** 403.8(f)(1)(iii)(B)(4) monitoring and the reports the permit requires. */
export function RequirementsView({ content }: { content: PermitContent }) {
  return (
    <Stack gap="lg">
      <section aria-labelledby="monitoring-heading">
        <Title order={3} size="h4" id="monitoring-heading" mb="xs">
          Monitoring requirements
        </Title>
        {content.monitoringRequirements.length === 0 ? (
          <Text c="dimmed">No monitoring requirements.</Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Parameter</Table.Th>
                  <Table.Th scope="col">Outfall</Table.Th>
                  <Table.Th scope="col">Frequency</Table.Th>
                  <Table.Th scope="col">Sample type</Table.Th>
                  <Table.Th scope="col">Sampled by</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {content.monitoringRequirements.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>{m.parameterName ?? m.parameterCode ?? '—'}</Table.Td>
                    <Table.Td>
                      {outfallCode(content, m.outfallId)}
                      {m.monitoringLocationCode ? ` (${m.monitoringLocationCode})` : ''}
                    </Table.Td>
                    <Table.Td>{m.frequencyCode ?? '—'}</Table.Td>
                    <Table.Td>{m.sampleType ?? '—'}</Table.Td>
                    <Table.Td>{SAMPLED_BY_LABELS[m.sampledBy]}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
      <section aria-labelledby="reporting-heading">
        <Title order={3} size="h4" id="reporting-heading" mb="xs">
          Reporting requirements
        </Title>
        {content.reportingRequirements.length === 0 ? (
          <Text c="dimmed">No reporting requirements.</Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Report</Table.Th>
                  <Table.Th scope="col">Kind</Table.Th>
                  <Table.Th scope="col">Period</Table.Th>
                  <Table.Th scope="col">Due</Table.Th>
                  <Table.Th scope="col">Outfall</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {content.reportingRequirements.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td>{REPORT_KIND_LABELS[r.kind]}</Table.Td>
                    <Table.Td>{CADENCE_LABELS[r.cadence]}</Table.Td>
                    <Table.Td>{describeDueRule(r.dueRule)}</Table.Td>
                    <Table.Td>{outfallCode(content, r.outfallId)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
    </Stack>
  );
}
