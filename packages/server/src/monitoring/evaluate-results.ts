import { type Exceedance, evaluateSeries } from '@outfall/domain/limits/index';
import { limitLabel } from '@outfall/domain/quality/index';
import { addDays } from '@outfall/domain/schedules/dates';
import { DEFAULT_STATISTICS_SETTINGS } from '@outfall/domain/stats/settings';
import type { Tx } from '../db/connect';
import { effluentViolation } from './effluent-violation';
import type { StoredResultRef } from './insert-results';
import type { FacilityLimits } from './limits.queries';
import { seriesLimits } from './limits.queries';
import { seriesResults, toEngineResult } from './results.queries';
import {
  closeViolation,
  insertViolation,
  openSeriesViolations,
  type ViolationRow,
} from './violations.queries';

/** A series (parameter at a monitoring point) whose results changed between two sample dates. */
export interface TouchedSeries {
  point: string;
  parameterCode: string;
  from: string;
  to: string;
}

export interface EvaluationContext {
  facilityId: string;
  facilityName: string;
  limits: FacilityLimits;
  /** Results just recorded: alert-level warnings are raised only for them. */
  newResultIds: ReadonlySet<string>;
  /** The day the results became known (403.12(g)(2) awareness). */
  awareOn: string;
  /** Why a violation whose basis disappeared is closed. */
  closeReason: string;
}

export interface EvaluationOutcome {
  opened: ViolationRow[];
  closed: ViolationRow[];
  warnings: string[];
}

// Windows that can hold a changed date: up to a year either side (annual averages).
const REACH_DAYS = 366;

export function touchedSeries(rows: readonly StoredResultRef[]): TouchedSeries[] {
  const map = new Map<string, TouchedSeries>();
  for (const r of rows) {
    const key = `${r.monitoringPoint}\u0000${r.parameterCode}`;
    const t = map.get(key);
    if (!t)
      map.set(key, {
        point: r.monitoringPoint,
        parameterCode: r.parameterCode,
        from: r.sampleDate,
        to: r.sampleDate,
      });
    else {
      if (r.sampleDate < t.from) t.from = r.sampleDate;
      if (r.sampleDate > t.to) t.to = r.sampleDate;
    }
  }
  return [...map.values()];
}

const keyOf = (limitRef: string, start: string, end: string) => `${limitRef}|${start}|${end}`;

function warningOf(ctx: EvaluationContext, e: Exceedance): string {
  const limit = ctx.limits.limits.find((l) => l.id === e.limitId)!;
  const value = Number(e.comparedValue)
    .toPrecision(4)
    .replace(/\.?0+$/, '');
  return `${ctx.facilityName} ${e.monitoringPoint} ${e.parameterCode}: ${value} ${e.unit} is above the alert level (${limitLabel(limit)} ${e.limit}) for ${e.period.start}${e.period.end === e.period.start ? '' : ` – ${e.period.end}`}`;
}

async function evaluateOne(tx: Tx, ctx: EvaluationContext, t: TouchedSeries, out: EvaluationOutcome) {
  const limits = seriesLimits(ctx.limits, t.point, t.parameterCode);
  if (limits.length === 0) return;
  const to = addDays(t.to, REACH_DAYS);
  const rows = await seriesResults(tx, ctx.facilityId, t, addDays(t.from, -REACH_DAYS), to);
  const evaluation = evaluateSeries({
    results: rows.map((r) => toEngineResult(r.result)),
    limits,
    settings: DEFAULT_STATISTICS_SETTINGS,
    range: { from: t.from, to },
  });
  const wanted = evaluation.exceedances.filter((e) => e.enforceable);
  const open = await openSeriesViolations(tx, ctx.facilityId, t, t.from, to);
  const openKeys = new Set(open.map((v) => keyOf(v.limitRef, v.periodStart, v.periodEnd)));
  const wantedKeys = new Set(wanted.map((e) => keyOf(e.limitId, e.period.start, e.period.end)));
  for (const e of wanted) {
    if (openKeys.has(keyOf(e.limitId, e.period.start, e.period.end))) continue;
    const row = await effluentViolation(tx, ctx.facilityId, ctx.limits, e, rows, ctx.awareOn);
    out.opened.push(await insertViolation(tx, row));
  }
  for (const v of open) {
    if (!wantedKeys.has(keyOf(v.limitRef, v.periodStart, v.periodEnd)))
      out.closed.push(await closeViolation(tx, v.id, ctx.closeReason));
  }
  for (const e of evaluation.exceedances) {
    if (!e.enforceable && e.resultIds.some((id) => ctx.newResultIds.has(id)))
      out.warnings.push(warningOf(ctx, e));
  }
}

/**
 * Re-evaluates every period the changed results belong to, in the caller's transaction: an
 * enforceable exceedance opens an effluent violation (once), an alert-level one is a warning, and
 * an open violation the engine no longer finds is closed with the reason recorded.
 */
export async function evaluateTouched(
  tx: Tx,
  ctx: EvaluationContext,
  touched: readonly TouchedSeries[],
): Promise<EvaluationOutcome> {
  const out: EvaluationOutcome = { opened: [], closed: [], warnings: [] };
  for (const t of touched) await evaluateOne(tx, ctx, t, out);
  return out;
}
