import { type ComputedValue, type Exceedance, headroom, isLimitInEffect } from '@outfall/domain/limits/index';
import { limitLabel } from '@outfall/domain/quality/index';
import { addDays } from '@outfall/domain/schedules/dates';
import { DEFAULT_STATISTICS_SETTINGS } from '@outfall/domain/stats/settings';
import type { Tx } from '../db/connect';
import { effluentViolation, type SeriesRow } from './effluent-violation';
import { flowsByDay } from './flows.queries';
import { timedStage } from './import-stages';
import type { StoredResultRef } from './insert-results';
import type { FacilityLimits } from './limits.queries';
import { seriesLimits } from './limits.queries';
import { evaluateWithFlows, isMassLimit, withFlows } from './mass-loading';
import { seriesResults, toEngineResult } from './results.queries';
import { seriesResultsBesides } from './series-results';
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
  /** Low headroom: warn when a period value is within this fraction of an enforceable limit. */
  headroomMargin?: number;
  /** Results just stored by an import, as stored: used as they are instead of being read back. */
  fresh?: FreshResults;
}

/** An import's new results (its batch's), kept in memory from the insert. */
export interface FreshResults {
  importBatchId: string;
  rows: readonly SeriesRow[];
  /** The series as stored before the import's insert (readSeriesBefore), when read. */
  before?: SeriesBefore;
}

/** Each series' stored rows over a window, read before new results are inserted. */
export type SeriesBefore = Map<string, { from: string; to: string; rows: SeriesRow[] }>;

/** Default low-headroom margin: a period value within 10 % of an enforceable limit warns. */
export const DEFAULT_HEADROOM_MARGIN = 0.1;

