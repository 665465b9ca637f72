import { D } from '../numbers/decimal';
import { geomeanSubstitute, statisticValue } from '../stats/aggregate';
import { exactDaily } from '../stats/daily-values';
import { dayNumber } from '../stats/day-number';
import { fraction } from '../stats/exact';
import { calendarBounds } from '../stats/periods';
import type { SampleResult } from '../stats/sample';
import type { StatisticsSettings } from '../stats/settings';
import { evaluateSeries } from './evaluate-series';
import type { Limit } from './limit';
import { aggregateOf, dailyContextFor } from './series-context';

/** How far the current period is from its limit, and what the next daily value may be. */
export interface Headroom {
  readonly limitId: string;
  /** The period's value so far; null before any result. */
  readonly currentValue: string | null;
  readonly limit: string;
  /** limit − value for a maximum, value − limit for a minimum: negative means already outside. */
  readonly margin: string | null;
  /**
   * Largest (maximum limit) or smallest (minimum limit) next daily value that keeps the running
   * statistic within the limit; for a mean: limit × (k + 1) − Σ; for a total: limit − Σ; for a
   * geometric mean: limitᵏ⁺¹ / Π. A negative bound on a maximum means no value can comply.
   */
  readonly nextValueBound: string;
  readonly settings: StatisticsSettings;
}

/** Headroom of one limit as of a date (the next daily value falls after `asOf`, in the same period). */
export function headroom(
  limit: Limit,
  results: readonly SampleResult[],
  asOf: string,
  settings: StatisticsSettings,
): Headroom {
  const [from, to] = currentWindow(limit, dayNumber(asOf));
  const inWindow = results.filter((r) => {
    const d = dayNumber(r.date);
    return d >= from && d <= to;
  });
  const ctx = dailyContextFor(limit, settings);
  const evaluation = evaluateSeries({
    results: inWindow,
    limits: [{ ...limit, basis: { kind: 'DAILY' } }],
    settings,
  });
  const daily = evaluation.values.map((v) => exactDaily(v.dailyValues[v.from]!.samples, ctx));
  const all = daily.map((f) => new D(f.num.div(f.den).toString()));
  const values = limit.basis.kind === 'CONSECUTIVE_DAYS' ? all.slice(-(limit.basis.days - 1)) : all;
  const L = new D(limit.value.replace(/,/g, ''));
  const isMax = limit.direction === 'max';
  const agg = aggregateOf(limit.basis, isMax);
  const k = values.length;
  const sum = values.reduce((a, b) => a.plus(b), new D(0));
  let current: D | null = null;
  let bound = L;
  if (k > 0 && (agg === 'MEAN' || agg === 'TOTAL')) {
    current = agg === 'MEAN' ? sum.div(k) : sum;
    bound = agg === 'MEAN' ? L.times(k + 1).minus(sum) : L.minus(sum);
  } else if (k > 0 && agg === 'GEOMEAN') {
    const substitute = geomeanSubstitute(ctx);
    const product = values.reduce((a, b) => a.times(b.gt(0) ? b : substitute), new D(1));
    current = new D(statisticValue({ kind: 'geomean', product: fraction(product.toString()), n: k }));
    bound = L.pow(k + 1).div(product);
  } else if (k > 0) {
    current = isMax ? D.max(...values) : D.min(...values);
  }
  const margin = current === null ? null : (isMax ? L.minus(current) : current.minus(L)).toString();
  return {
    limitId: limit.id,
    currentValue: current?.toString() ?? null,
    limit: limit.value,
    margin,
    nextValueBound: bound.toString(),
    settings,
  };
}

// The window the next daily value joins: the calendar period containing the next day, the rolling
// window ending on it, or the last N − 1 monitoring days; a daily limit stands alone.
function currentWindow(limit: Limit, asOf: number): [number, number] {
  const next = asOf + 1;
  const basis = limit.basis;
  if (basis.kind === 'PERIOD') return [calendarBounds(next, basis.period)[0], asOf];
  if (basis.kind === 'ROLLING') return [next - basis.days + 1, asOf];
  if (basis.kind === 'CONSECUTIVE_DAYS') return [Number.NEGATIVE_INFINITY, asOf];
  return [asOf, asOf];
}
