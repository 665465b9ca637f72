import type { LimitDirection } from '../limits/compare';
import { D, dec } from '../numbers/decimal';
import type { IsoDate } from '../schedules/dates';
import { groupBy } from './group-by';
import { trcFactorForClass } from './trc';
import type { PretreatmentSncSettings, SncMeasurement } from './types';

/** One bound a measurement was compared with. */
export interface BoundCheck {
  limit: string;
  direction: LimitDirection;
  /** The value compared (the mean of same-day results under DAILY_AVERAGE). */
  value: string;
  /** 403.8(f)(2)(viii)(A): outside the limit by any amount (`>` for a maximum, `<` for a minimum). */
  isOutside: boolean;
  /** null: no TRC test (pH, a minimum limit, or an override). */
  trcFactor: string | null;
  trcValue: string | null;
  /** 403.8(f)(2)(viii)(B): value >= limit × TRC. */
  meetsTrc: boolean;
}

/** One counted measurement: a grab, a result, a daily value or an averaging-period result. */
export interface CountedMeasurement {
  key: string;
  date: IsoDate;
  sourceIds: string[];
  isNonDetect: boolean;
  bounds: BoundCheck[];
  /** Counts toward criterion A. */
  exceedsLimit: boolean;
  /** Counts toward criterion B. */
  meetsTrc: boolean;
  /** §4.3(7): a non-detect whose detection limit is outside the limit; set aside for manual review. */
  needsReview: boolean;
}

function unitKey(row: SncMeasurement, settings: PretreatmentSncSettings): string {
  // §4.3(3): against a daily limit, one measurement per daily value (same-day results averaged).
  if (row.limitKind === 'daily' && settings.dailyLimitCounting === 'DAILY_AVERAGE')
    return `daily|${row.date}`;
  return `${row.limitKind}|${row.id}`;
}

interface LimitFacts {
  limit: D;
  trcFactor: D | null;
  trcValue: D | null;
}

/** Per-call cache: a series repeats the same few limits thousands of times. */
type LimitCache = Map<string, LimitFacts>;

// 403.8(f)(2)(viii)(B): no TRC for pH; a minimum limit has no "limit × TRC" to equal or exceed.
function limitFacts(row: SncMeasurement, settings: PretreatmentSncSettings, cache: LimitCache): LimitFacts {
  const key = `${row.direction}|${row.limit}|${row.trcClass}|${row.parameterCode}`;
  let facts = cache.get(key);
  if (!facts) {
    const limit = dec(row.limit);
    const trcFactor =
      row.direction === 'max'
        ? trcFactorForClass(row.trcClass, row.parameterCode, settings.trcFactorOverrides)
        : null;
    facts = { limit, trcFactor, trcValue: trcFactor ? limit.times(trcFactor) : null };
    cache.set(key, facts);
  }
  return facts;
}

function meanValue(rows: SncMeasurement[]): { value: D; text: string } {
  if (rows.length === 1) return { value: dec(rows[0]!.value), text: rows[0]!.value };
  const value = rows.reduce((acc, r) => acc.plus(dec(r.value)), new D(0)).div(rows.length);
  return { value, text: value.toString() };
}

function checkBound(
  rows: SncMeasurement[],
  settings: PretreatmentSncSettings,
  cache: LimitCache,
): BoundCheck {
  const first = rows[0]!;
  const { limit, trcFactor, trcValue } = limitFacts(first, settings, cache);
  const { value, text } = meanValue(rows);
  return {
    limit: first.limit,
    direction: first.direction,
    value: text,
    isOutside: first.direction === 'max' ? value.gt(limit) : value.lt(limit),
    trcFactor: trcFactor ? trcFactor.toString() : null,
    trcValue: trcValue ? trcValue.toString() : null,
    meetsTrc: trcValue ? value.gte(trcValue) : false,
  };
}

function buildUnit(
  key: string,
  rows: SncMeasurement[],
  settings: PretreatmentSncSettings,
  cache: LimitCache,
): CountedMeasurement {
  const byBound = groupBy(
    rows,
    (row) => `${row.direction}|${limitFacts(row, settings, cache).limit.toString()}`,
  );
  const bounds = [...byBound.keys()].sort().map((k) => checkBound(byBound.get(k)!, settings, cache));
  const isNonDetect = rows.every((r) => r.isNonDetect === true);
  const outside = bounds.some((b) => b.isOutside);
  const trc = bounds.some((b) => b.meetsTrc);
  // §4.3(7): non-detects never count unless the detection limit itself exceeds the limit.
  const needsReview = isNonDetect && (outside || trc) && settings.nonDetectAboveLimit === 'MANUAL_REVIEW';
  return {
    key,
    date: rows[0]!.date,
    sourceIds: [...new Set(rows.map((r) => r.id))].sort(),
    isNonDetect,
    bounds,
    exceedsLimit: outside && !needsReview,
    meetsTrc: trc && !needsReview,
    needsReview,
  };
}

/** Turns one series' rows into counted measurements (§4.3(3)–(5)), ordered by date then key. */
export function countedMeasurements(
  rows: SncMeasurement[],
  settings: PretreatmentSncSettings,
): CountedMeasurement[] {
  const cache: LimitCache = new Map();
  return [...groupBy(rows, (row) => unitKey(row, settings)).entries()]
    .map(([key, unitRows]) => buildUnit(key, unitRows, settings, cache))
    .sort((a, b) => (a.date === b.date ? (a.key < b.key ? -1 : 1) : a.date < b.date ? -1 : 1));
}
