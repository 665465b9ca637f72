import { approxCompare } from '../limits/verdict';
import { D, dec } from '../numbers/decimal';
import { compareIsoDates, type IsoDate } from '../schedules/dates';
import { dayNumber } from '../stats/day-number';
import {
  measurementOfBatch,
  SNC_DIRECTION_CODES,
  SNC_INVALID,
  SNC_KIND_CODES,
  SNC_NON_DETECT,
  SNC_TRC_CODES,
  type SncMeasurementBatch,
} from './measurement-batch';
import type { SeriesCounts } from './measurement-counts';
import { type SeriesVerdict, seriesVerdict } from './measurement-criteria';
import {
  computeLimitFacts,
  type LimitFacts,
  type LimitFields,
  type SncComparisonOptions,
} from './measurement-units';
import type { PretreatmentSncSettings, SncMeasurement, SncWindow } from './types';

const OUTSIDE = 1;
const TRC = 2;
const HAS_TRC = 4;
const DAILY = 0;
const AVERAGE = 2;
const MAX = 0;
const POOLED = 3;

/** Which rows of a batch count in a window, and the series each belongs to. */
class SeriesKeys {
  readonly #batch: SncMeasurementBatch;
  readonly #first: number;
  readonly #last: number;
  readonly #excludeAverage: boolean;
  readonly #isPooled: boolean;
  readonly #points: number;

  constructor(
    batch: SncMeasurementBatch,
    window: SncWindow,
    asOf: IsoDate,
    settings: PretreatmentSncSettings,
  ) {
    this.#batch = batch;
    this.#first = dayNumber(window.start);
    this.#last = Math.min(dayNumber(window.end), dayNumber(asOf));
    // §4.3(5): average-limit results may be left out of A/B.
    this.#excludeAverage = settings.averageLimitCounting === 'EXCLUDE';
    this.#isPooled = settings.limitKindEvaluation === 'POOLED';
    this.#points = batch.monitoringPoints.length;
  }

