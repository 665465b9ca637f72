import type { ComputedValue } from '../limits/evaluate-series';
import { aggregateOf, dailyContextFor } from '../limits/series-context';
import { isPhParameter, pretreatmentTrcFactor } from '../reference/parameters';
import { exactAggregate, statisticValue } from '../stats/aggregate';
import type { StatisticsSettings } from '../stats/settings';
import type { PretreatmentTrcClass, SncLimitKind, SncMeasurement } from './types';

/**
 * 403.8(f)(2)(viii)(B) TRC class of a parameter: none for pH (by code or by its unit, SU), 1.4 for
 * BOD, TSS, fats, oil and grease, 1.2 for every other pollutant.
 */
export function sncTrcClassOf(parameterCode: string, unit?: string): PretreatmentTrcClass {
  if (unit === 'SU' || isPhParameter(parameterCode)) return 'none';
  const factor = pretreatmentTrcFactor(parameterCode);
  return factor === '1.4' ? '1.4' : factor === null ? 'none' : '1.2';
}

/** §4.3(3)–(5): instantaneous limits count each grab, daily limits each daily value, the rest each period result. */
export function sncLimitKindOf(value: Pick<ComputedValue, 'limit'>): SncLimitKind {
  const kind = value.limit.basis.kind;
  if (kind === 'INSTANTANEOUS') return 'instantaneous';
  if (kind === 'DAILY') return 'daily';
  return 'average';
}

/**
 * The id shared by the rows of one measurement: a grab's result id (a pH grab checked against its
 * minimum and its maximum is one measurement), otherwise the series, the limit kind and the period
 * (a daily minimum and maximum of one day, or two average limits of one period, are one measurement).
 */
function measurementIdOf(v: ComputedValue, kind: SncLimitKind): string {
  const l = v.limit;
  if (kind === 'instantaneous') return v.dailyValues[v.from]!.samples[0]!.id;
  return `${l.monitoringPoint}|${l.parameterCode}|${kind}|${v.period.start}|${v.period.end}`;
}

/**
 * The exact value of a computed value as decimal text: the same exact statistic a violation
 * records (`exactAggregate` + `statisticValue`). A non-detect value is its detection limit (§4.3(7)).
 */
export function exactValueOf(v: ComputedValue, settings: StatisticsSettings): string {
  const limit = v.limit;
  const base = dailyContextFor(limit, settings);
  const ctx = v.nonDetect ? { ...base, nd: 'DL' as const } : base;
  const agg = aggregateOf(limit.basis, limit.direction === 'max');
  return statisticValue(exactAggregate(v.dailyValues, v.from, v.to, agg, ctx));
}

export interface FromEvaluationOptions {
  /** Ids of results invalidated by QA (§4.3(2)); such a measurement is never counted. */
  invalidResultIds?: ReadonlySet<string>;
}

/**
 * Turns the effluent engine's computed values into SNC measurements (§4.3): enforceable limits
 * only, one row per computed value and limit, dated on the value's last day (an average limit's
 * period end), with the exact statistic, the limit, its direction, the parameter's TRC class and
 * the non-detect flag. Alert-only levels are not Pretreatment Standards and never count.
 */
export function sncMeasurementsFromValues(
  values: readonly ComputedValue[],
  settings: StatisticsSettings,
  options: FromEvaluationOptions = {},
): SncMeasurement[] {
  const out: SncMeasurement[] = [];
  for (const v of values) {
    const limit = v.limit;
    if (!limit.enforceable) continue;
    const limitKind = sncLimitKindOf(v);
    const id = measurementIdOf(v, limitKind);
    const row: SncMeasurement = {
      id,
      parameterCode: limit.parameterCode,
      monitoringPoint: limit.monitoringPoint,
      date: v.period.end,
      value: exactValueOf(v, settings),
      limit: limit.value.replace(/,/g, ''),
      direction: limit.direction,
      limitKind,
      trcClass: sncTrcClassOf(limit.parameterCode, limit.unit),
    };
    if (v.nonDetect) row.isNonDetect = true;
    const invalid = options.invalidResultIds;
    if (invalid && invalid.size > 0) {
      for (let i = v.from; i < v.to; i++)
        if (v.dailyValues[i]!.samples.some((s) => invalid.has(s.id))) row.isInvalid = true;
    }
    out.push(row);
  }
  return out;
}
