import { approxCompare } from '../limits/verdict';
import { type D, dec } from '../numbers/decimal';
import {
  approxOf,
  BoundValue,
  type LimitFacts,
  limitCache,
  magnitudeOf,
  type SncComparisonOptions,
  signAgainst,
} from './measurement-units';
import type { PretreatmentSncSettings, SncMeasurement } from './types';

/** The counts behind criteria A and B for one series, without building its measurements. */
export interface SeriesCounts {
  /** Counted measurements (units). */
  total: number;
  /** Units counting toward A (outside a limit, not set aside for review). */
  exceeding: number;
  /** Units counting toward B (at or above limit × TRC, not set aside for review). */
  meetingTrc: number;
  /** Some bound has a TRC test. */
  hasTrc: boolean;
}

const OUTSIDE = 1;
const TRC = 2;
const HAS_TRC = 4;

function rowSign(
  row: SncMeasurement,
  approx: number,
  threshold: D,
  thresholdApprox: number,
  exactOnly: boolean,
) {
  const sign = exactOnly ? 0 : approxCompare(approx, magnitudeOf(row, approx), thresholdApprox);
  return sign !== 0 ? sign : dec(row.value).comparedTo(threshold);
}

// One bound of one row (the common case): the same decisions as CheckedBound, with no objects.
function singleBound(row: SncMeasurement, facts: LimitFacts, exactOnly: boolean): number {
  const approx = approxOf(row);
  const limitSign = rowSign(row, approx, facts.limit, facts.limitApprox, exactOnly);
  let flags = (row.direction === 'max' ? limitSign > 0 : limitSign < 0) ? OUTSIDE : 0;
  if (facts.trcFactor !== null) flags |= HAS_TRC;
  if (facts.trcValue && rowSign(row, approx, facts.trcValue, facts.trcValueApprox, exactOnly) >= 0)
    flags |= TRC;
  return flags;
}

// Several rows of one unit: grouped into bounds by direction and limit (as boundsOf does).
function multiBound(
  rows: SncMeasurement[],
  factsOf: (row: SncMeasurement) => LimitFacts,
  options: SncComparisonOptions,
): number {
  const groups: { facts: LimitFacts; rows: SncMeasurement[] }[] = [];
  for (const row of rows) {
    const facts = factsOf(row);
    const group = groups.find((g) => g.facts.boundKey === facts.boundKey);
    if (group) group.rows.push(row);
    else groups.push({ facts, rows: [row] });
  }
  let flags = 0;
  for (const { facts, rows: bound } of groups) {
    if (bound.length === 1) {
      flags |= singleBound(bound[0]!, facts, options.exactOnly === true);
      continue;
    }
    const value = new BoundValue(bound);
    const limitSign = signAgainst(value, facts.limit, facts.limitApprox, options);
    if (bound[0]!.direction === 'max' ? limitSign > 0 : limitSign < 0) flags |= OUTSIDE;
    if (facts.trcFactor !== null) flags |= HAS_TRC;
    if (facts.trcValue && signAgainst(value, facts.trcValue, facts.trcValueApprox, options) >= 0)
      flags |= TRC;
  }
  return flags;
}

/**
 * Criteria A/B counts of one series' rows: the same units and decisions as `countedMeasurements`
 * (§4.3(3)–(7)), kept as flags so that a program-wide sweep builds no per-measurement objects.
 * Rows of one unit are chained through `next` (row indexes) rather than collected in arrays.
 */
export function countMeasurements(
  rows: SncMeasurement[],
  settings: PretreatmentSncSettings,
  options: SncComparisonOptions = {},
): SeriesCounts {
  const isDailyAverage = settings.dailyLimitCounting === 'DAILY_AVERAGE';
  const isManualReview = settings.nonDetectAboveLimit === 'MANUAL_REVIEW';
  const n = rows.length;
  const next = new Int32Array(n).fill(-1);
  const first: number[] = [];
  const last: number[] = [];
  const byKind = new Map<string, Map<string, number>>();
  let kindKey = '';
  let units: Map<string, number> | undefined;
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    const byDate = row.limitKind === 'daily' && isDailyAverage;
    const kind = byDate ? 'daily|' : row.limitKind;
    if (kind !== kindKey || units === undefined) {
      kindKey = kind;
      units = byKind.get(kind);
      if (!units) {
        units = new Map();
        byKind.set(kind, units);
      }
    }
    const unitId = byDate ? row.date : row.id;
    const u = units.get(unitId);
    if (u === undefined) {
      units.set(unitId, first.length);
      first.push(i);
      last.push(i);
    } else {
      next[last[u]!] = i;
      last[u] = i;
    }
  }
  const factsOf = limitCache(settings);
  const exactOnly = options.exactOnly === true;
  const counts: SeriesCounts = { total: first.length, exceeding: 0, meetingTrc: 0, hasTrc: false };
  const scratch: SncMeasurement[] = [];
  for (const head of first) {
    let flags: number;
    let isNonDetect = rows[head]!.isNonDetect === true;
    if (next[head] === -1) flags = singleBound(rows[head]!, factsOf(rows[head]!), exactOnly);
    else {
      scratch.length = 0;
      for (let i = head; i !== -1; i = next[i]!) {
        scratch.push(rows[i]!);
        if (rows[i]!.isNonDetect !== true) isNonDetect = false;
      }
      flags = multiBound(scratch, factsOf, options);
    }
    if (flags & HAS_TRC) counts.hasTrc = true;
    // §4.3(7): non-detects never count unless the detection limit itself exceeds the limit.
    const needsReview = isNonDetect && (flags & (OUTSIDE | TRC)) !== 0 && isManualReview;
    if (needsReview) continue;
    if (flags & OUTSIDE) counts.exceeding++;
    if (flags & TRC) counts.meetingTrc++;
  }
  return counts;
}
