import type { LimitDirection } from '../limits/compare';
import { approxCompare } from '../limits/verdict';
import { D, dec } from '../numbers/decimal';
import type { IsoDate } from '../schedules/dates';
import { trcFactorForClass } from './trc';
import type { PretreatmentSncSettings, SncMeasurement } from './types';

/** One bound a measurement was compared with. */
export interface BoundCheck {
  limit: string;
  direction: LimitDirection;
  /** The value compared (the mean of same-day results under DAILY_AVERAGE); formatted on first read. */
  readonly value: string;
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

/** How comparisons are decided: `exactOnly` skips the double-precision fast path (audits, property tests). */
export interface SncComparisonOptions {
  readonly exactOnly?: boolean;
}

export interface LimitFacts {
  limit: D;
  limitApprox: number;
  /** Rows of one measurement with this key are one bound: same direction, numerically equal limit. */
  boundKey: string;
  trcFactor: string | null;
  trcValue: D | null;
  trcValueText: string | null;
  trcValueApprox: number;
}

/** The fields of a measurement that its limit facts depend on. */
export type LimitFields = Pick<SncMeasurement, 'limit' | 'direction' | 'trcClass' | 'parameterCode'>;

// 403.8(f)(2)(viii)(B): no TRC for pH; a minimum limit has no "limit × TRC" to equal or exceed.
export function computeLimitFacts(row: LimitFields, settings: PretreatmentSncSettings): LimitFacts {
  const limit = dec(row.limit);
  const trcFactor =
    row.direction === 'max'
      ? trcFactorForClass(row.trcClass, row.parameterCode, settings.trcFactorOverrides)
      : null;
  const trcValue = trcFactor ? limit.times(trcFactor) : null;
  return {
    limit,
    limitApprox: limit.toNumber(),
    boundKey: `${row.direction}|${limit.toString()}`,
    trcFactor: trcFactor ? trcFactor.toString() : null,
    trcValue,
    trcValueText: trcValue ? trcValue.toString() : null,
    trcValueApprox: trcValue ? trcValue.toNumber() : Number.NaN,
  };
}

/** Per-call cache: a series repeats the same few limits thousands of times, usually row after row. */
export function limitCache(settings: PretreatmentSncSettings): (row: SncMeasurement) => LimitFacts {
  const byKey = new Map<string, LimitFacts>();
  // The few limits seen so far (pH alternates min and max): compared field by field, no key built.
  const recent: { row: SncMeasurement; facts: LimitFacts }[] = [];
  return (row) => {
    for (const r of recent) {
      const last = r.row;
      if (
        last.limit === row.limit &&
        last.direction === row.direction &&
        last.trcClass === row.trcClass &&
        last.parameterCode === row.parameterCode
      )
        return r.facts;
    }
    const key = `${row.direction}|${row.limit}|${row.trcClass}|${row.parameterCode}`;
    let facts = byKey.get(key);
    if (!facts) {
      facts = computeLimitFacts(row, settings);
      byKey.set(key, facts);
    }
    if (recent.length === 4) recent.pop();
    recent.unshift({ row, facts });
    return facts;
  };
}

// The decimal shapes decimal.js reads; anything else (blank, '1,200') is left to `dec`, which throws.
const PLAIN_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** A row's value as a double and the scale of its error; NaN sends every comparison to decimal. */
export function approxOf(row: SncMeasurement): number {
  if (row.approx !== undefined) return row.approx;
  return PLAIN_DECIMAL.test(row.value) ? Number(row.value) : Number.NaN;
}

export function magnitudeOf(row: SncMeasurement, approx: number): number {
  return row.approxMagnitude ?? Math.abs(approx);
}

/** The value of one bound: doubles for the fast path, the exact decimal only when asked. */
export class BoundValue {
  readonly approx: number;
  readonly magnitude: number;
  readonly #rows: SncMeasurement[];
  #exact: D | null = null;

  constructor(rows: SncMeasurement[]) {
    this.#rows = rows;
    if (rows.length === 1) {
      this.approx = approxOf(rows[0]!);
      this.magnitude = magnitudeOf(rows[0]!, this.approx);
      return;
    }
    let sum = 0;
    let magnitude = 0;
    for (const row of rows) {
      const approx = approxOf(row);
      sum += approx;
      magnitude += magnitudeOf(row, approx);
    }
    this.approx = sum / rows.length;
    this.magnitude = magnitude / rows.length;
  }

  exact(): D {
    const rows = this.#rows;
    this.#exact ??=
      rows.length === 1
        ? dec(rows[0]!.value)
        : rows.reduce((acc, r) => acc.plus(dec(r.value)), new D(0)).div(rows.length);
    return this.#exact;
  }

  text(): string {
    return this.#rows.length === 1 ? this.#rows[0]!.value : this.exact().toString();
  }
}

/** Sign of (value − threshold): doubles when they decide it, else exact decimal. */
export function signAgainst(
  value: BoundValue,
  threshold: D,
  thresholdApprox: number,
  options: SncComparisonOptions,
): number {
  const sign = options.exactOnly ? 0 : approxCompare(value.approx, value.magnitude, thresholdApprox);
  return sign !== 0 ? sign : value.exact().comparedTo(threshold);
}

/**
 * A BoundCheck whose `value` text is formatted on first read: a mean's decimal text is costly and
 * most verdicts never show it. `toJSON` includes it, so serialised verdicts carry every field.
 */
class CheckedBound implements BoundCheck {
  readonly limit: string;
  readonly direction: LimitDirection;
  readonly isOutside: boolean;
  readonly trcFactor: string | null;
  readonly trcValue: string | null;
  readonly meetsTrc: boolean;
  readonly #value: BoundValue;
  #text: string | null = null;

