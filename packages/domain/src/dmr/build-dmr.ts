import { exceedancePercent } from '../limits/compare';
import { type ComputedValue, evaluateSeries } from '../limits/evaluate-series';
import { comparedValueOf, resultIdsOf } from '../limits/exceedance';
import type { Limit } from '../limits/limit';
import { prepareLimit } from '../limits/prepared-limit';
import { aggregateOf, dailyContextFor } from '../limits/series-context';
import { D } from '../numbers/decimal';
import { exactAggregate, statisticValue } from '../stats/aggregate';
import { dayNumber } from '../stats/day-number';
import { DX } from '../stats/exact';
import { weekReportingMonth } from '../stats/periods';
import { detectionLimitOf } from '../stats/sample';
import type { StatisticsSettings } from '../stats/settings';
import type { DmrInput, DmrParameter, DmrValue } from './dmr-types';
import { frequencyOfAnalysis } from './frequency';

/** DMR rows for a limit set and monitoring period (§9.5, §9.6, §9.8, §9.10). */
export function buildDmr(input: DmrInput): DmrParameter[] {
  const byParameter = new Map<string, Limit[]>();
  for (const l of input.limits)
    byParameter.set(l.parameterCode, [...(byParameter.get(l.parameterCode) ?? []), l]);
  return [...byParameter].map(([code, limits]) => buildParameterRow(input, code, limits));
}

function buildParameterRow(input: DmrInput, parameterCode: string, limits: readonly Limit[]): DmrParameter {
  const { start, end } = input.period;
  const results = input.results.filter((r) => r.parameterCode === parameterCode);
  const inPeriod = results.filter((r) => r.date >= start && r.date <= end);
  const monitoringPoint = limits[0]!.monitoringPoint;
  const givenNodi = input.nodi?.[parameterCode] ?? null;
  const nodi = givenNodi ?? (inPeriod.length === 0 ? (input.noDataNodi ?? 'E') : null);
  const evaluation = nodi === null ? evaluateSeries({ results, limits, settings: input.settings }) : null;
  const values = limits.map((limit) => {
    const own = evaluation?.values.filter((v) => v.limit === limit && belongs(v, input)) ?? [];
    return reportValue(limit, own, input.settings, nodi);
  });
  const days = new Set(inPeriod.map((r) => r.date)).size;
  return {
    parameterCode,
    monitoringPoint,
    values,
    sampleCount: inPeriod.length,
    frequencyOfAnalysis: frequencyOfAnalysis(days, dayNumber(end) - dayNumber(start) + 1),
    numberOfExcursions: excursions(evaluation?.values ?? [], input),
    nodi,
    settings: input.settings,
  };
}

// A weekly value belongs to the month its week is assigned to (§9.1, LOCAL week rule).
function belongs(v: ComputedValue, input: DmrInput): boolean {
  const { start, end } = input.period;
  if (v.period.kind === 'CALENDAR_WEEK') {
    const month = weekReportingMonth(dayNumber(v.period.start), input.settings.weekMonthRule);
    return month >= dayNumber(start) && month <= dayNumber(end);
  }
  return v.period.end >= start && v.period.end <= end && v.period.start >= start;
}

// §9.8: No. Ex. counts sample values outside daily max, daily min or instantaneous limits.
function excursions(values: readonly ComputedValue[], input: DmrInput): number {
  const keys = new Set<string>();
  for (const v of values) {
    const kind = v.limit.basis.kind;
    if (!v.outside || !v.limit.enforceable || (kind !== 'DAILY' && kind !== 'INSTANTANEOUS')) continue;
    if (!belongs(v, input)) continue;
    keys.add(kind === 'DAILY' ? `d${v.period.start}` : `s${v.dailyValues[v.from]!.samples[0]!.id}`);
  }
  return keys.size;
}

function emptyValue(limit: Limit, nodi: string | null): DmrValue {
  return {
    limitId: limit.id,
    valueType: limit.valueType ?? null,
    statisticalBaseCode: limit.statisticalBaseCode ?? null,
    limit: limit.value,
    unit: limit.unit,
    direction: limit.direction,
    value: null,
    qualifier: null,
    nodi,
    exceedance: false,
    exceedancePercent: null,
    indeterminate: false,
    resultIds: [],
  };
}

function reportValue(
  limit: Limit,
  own: readonly ComputedValue[],
  settings: StatisticsSettings,
  nodi: string | null,
): DmrValue {
  if (nodi !== null || own.length === 0) return emptyValue(limit, nodi ?? 'E');
  const detected = own.filter((v) => !v.nonDetect);
  if (detected.length === 0) return nonDetectValue(limit, own, settings);
  const ctx = dailyContextFor(limit, settings);
  const agg = aggregateOf(limit.basis, limit.direction === 'max');
  const scored = detected.map((v) => ({
    v,
    value: new D(statisticValue(exactAggregate(v.dailyValues, v.from, v.to, agg, ctx))),
  }));
  const pick = scored.reduce((a, b) =>
    (limit.direction === 'max' ? b.value.gt(a.value) : b.value.lt(a.value)) ? b : a,
  );
  const prepared = prepareLimit(limit, settings);
  const compared = comparedValueOf(pick.value.toString(), prepared, settings);
  return {
    ...emptyValue(limit, null),
    value: pick.value.toString(),
    qualifier: '=',
    exceedance: own.some((v) => v.outside),
    exceedancePercent:
      pick.v.outside && prepared.hasPercent
        ? exceedancePercent(compared, limit.value.replace(/,/g, ''))
        : null,
    indeterminate: own.some((v) => v.indeterminate),
    resultIds: resultIdsOf(pick.v.dailyValues, pick.v.from, pick.v.to),
  };
}

// §9.4: all non-detect → '<' the highest detection limit, or NODI B (a permit setting).
function nonDetectValue(limit: Limit, own: readonly ComputedValue[], settings: StatisticsSettings): DmrValue {
  const ids = own.flatMap((v) => resultIdsOf(v.dailyValues, v.from, v.to));
  const indeterminate = own.some((v) => v.indeterminate);
  if (settings.allNdReporting === 'NODI_B')
    return { ...emptyValue(limit, 'B'), indeterminate, resultIds: ids };
  let max: DX | null = null;
  for (const v of own)
    for (let i = v.from; i < v.to; i++)
      for (const s of v.dailyValues[i]!.samples) {
        const dl = detectionLimitOf(s.value);
        if (dl !== null && (max === null || max.lt(dl))) max = new DX(dl);
      }
  return {
    ...emptyValue(limit, max === null ? 'B' : null),
    value: max?.toString() ?? null,
    qualifier: max === null ? null : '<',
    indeterminate,
    resultIds: ids,
  };
}
