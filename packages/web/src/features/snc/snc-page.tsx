import { Anchor, Button, Card, Group, List, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { IuClassCode, SncProgramRow } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { CLASS_SHORT } from '../facilities/facility-labels';
import { SncVerdictBadges } from './snc-badges';
import { sncPaths, useEvaluateSnc, usePublicNotice, useSncList } from './use-snc';

const EVALUATORS = new Set(['admin', 'director', 'coordinator']);

export function classShort(c: string | null): string {
  return c ? (CLASS_SHORT[c as IuClassCode] ?? c) : 'Not classified';
}

function EvaluateButton({ facilityId, name }: { facilityId: string; name: string }) {
  const evaluate = useEvaluateSnc();
  return (
    <Stack gap={2}>
      <Button
        size="xs"
        variant="light"
        loading={evaluate.isPending}
        onClick={() => evaluate.mutate({ facilityId })}
        aria-label={`Evaluate now: ${name}`}
      >
        Evaluate now
      </Button>
      <ErrorAlert error={evaluate.error} title="Evaluation failed" />
    </Stack>
  );
}

function ProgramTable({ rows, canEvaluate }: { rows: SncProgramRow[]; canEvaluate: boolean }) {
  if (rows.length === 0) return <Text c="dimmed">No industrial users are regulated yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover>
        <Table.Caption>Each IU's latest SNC determination</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Industrial user</Table.Th>
            <Table.Th scope="col">Class</Table.Th>
            <Table.Th scope="col">Window</Table.Th>
            <Table.Th scope="col">Verdict</Table.Th>
            <Table.Th scope="col">Warnings</Table.Th>
            {canEvaluate ? <Table.Th scope="col">Action</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.facilityId} data-testid="snc-row">
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/snc/${r.facilityId}`} fw={600} size="sm">
                  {r.facilityName}
                </Anchor>
              </Table.Th>
              <Table.Td>{classShort(r.facilityClass)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {r.latest ? (
                  <>
                    {r.latest.windowLabel}
                    <Text size="xs" c="dimmed">
                      {r.latest.windowStart} – {r.latest.windowEnd} · as of {r.latest.asOf}
                    </Text>
                  </>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td miw={160}>
                {r.latest ? (
                  <SncVerdictBadges
                    isSnc={r.latest.isSnc}
                    isNearSnc={r.latest.isNearSnc}
                    criteria={r.latest.criteriaMet}
                  />
                ) : (
                  <Text size="sm" c="dimmed">
                    Not evaluated
                  </Text>
                )}
              </Table.Td>
              <Table.Td maw={360}>
                {r.latest && r.latest.warnings.length > 0 ? (
                  <List size="xs" spacing={2}>
                    {r.latest.warnings.map((w) => (
                      <List.Item key={`${w.kind}-${w.criterion}-${w.parameterCode}-${w.monitoringPoint}`}>
                        {w.message}
                      </List.Item>
                    ))}
                  </List>
                ) : (
                  '—'
                )}
              </Table.Td>
              {canEvaluate ? (
                <Table.Td>
                  <EvaluateButton facilityId={r.facilityId} name={r.facilityName} />
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PublicNotice() {
  const [asOf, setAsOf] = useState('');
  const valid = asOf === '' || /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const notice = usePublicNotice(valid && asOf ? asOf : undefined);
  return (
    <Card withBorder padding="md" data-testid="snc-public-notice">
      <Stack gap="sm">
        <Group justify="space-between" align="end" wrap="wrap">
          <Title order={3}>Public notice (403.8(f)(2)(viii))</Title>
          <Group align="end" wrap="wrap">
            <TextInput
              label="Publication date"
              placeholder="YYYY-MM-DD (today)"
              value={asOf}
              onChange={(e) => setAsOf(e.currentTarget.value.trim())}
              error={valid ? undefined : 'Enter a date as YYYY-MM-DD'}
              w={180}
            />
            <Button component="a" href={sncPaths.noticePdf(valid && asOf ? asOf : undefined)} download>
              Download public notice (PDF)
            </Button>
          </Group>
        </Group>
        <QueryState query={notice} label="the public notice">
          {(n) => (
            <Stack gap="xs">
              <Text size="sm">{n.statement}</Text>
              {n.entries.length === 0 ? (
                <Text c="dimmed">
                  No industrial user was in SNC during {n.periodStart} – {n.periodEnd}.
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={640}>
                  <Table>
                    <Table.Caption>
                      IUs in SNC at any time from {n.periodStart} to {n.periodEnd}
                    </Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">Industrial user</Table.Th>
                        <Table.Th scope="col">Address</Table.Th>
                        <Table.Th scope="col">Criteria</Table.Th>
                        <Table.Th scope="col">Windows</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {n.entries.map((e) => (
                        <Table.Tr key={e.facilityId} data-testid="snc-notice-row">
                          <Table.Th scope="row">{e.name}</Table.Th>
                          <Table.Td>{e.address}</Table.Td>
                          <Table.Td>{e.criteria.join(', ')}</Table.Td>
                          <Table.Td>{e.windows.map((w) => w.label).join(', ')}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}

/** The program's SNC list: every IU with its latest verdict, near-SNC warnings, and the public notice. */
export function SncPage() {
  usePageTitle('Significant noncompliance');
  const membership = useActiveMembership();
  const canEvaluate = EVALUATORS.has(membership?.role ?? '');
  const list = useSncList();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          Significant noncompliance
        </Title>
        <Text c="dimmed" size="sm">
          Evaluated by the engine for every industrial user under the program's window mode and late-report
          days; open an IU to see each window's criteria, measurements and arithmetic.
        </Text>
      </Stack>
      <QueryState query={list} label="the SNC list">
        {(rows) => <ProgramTable rows={rows} canEvaluate={canEvaluate} />}
      </QueryState>
      <PublicNotice />
    </Stack>
  );
}