export interface EvaluationOutcome {
  opened: ViolationRow[];
  closed: ViolationRow[];
  warnings: string[];
  /** Limits that could not be evaluated and why (a mass loading without the day's flow). */
  notEvaluable: string[];
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

const seriesKeyOf = (point: string, parameterCode: string) => `${point}\u0000${parameterCode}`;

// The fresh rows of each series that count for compliance, in date order (stable: insertion order).
const freshBySeries = new WeakMap<FreshResults, Map<string, SeriesRow[]>>();

function freshRowsOf(fresh: FreshResults, t: TouchedSeries): SeriesRow[] {
  let map = freshBySeries.get(fresh);
  if (!map) {
    map = new Map();
    for (const row of fresh.rows) {
      if (!row.result.countsForCompliance) continue;
      const key = seriesKeyOf(row.result.monitoringPoint, row.result.parameterCode);
      const list = map.get(key);
      if (list) list.push(row);
      else map.set(key, [row]);
    }
    for (const list of map.values())
      list.sort((a, b) => compareText(a.result.sampleDate, b.result.sampleDate));
    freshBySeries.set(fresh, map);
  }
  return map.get(seriesKeyOf(t.point, t.parameterCode)) ?? [];
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The series' current compliance results between two dates, in date order: as seriesResults reads
 * them, except that an import's own results are taken from memory rather than read back (a large
 * file's results are most of the series); stored results come first on a shared date.
 */
async function seriesRowsOf(
  tx: Tx,
  ctx: EvaluationContext,
  t: TouchedSeries,
  from: string,
  to: string,
): Promise<SeriesRow[]> {
  if (!ctx.fresh) return seriesResults(tx, ctx.facilityId, t, from, to);
  const before = ctx.fresh.before?.get(seriesKeyOf(t.point, t.parameterCode));
  const stored =
    before && before.from <= from && to <= before.to
      ? before.rows.filter((r) => r.result.sampleDate >= from && r.result.sampleDate <= to)
      : await seriesResultsBesides(tx, ctx.facilityId, t, from, to, ctx.fresh.importBatchId);
  const fresh = freshRowsOf(ctx.fresh, t).filter(
    (r) => r.result.sampleDate >= from && r.result.sampleDate <= to,
  );
  if (stored.length === 0) return fresh;
  const merged: SeriesRow[] = [];
  let i = 0;
  let j = 0;
  while (i < stored.length || j < fresh.length) {
    const takeStored =
      j >= fresh.length || (i < stored.length && stored[i]!.result.sampleDate <= fresh[j]!.result.sampleDate);
    merged.push(takeStored ? stored[i++]! : fresh[j++]!);
  }
  return merged;
}

const keyOf = (limitRef: string, start: string, end: string) => `${limitRef}|${start}|${end}`;

function warningOf(ctx: EvaluationContext, e: Exceedance): string {
  const limit = ctx.limits.limits.find((l) => l.id === e.limitId)!;
  const value = Number(e.comparedValue)
    .toPrecision(4)
    .replace(/\.?0+$/, '');
  return `${ctx.facilityName} ${e.monitoringPoint} ${e.parameterCode}: ${value} ${e.unit} is above the alert level (${limitLabel(limit)} ${e.limit}) for ${e.period.start}${e.period.end === e.period.start ? '' : ` – ${e.period.end}`}`;
}

const shortNumber = (n: number | string) =>
  Number(n)
    .toPrecision(4)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');

const periodText = (v: { period: { start: string; end: string } }) =>
  v.period.end === v.period.start ? v.period.start : `${v.period.start} – ${v.period.end}`;

/**
 * Low headroom (§11.5): a period value (average, total, rolling) that a new result leaves within
 * the margin of an enforceable limit without exceeding it; the engine's `headroom` says what the
 * next daily value may be while the period is still open.
 */
function headroomWarnings(
  ctx: EvaluationContext,
  t: TouchedSeries,
  values: readonly ComputedValue[],
  results: Parameters<typeof headroom>[1],
): string[] {
  const margin = ctx.headroomMargin ?? DEFAULT_HEADROOM_MARGIN;
  const out = new Map<string, string>();
  for (const v of values) {
    const { limit } = v;
    if (!limit.enforceable || v.outside || v.indeterminate || v.nonDetect) continue;
    if (limit.basis.kind !== 'PERIOD' && limit.basis.kind !== 'ROLLING') continue;
    const days = v.dailyValues.slice(v.from, v.to);
    const fresh = days.filter((d) => d.samples.some((s) => ctx.newResultIds.has(s.id)));
    if (fresh.length === 0) continue;
    const L = Number(limit.value.replace(/,/g, ''));
    if (!(L > 0)) continue;
    const room = limit.direction === 'max' ? (L - v.approx) / L : (v.approx - L) / L;
    if (room < 0 || room > margin) continue;
    const key = `${limit.id}|${v.period.start}|${v.period.end}`;
    if (out.has(key)) continue;
    const lastDay = days[days.length - 1]!.date;
    const room2 =
      lastDay < v.period.end ? headroom(limit, results, lastDay, DEFAULT_STATISTICS_SETTINGS) : null;
    const next =
      room2 && room2.currentValue !== null
        ? `; the next daily value must stay ${limit.direction === 'max' ? 'at or below' : 'at or above'} ${shortNumber(room2.nextValueBound)} ${limit.unit}`
        : '';
    out.set(
      key,
      `${ctx.facilityName} ${t.point} ${t.parameterCode}: ${limitLabel(limit)} ${shortNumber(v.approx)} ${limit.unit} is within ${Math.round(room * 100)} % of the limit ${limit.value} for ${periodText(v)} (low headroom)${next}`,
    );
  }
  return [...out.values()];
}

/** Mass-loading limits in effect on the touched days that have results but no recorded flow. */
function withoutFlowNotes(
  ctx: EvaluationContext,
  t: TouchedSeries,
  massLimits: ReturnType<typeof evaluateWithFlows>['massLimits'],
  withoutFlow: ReturnType<typeof evaluateWithFlows>['withoutFlow'],
): string[] {
  const out = new Set<string>();
  for (const r of withoutFlow) {
    if (r.date < t.from || r.date > t.to) continue;
    for (const l of massLimits) {
      if (!isLimitInEffect(l, r.date)) continue;
      out.add(
        `${ctx.facilityName} ${t.point} ${t.parameterCode}: ${limitLabel(l)} ${l.value} ${l.unit} not evaluable for ${r.date}: no daily flow recorded`,
      );
    }
  }
  return [...out];
}

/**
 * The stored rows of every series that results on these dates will touch, over the windows the
 * evaluation reads, before those results are inserted: evaluateTouched with `fresh` then needs
 * to read nothing back. Series without limits are not evaluated, so not read.
 */
export async function readSeriesBefore(
  tx: Tx,
  facilityId: string,
  limits: FacilityLimits,
  rows: readonly Omit<StoredResultRef, 'id'>[],
): Promise<SeriesBefore> {
  const out: SeriesBefore = new Map();
  for (const t of touchedSeries(rows.map((r) => ({ ...r, id: '' })))) {
    if (seriesLimits(limits, t.point, t.parameterCode).length === 0) continue;
    const from = addDays(t.from, -REACH_DAYS);
    const to = addDays(t.to, REACH_DAYS);
    const stored = await seriesResults(tx, facilityId, t, from, to);
    out.set(seriesKeyOf(t.point, t.parameterCode), { from, to, rows: stored });
  }
  return out;
}

async function evaluateOne(tx: Tx, ctx: EvaluationContext, t: TouchedSeries, out: EvaluationOutcome) {
  const limits = seriesLimits(ctx.limits, t.point, t.parameterCode);
  if (limits.length === 0) return;
  const to = addDays(t.to, REACH_DAYS);
  const from = addDays(t.from, -REACH_DAYS);
  const rows = await timedStage('evaluation: read series', () => seriesRowsOf(tx, ctx, t, from, to));
  const flows = limits.some(isMassLimit)
    ? await flowsByDay(tx, ctx.facilityId, t.point, from, to)
    : new Map<string, string>();
  const { results, evaluation, withoutFlow, massLimits } = await timedStage('evaluation: engine', () => {
    const results = withFlows(
      rows.map((r) => toEngineResult(r.result)),
      flows,
    );
    return { results, ...evaluateWithFlows({ results, limits, range: { from: t.from, to } }) };
  });
  out.notEvaluable.push(...withoutFlowNotes(ctx, t, massLimits, withoutFlow));
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
  out.warnings.push(...headroomWarnings(ctx, t, evaluation.values, results));
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
  const out: EvaluationOutcome = { opened: [], closed: [], warnings: [], notEvaluable: [] };
  for (const t of touched) await evaluateOne(tx, ctx, t, out);
  return out;
}
