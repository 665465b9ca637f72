import { Button, Group, List, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import type { TrendQuery } from '@outfall/domain/contracts/index';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { FacilityPicker, useFacilityChoice } from './facility-choice';
import { TrendChart } from './trend-chart';
import { monitoringPaths, useTrend } from './use-monitoring';
import { usePermitParameters } from './use-permit-parameters';

function isoDaysAgo(days: number): string {
  const d = new Date(Date.now() - days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Results of one parameter at one outfall against the limits in effect, with CSV/XLSX export. */
export function TrendsPage() {
  usePageTitle('Trends');
  const { isAuthority, facilityId, setFacilityId } = useFacilityChoice();
  const permit = usePermitParameters(facilityId);
  const [search, setSearch] = useSearchParams();
  const point = search.get('point') ?? permit.points[0]?.key ?? null;
  const parameters = point ? permit.parameters(point) : [];
  const parameter = search.get('parameter') ?? parameters[0]?.parameterCode ?? null;
  const from = search.get('from') ?? isoDaysAgo(365);
  const to = search.get('to') ?? isoDaysAgo(0);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'point') next.delete('parameter');
    setSearch(next, { replace: true });
  };
  const query: TrendQuery | null =
    facilityId && point && parameter
      ? { facilityId, monitoringPoint: point, parameterCode: parameter, from, to }
      : null;
  const trend = useTrend(query);
  const name = parameters.find((p) => p.parameterCode === parameter)?.parameterName ?? parameter ?? '';
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Trends</Title>
        <Text c="dimmed" mt={4}>
          Daily values and period averages against the permit limits in effect; exceedances in red.
        </Text>
      </div>
      <Group align="flex-end" gap="md">
        {isAuthority ? <FacilityPicker value={facilityId} onChange={setFacilityId} /> : null}
        <Select
          label="Outfall / location"
          data={permit.points.map((p) => ({ value: p.key, label: p.label }))}
          value={point}
          onChange={(v) => set('point', v)}
          allowDeselect={false}
          w={{ base: '100%', sm: 220 }}
        />
        <Select
          label="Parameter"
          data={parameters.map((p) => ({ value: p.parameterCode, label: p.parameterName }))}
          value={parameter}
          onChange={(v) => set('parameter', v)}
          allowDeselect={false}
          searchable
          w={{ base: '100%', sm: 260 }}
        />
        <TextInput
          label="From"
          type="date"
          value={from}
          onChange={(e) => set('from', e.currentTarget.value)}
        />
        <TextInput label="To" type="date" value={to} onChange={(e) => set('to', e.currentTarget.value)} />
      </Group>
      {!query ? (
        <Text c="dimmed">
          {facilityId ? 'The permit names no parameters to chart.' : 'Choose a facility.'}
        </Text>
      ) : (
        <QueryState query={trend} label="the trend">
          {(data) => (
            <Stack gap="md">
              <Group justify="space-between">
                <Title order={2} size="h3">
                  {name} at outfall {point} {data.unit ? `(${data.unit})` : ''}
                </Title>
                <Group gap="sm">
                  <Button
                    component="a"
                    href={monitoringPaths.trendExport(query, 'csv')}
                    download
                    variant="default"
                  >
                    Export CSV
                  </Button>
                  <Button
                    component="a"
                    href={monitoringPaths.trendExport(query, 'xlsx')}
                    download
                    variant="default"
                  >
                    Export XLSX
                  </Button>
                </Group>
              </Group>
              <Paper withBorder p="sm" radius="md">
                {data.daily.length === 0 ? (
                  <Text c="dimmed">No results in this period.</Text>
                ) : (
                  <TrendChart
                    trend={data}
                    from={from}
                    to={to}
                    title={`${name}: results against limits, ${from} to ${to}`}
                  />
                )}
                <Text size="xs" c="dimmed" mt="xs">
                  Dots: daily values (hollow = non-detect, red = exceeds). Bars: period averages. Dashed
                  lines: limits.
                </Text>
              </Paper>
              <section aria-labelledby="exceedances-heading">
                <Title order={3} size="h4" id="exceedances-heading" mb="xs">
                  Exceedances
                </Title>
                {data.exceedances.length === 0 ? (
                  <Text c="dimmed">None in this period.</Text>
                ) : (
                  <List size="sm" data-testid="trend-exceedances">
                    {data.exceedances.map((e) => {
                      const limit = data.limits.find((l) => l.id === e.limitId);
                      return (
                        <List.Item key={`${e.limitId}-${e.start}`}>
                          {e.start === e.end ? e.start : `${e.start} – ${e.end}`}: {e.value} vs{' '}
                          {limit?.label ?? 'limit'} {e.limit}
                          {e.exceedancePercent !== null ? ` (+${e.exceedancePercent}%)` : ''}
                          {e.enforceable ? '' : ' — alert level'}
                        </List.Item>
                      );
                    })}
                  </List>
                )}
              </section>
            </Stack>
          )}
        </QueryState>
      )}
    </Stack>
  );
}
