import type { TrendQuery, TrendView } from '@outfall/domain/contracts/monitoring-api';
import type { ComputedValue } from '@outfall/domain/limits/index';
import { limitLabel } from '@outfall/domain/quality/index';
import { addDays } from '@outfall/domain/schedules/dates';
import type { ActiveMembership } from '../auth/actor';
import type { Db } from '../db/connect';
import { findMonitoredFacility } from './facility-scope';
import { flowsByDay } from './flows.queries';
import { loadFacilityLimits, seriesLimits } from './limits.queries';
import { evaluateWithFlows, isMassLimit, withFlows } from './mass-loading';
import { type ResultRow, seriesResults, toEngineResult } from './results.queries';

const isSingle = (v: ComputedValue) =>
  v.limit.basis.kind === 'DAILY' || v.limit.basis.kind === 'INSTANTANEOUS';

/** Daily values without a limit to say the unit: the day's mean as reported (ND as 0, §9.4 default). */
function plainDaily(rows: ResultRow[]): TrendView['daily'] {
  const byDay = new Map<string, ResultRow[]>();
  for (const r of rows) byDay.set(r.sampleDate, [...(byDay.get(r.sampleDate) ?? []), r]);
  return [...byDay].map(([date, day]) => ({
    date,
    value: day.reduce((s, r) => s + (r.nonDetect ? 0 : Number(r.valueNumber ?? 0)), 0) / day.length,
    nonDetect: day.every((r) => r.nonDetect),
    resultIds: day.map((r) => r.id),
  }));
}

/** Daily values in the unit of the first non-instantaneous limit, or as reported without one. */
function dailyOf(first: ComputedValue | undefined, rows: ResultRow[], q: TrendQuery): TrendView['daily'] {
  const inRange = (d: string) => d >= q.from && d <= q.to;
  if (!first) return plainDaily(rows.filter((r) => inRange(r.sampleDate)));
  return first.dailyValues
    .filter((d) => inRange(d.date))
    .map((d) => ({
      date: d.date,
      value: d.approx,
      nonDetect: d.nonDetect,
      resultIds: d.samples.map((s) => s.id),
    }));
}

/**
 * A parameter at an outfall over a period: daily values, period statistics, the limits in effect
 * and the engine's exceedances, for the chart and its CSV/XLSX export.
 */
export async function trend(db: Db, m: ActiveMembership, q: TrendQuery): Promise<TrendView> {
  const facility = await findMonitoredFacility(db, m, q.facilityId);
  const all = await loadFacilityLimits(db, facility.id);
  const limits = seriesLimits(all, q.monitoringPoint, q.parameterCode);
  const series = { point: q.monitoringPoint, parameterCode: q.parameterCode };
  const rows = (await seriesResults(db, facility.id, series, addDays(q.from, -366), q.to)).map(
    (r) => r.result,
  );
  const flows = limits.some(isMassLimit)
    ? await flowsByDay(db, facility.id, q.monitoringPoint, addDays(q.from, -366), q.to)
    : new Map<string, string>();
  const { evaluation } = evaluateWithFlows({
    results: withFlows(rows.map(toEngineResult), flows),
    limits,
    range: { from: q.from, to: addDays(q.to, 366) },
  });
  const first = evaluation.values.find((v) => v.limit.basis.kind !== 'INSTANTANEOUS');
  return {
    unit: first?.limit.unit ?? limits[0]?.unit ?? rows[0]?.unit ?? null,
    daily: dailyOf(first, rows, q),
    values: evaluation.values
      .filter((v) => !isSingle(v) && v.period.start <= q.to)
      .map((v) => ({
        limitId: v.limit.id,
        label: limitLabel(v.limit),
        start: v.period.start,
        end: v.period.end,
        value: v.approx,
        outside: v.outside,
        indeterminate: v.indeterminate,
      })),
    limits: limits.map((l) => ({
      id: l.id,
      label: limitLabel(l),
      value: l.value,
      unit: l.unit,
      direction: l.direction,
      enforceable: l.enforceable,
      effectiveFrom: l.effectiveFrom,
      effectiveTo: l.effectiveTo ?? null,
    })),
    exceedances: evaluation.exceedances
      .filter((e) => e.period.start <= q.to)
      .map((e) => ({
        limitId: e.limitId,
        start: e.period.start,
        end: e.period.end,
        value: e.comparedValue,
        limit: e.limit,
        exceedancePercent: e.exceedancePercent,
        enforceable: e.enforceable,
      })),
  };
}