  /** The series key of row `i` (parameter, point, and kind unless POOLED), or -1 when it does not count. */
  of(i: number): number {
    const b = this.#batch;
    const day = b.day[i]!;
    const kind = b.kind[i]!;
    // §4.3(2): results invalidated by QA are excluded.
    if (day < this.#first || day > this.#last || b.flags[i]! & SNC_INVALID) return -1;
    if (this.#excludeAverage && kind === AVERAGE) return -1;
    return (b.parameter[i]! * this.#points + b.point[i]!) * 4 + (this.#isPooled ? POOLED : kind);
  }
}

/** Rows in the window grouped by series (a counting sort): series `s` is `order[offsets[s], offsets[s + 1])`. */
interface BatchSeries {
  order: Int32Array;
  offsets: Int32Array;
  keys: number[];
}

function seriesOfBatch(batch: SncMeasurementBatch, keysOf: SeriesKeys, scratch: Scratch): BatchSeries {
  const n = batch.length;
  ensure(scratch, n);
  const seriesOfRow = scratch.bound;
  const index = new Map<number, number>();
  const keys: number[] = [];
  const sizes: number[] = [];
  let lastKey = -1;
  let lastSeries = -1;
  for (let i = 0; i < n; i++) {
    const key = keysOf.of(i);
    if (key === -1) {
      seriesOfRow[i] = -1;
      continue;
    }
    if (key !== lastKey) {
      let s = index.get(key);
      if (s === undefined) {
        s = sizes.length;
        index.set(key, s);
        sizes.push(0);
        keys.push(key);
      }
      lastKey = key;
      lastSeries = s;
    }
    seriesOfRow[i] = lastSeries;
    sizes[lastSeries]!++;
  }
  const count = sizes.length;
  const offsets = new Int32Array(count + 1);
  for (let s = 0; s < count; s++) offsets[s + 1] = offsets[s]! + sizes[s]!;
  const cursor = offsets.slice(0, count);
  const order = scratch.order;
  for (let i = 0; i < n; i++) {
    const s = seriesOfRow[i]!;
    if (s >= 0) order[cursor[s]!++] = i;
  }
  return { order, offsets, keys };
}

// Facts without a per-program TRC override depend only on these fields: one program-wide sweep
// evaluates the same few limits in every facility and window (immutable, so they can be shared).
const FACTS = new Map<string, LimitFacts>();

function sharedLimitFacts(row: LimitFields, settings: PretreatmentSncSettings): LimitFacts {
  if (Object.hasOwn(settings.trcFactorOverrides, row.parameterCode)) return computeLimitFacts(row, settings);
  const key = `${row.direction}|${row.limit}|${row.trcClass}|${row.parameterCode}`;
  let facts = FACTS.get(key);
  if (!facts) {
    if (FACTS.size >= 4096) FACTS.clear();
    facts = computeLimitFacts(row, settings);
    FACTS.set(key, facts);
  }
  return facts;
}

/** Limit facts per (parameter, limit, direction, TRC class), remembered across rows of one call. */
function batchFactsCache(
  batch: SncMeasurementBatch,
  settings: PretreatmentSncSettings,
): (row: number) => LimitFacts {
  const byKey = new Map<number, LimitFacts>();
  const limits = batch.limits.length;
  let lastKey = -1;
  let lastFacts: LimitFacts | null = null;
  return (i) => {
    const key =
      ((batch.parameter[i]! * limits + batch.limit[i]!) * 2 + batch.direction[i]!) * 4 + batch.trcClass[i]!;
    if (key === lastKey) return lastFacts!;
    let facts = byKey.get(key);
    if (!facts) {
      facts = sharedLimitFacts(
        {
          limit: batch.limits[batch.limit[i]!]!,
          direction: SNC_DIRECTION_CODES[batch.direction[i]!]!,
          trcClass: SNC_TRC_CODES[batch.trcClass[i]!]!,
          parameterCode: batch.parameterCodes[batch.parameter[i]!]!,
        },
        settings,
      );
      byKey.set(key, facts);
    }
    lastKey = key;
    lastFacts = facts;
    return facts;
  };
}

// Σ value / n of rows `rows[from, to)` in decimal (BoundValue.exact): read only inside the error band.
function exactMean(batch: SncMeasurementBatch, rows: Int32Array, from: number, to: number): D {
  if (to - from === 1) return dec(batch.valueText(rows[from]!));
  let sum = new D(0);
  for (let p = from; p < to; p++) sum = sum.plus(dec(batch.valueText(rows[p]!)));
  return sum.div(to - from);
}

// The flags of one bound over rows `rows[from, to)`: the same decisions as CheckedBound / BoundValue
// (the mean of the rows' doubles and magnitudes, or the exact mean inside the error band).
function boundFlags(
  batch: SncMeasurementBatch,
  rows: Int32Array,
  from: number,
  to: number,
  facts: LimitFacts,
  exactOnly: boolean,
): number {
  const k = to - from;
  let approx: number;
  let magnitude: number;
  if (k === 1) {
    approx = batch.approx[rows[from]!]!;
    magnitude = batch.magnitude[rows[from]!]!;
  } else {
    approx = 0;
    magnitude = 0;
    for (let p = from; p < to; p++) {
      approx += batch.approx[rows[p]!]!;
      magnitude += batch.magnitude[rows[p]!]!;
    }
    approx /= k;
    magnitude /= k;
  }
  let exact: D | null = null;
  let limitSign = exactOnly ? 0 : approxCompare(approx, magnitude, facts.limitApprox);
  if (limitSign === 0) {
    exact = exactMean(batch, rows, from, to);
    limitSign = exact.comparedTo(facts.limit);
  }
  const isMax = batch.direction[rows[from]!] === MAX;
  let flags = (isMax ? limitSign > 0 : limitSign < 0) ? OUTSIDE : 0;
  if (facts.trcFactor !== null) flags |= HAS_TRC;
  if (facts.trcValue) {
    let trcSign = exactOnly ? 0 : approxCompare(approx, magnitude, facts.trcValueApprox);
    if (trcSign === 0) {
      exact ??= exactMean(batch, rows, from, to);
      trcSign = exact.comparedTo(facts.trcValue);
    }
    if (trcSign >= 0) flags |= TRC;
  }
  return flags;
}

/** Buffers reused from one evaluation to the next (taken while in use, so a nested call gets its own). */
interface Scratch {
  order: Int32Array;
  keys: Float64Array;
  spare: Float64Array;
  rows: Int32Array;
  bound: Int32Array;
  visited: Uint8Array;
}

let shared: Scratch | null = null;

function ensure(scratch: Scratch, m: number): void {
  if (scratch.keys.length >= m) return;
  const size = Math.max(m, scratch.keys.length * 2, 1024);
  scratch.order = new Int32Array(size);
  scratch.keys = new Float64Array(size);
  scratch.spare = new Float64Array(size);
  scratch.rows = new Int32Array(size);
  scratch.bound = new Int32Array(size);
  scratch.visited = new Uint8Array(size);
}

// Rows of two limits of one result kind (pH minimum, then pH maximum) are two ascending runs: one
// merge (ties: the first run first, so input order is kept within a unit). False for more runs.
function mergeTwoRuns(order: Int32Array, from: number, m: number, scratch: Scratch): boolean {
  const { keys, rows, spare } = scratch;
  let split = 1;
  while (split < m && keys[split]! >= keys[split - 1]!) split++;
  for (let p = split + 1; p < m; p++) if (keys[p]! < keys[p - 1]!) return false;
  let a = 0;
  let b = split;
  for (let k = 0; k < m; k++) {
    const p = a >= split || (b < m && keys[b]! < keys[a]!) ? b++ : a++;
    rows[k] = order[from + p]!;
    spare[k] = keys[p]!;
  }
  keys.set(spare.subarray(0, m));
  return true;
}

/**
 * Puts the rows of one series in unit order (`scratch.rows`) with their unit keys (`scratch.keys`):
 * §4.3(3) daily limits by date under DAILY_AVERAGE, everything else by source (the result). Rows that
 * arrive in unit order (a daily limit's values in date order) need one pass; otherwise one numeric
 * sort of packed (key, position) doubles. Within a unit, rows keep their input order.
 */
function unitOrder(
  batch: SncMeasurementBatch,
  order: Int32Array,
  from: number,
  to: number,
  isDailyAverage: boolean,
  scratch: Scratch,
): void {
  const m = to - from; // ≤ the batch length the buffers were sized for
  const { keys, rows } = scratch;
  let isSorted = true;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let p = 0; p < m; p++) {
    const i = order[from + p]!;
    const kind = batch.kind[i]!;
    const unit = kind === DAILY && isDailyAverage ? batch.day[i]! : batch.source[i]!;
    const key = unit * 4 + kind;
    keys[p] = key;
    rows[p] = i;
    if (key < max) isSorted = false;
    if (key < min) min = key;
    if (key > max) max = key;
  }
  if (isSorted) return;
  if (mergeTwoRuns(order, from, m, scratch)) return;
  const span = max - min + 1;
  if (span * m < Number.MAX_SAFE_INTEGER) {
    const packed = keys.subarray(0, m);
    for (let p = 0; p < m; p++) packed[p] = (packed[p]! - min) * m + p;
    packed.sort();
    for (let p = 0; p < m; p++) {
      const pos = packed[p]! % m;
      rows[p] = order[from + pos]!;
      packed[p] = (packed[p]! - pos) / m + min;
    }
    return;
  }
  const positions = Int32Array.from({ length: m }, (_, p) => p);
  const original = keys.slice(0, m);
  positions.sort((a, b) => original[a]! - original[b]! || a - b);
  for (let p = 0; p < m; p++) {
    rows[p] = order[from + positions[p]!]!;
    keys[p] = original[positions[p]!]!;
  }
}

// Several rows of one unit (`scratch.rows[from, to)`): grouped into bounds by direction and
// numeric limit (as boundsOf does); the unit's flags are those of all its bounds together.
function unitFlags(
  batch: SncMeasurementBatch,
  from: number,
  to: number,
  factsOf: (row: number) => LimitFacts,
  exactOnly: boolean,
  scratch: Scratch,
): number {
  const { rows, bound, visited } = scratch;
  visited.fill(0, from, to);
  let flags = 0;
  for (let head = from; head < to; head++) {
    if (visited[head] === 1) continue;
    const facts = factsOf(rows[head]!);
    let k = 0;
    for (let p = head; p < to; p++) {
      if (visited[p] === 1 || (p !== head && factsOf(rows[p]!).boundKey !== facts.boundKey)) continue;
      visited[p] = 1;
      bound[k++] = rows[p]!;
    }
    flags |= boundFlags(batch, bound, 0, k, facts, exactOnly);
  }
  return flags;
}

/** The A/B counts of one series of a batch (the same units and decisions as `countMeasurements`). */
function countSeries(
  batch: SncMeasurementBatch,
  order: Int32Array,
  from: number,
  to: number,
  settings: PretreatmentSncSettings,
  factsOf: (row: number) => LimitFacts,
  exactOnly: boolean,
  scratch: Scratch,
): SeriesCounts {
  const isManualReview = settings.nonDetectAboveLimit === 'MANUAL_REVIEW';
  unitOrder(batch, order, from, to, settings.dailyLimitCounting === 'DAILY_AVERAGE', scratch);
  const { keys, rows } = scratch;
  const m = to - from;
  const counts: SeriesCounts = { total: 0, exceeding: 0, meetingTrc: 0, hasTrc: false };
  let start = 0;
  while (start < m) {
    let end = start + 1;
    while (end < m && keys[end] === keys[start]) end++;
    let flags: number;
    let isNonDetect = true;
    for (let p = start; p < end; p++)
      if ((batch.flags[rows[p]!]! & SNC_NON_DETECT) === 0) isNonDetect = false;
    if (end - start === 1) flags = boundFlags(batch, rows, start, end, factsOf(rows[start]!), exactOnly);
    else flags = unitFlags(batch, start, end, factsOf, exactOnly, scratch);
    counts.total++;
    if (flags & HAS_TRC) counts.hasTrc = true;
    start = end;
    // §4.3(7): non-detects never count unless the detection limit itself exceeds the limit.
    if (isNonDetect && (flags & (OUTSIDE | TRC)) !== 0 && isManualReview) continue;
    if (flags & OUTSIDE) counts.exceeding++;
    if (flags & TRC) counts.meetingTrc++;
  }
  return counts;
}

/**
 * Criteria A and B for every series of a measurement batch in a window, as of `asOf`: the same
 * series, counts and verdicts as `evaluateMeasurementCriteria` on the equivalent rows.
 */
export function evaluateBatchCriteria(
  batch: SncMeasurementBatch,
  window: SncWindow,
  asOf: IsoDate,
  settings: PretreatmentSncSettings,
  options: SncComparisonOptions = {},
): SeriesVerdict[] {
  const scratch = shared ?? {
    order: new Int32Array(0),
    keys: new Float64Array(0),
    spare: new Float64Array(0),
    rows: new Int32Array(0),
    bound: new Int32Array(0),
    visited: new Uint8Array(0),
  };
  shared = null;
  try {
    return batchVerdicts(batch, window, asOf, settings, options, scratch);
  } finally {
    shared = scratch;
  }
}

function batchVerdicts(
  batch: SncMeasurementBatch,
  window: SncWindow,
  asOf: IsoDate,
  settings: PretreatmentSncSettings,
  options: SncComparisonOptions,
  scratch: Scratch,
): SeriesVerdict[] {
  const isPooled = settings.limitKindEvaluation === 'POOLED';
  const isWindowOpen = compareIsoDates(asOf, window.end) < 0;
  const keysOf = new SeriesKeys(batch, window, asOf, settings);
  const { order, offsets, keys } = seriesOfBatch(batch, keysOf, scratch);
  const factsOf = batchFactsCache(batch, settings);
  const exactOnly = options.exactOnly === true;
  const series: { key: string; verdict: SeriesVerdict }[] = [];
  for (let s = 0; s < keys.length; s++) {
    const from = offsets[s]!;
    const to = offsets[s + 1]!;
    const head = order[from]!;
    const parameterCode = batch.parameterCodes[batch.parameter[head]!]!;
    const monitoringPoint = batch.monitoringPoints[batch.point[head]!]!;
    const limitKind = isPooled ? 'pooled' : SNC_KIND_CODES[batch.kind[head]!]!;
    const counts = countSeries(batch, order, from, to, settings, factsOf, exactOnly, scratch);
    const key = keys[s]!;
    // The detail is rare: its rows are found again by a scan (the order buffer is reused).
    const rowsOf = () => {
      const rows: SncMeasurement[] = [];
      for (let i = head; i < batch.length; i++)
        if (keysOf.of(i) === key) rows.push(measurementOfBatch(batch, i));
      return rows;
    };
    series.push({
      key: `${parameterCode}\u0000${monitoringPoint}\u0000${limitKind}`,
      verdict: seriesVerdict(
        { parameterCode, monitoringPoint, limitKind },
        counts,
        isWindowOpen,
        rowsOf,
        settings,
        options,
      ),
    });
  }
  series.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return series.map((s) => s.verdict);
}