  constructor(rows: SncMeasurement[], facts: LimitFacts, options: SncComparisonOptions) {
    const first = rows[0]!;
    const value = new BoundValue(rows);
    const limitSign = signAgainst(value, facts.limit, facts.limitApprox, options);
    this.limit = first.limit;
    this.direction = first.direction;
    this.isOutside = first.direction === 'max' ? limitSign > 0 : limitSign < 0;
    this.trcFactor = facts.trcFactor;
    this.trcValue = facts.trcValueText;
    this.meetsTrc = facts.trcValue
      ? signAgainst(value, facts.trcValue, facts.trcValueApprox, options) >= 0
      : false;
    this.#value = value;
  }

  get value(): string {
    this.#text ??= this.#value.text();
    return this.#text;
  }

  toJSON(): BoundCheck {
    const { limit, direction, value, isOutside, trcFactor, trcValue, meetsTrc } = this;
    return { limit, direction, value, isOutside, trcFactor, trcValue, meetsTrc };
  }
}

function boundsOf(
  rows: SncMeasurement[],
  factsOf: (row: SncMeasurement) => LimitFacts,
  options: SncComparisonOptions,
): BoundCheck[] {
  if (rows.length === 1) return [new CheckedBound(rows, factsOf(rows[0]!), options)];
  const byBound = new Map<string, { facts: LimitFacts; rows: SncMeasurement[] }>();
  for (const row of rows) {
    const facts = factsOf(row);
    const group = byBound.get(facts.boundKey);
    if (group) group.rows.push(row);
    else byBound.set(facts.boundKey, { facts, rows: [row] });
  }
  return [...byBound.keys()].sort().map((k) => {
    const group = byBound.get(k)!;
    return new CheckedBound(group.rows, group.facts, options);
  });
}

function sourceIdsOf(rows: SncMeasurement[]): string[] {
  if (rows.length === 1) return [rows[0]!.id];
  return [...new Set(rows.map((r) => r.id))].sort();
}

function buildUnit(
  key: string,
  rows: SncMeasurement[],
  settings: PretreatmentSncSettings,
  factsOf: (row: SncMeasurement) => LimitFacts,
  options: SncComparisonOptions,
): CountedMeasurement {
  const bounds = boundsOf(rows, factsOf, options);
  let isNonDetect = true;
  for (const r of rows) if (r.isNonDetect !== true) isNonDetect = false;
  const outside = bounds.some((b) => b.isOutside);
  const trc = bounds.some((b) => b.meetsTrc);
  // §4.3(7): non-detects never count unless the detection limit itself exceeds the limit.
  const needsReview = isNonDetect && (outside || trc) && settings.nonDetectAboveLimit === 'MANUAL_REVIEW';
  return {
    key,
    date: rows[0]!.date,
    sourceIds: sourceIdsOf(rows),
    isNonDetect,
    bounds,
    exceedsLimit: outside && !needsReview,
    meetsTrc: trc && !needsReview,
    needsReview,
  };
}

/**
 * Rows grouped into measurement units, keyed by kind then by date (§4.3(3): against a daily limit,
 * one measurement per daily value, same-day results averaged) or by result id.
 */
function unitsOf(
  rows: SncMeasurement[],
  settings: PretreatmentSncSettings,
): Map<string, Map<string, SncMeasurement[]>> {
  const isDailyAverage = settings.dailyLimitCounting === 'DAILY_AVERAGE';
  const byKind = new Map<string, Map<string, SncMeasurement[]>>();
  for (const row of rows) {
    const byDate = row.limitKind === 'daily' && isDailyAverage;
    const kind = byDate ? 'daily|' : `${row.limitKind}#`;
    let units = byKind.get(kind);
    if (!units) {
      units = new Map();
      byKind.set(kind, units);
    }
    const unitId = byDate ? row.date : row.id;
    const unit = units.get(unitId);
    if (unit) unit.push(row);
    else units.set(unitId, [row]);
  }
  return byKind;
}

/** Turns one series' rows into counted measurements (§4.3(3)–(5)), ordered by date then key. */
export function countedMeasurements(
  rows: SncMeasurement[],
  settings: PretreatmentSncSettings,
  options: SncComparisonOptions = {},
): CountedMeasurement[] {
  const factsOf = limitCache(settings);
  const out: CountedMeasurement[] = [];
  for (const [kind, units] of unitsOf(rows, settings)) {
    const prefix = kind === 'daily|' ? kind : `${kind.slice(0, -1)}|`;
    for (const [unitId, unitRows] of units)
      out.push(buildUnit(prefix + unitId, unitRows, settings, factsOf, options));
  }
  return out.sort((a, b) => (a.date === b.date ? (a.key < b.key ? -1 : 1) : a.date < b.date ? -1 : 1));
}
