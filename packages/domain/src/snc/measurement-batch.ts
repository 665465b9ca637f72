import type { LimitDirection } from '../limits/compare';
import { dayNumber, isoOfDay } from '../stats/day-number';
import { approxOf, magnitudeOf } from './measurement-units';
import type { PretreatmentTrcClass, SncLimitKind, SncMeasurement } from './types';

/** Codes of the `kind` column. */
export const SNC_KIND_CODES: readonly SncLimitKind[] = ['daily', 'instantaneous', 'average'];
/** Codes of the `direction` column. */
export const SNC_DIRECTION_CODES: readonly LimitDirection[] = ['max', 'min'];
/** Codes of the `trcClass` column. */
export const SNC_TRC_CODES: readonly PretreatmentTrcClass[] = ['1.4', '1.2', 'none'];
/** Bits of the `flags` column. */
export const SNC_NON_DETECT = 1;
export const SNC_INVALID = 2;

/**
 * SNC measurements as columns: row `i` is the same measurement as an `SncMeasurement` with
 * `parameterCode = parameterCodes[parameter[i]]`, `date = isoOfDay(day[i])`, `limit = limits[limit[i]]`,
 * `direction`/`limitKind`/`trcClass` by code, `id = idText(i)`, `value = valueText(i)`. A program-wide
 * sweep fills typed arrays instead of building one object per measurement; `valueText` (exact decimal
 * text) is called only for comparisons the doubles cannot decide and when the detail is read.
 *
 * `source` stands for the id: rows of one series and kind have equal `source` exactly when they have
 * equal `idText` (e.g. the index of the result). A batch must not change once evaluated: verdicts read
 * it again when their per-measurement detail is first read.
 */
export interface SncMeasurementBatch {
  readonly length: number;
  readonly parameterCodes: readonly string[];
  /** Monitoring points ('' when none). */
  readonly monitoringPoints: readonly string[];
  /** Limit values as written ('3.38'). */
  readonly limits: readonly string[];
  readonly parameter: Int32Array;
  readonly point: Int32Array;
  /** Days since 1970-01-01 (`dayNumber`). */
  readonly day: Int32Array;
  /** The value as a double (NaN: always decided in decimal) and the scale of its error. */
  readonly approx: Float64Array;
  readonly magnitude: Float64Array;
  readonly limit: Int32Array;
  readonly direction: Uint8Array;
  readonly kind: Uint8Array;
  readonly trcClass: Uint8Array;
  /** SNC_NON_DETECT | SNC_INVALID. */
  readonly flags: Uint8Array;
  readonly source: Int32Array;
  idText(row: number): string;
  valueText(row: number): string;
}

function interner(list: string[]): (text: string) => number {
  const index = new Map<string, number>();
  return (text) => {
    let i = index.get(text);
    if (i === undefined) {
      i = list.length;
      list.push(text);
      index.set(text, i);
    }
    return i;
  };
}

/**
 * Builds batches row by row into typed-array slabs (no object per row, one allocation per slab).
 * `build` returns the rows pushed since the previous `build` as one batch and starts the next one;
 * a built batch never changes (later rows go after it, or into a new slab). The dictionaries are
 * shared by the batches of one builder and only grow.
 */
export class SncBatchBuilder {
  readonly parameterCodes: string[] = [];
  readonly monitoringPoints: string[] = [];
  readonly limits: string[] = [];
  /** Index of a parameter code, monitoring point or limit text in its dictionary (added if new). */
  readonly parameterIndex = interner(this.parameterCodes);
  readonly pointIndex = interner(this.monitoringPoints);
  readonly limitIndex = interner(this.limits);
  readonly #slabRows: number;
  /** The pending batch is rows [#start, #end) of the current slab. */
  #start = 0;
  #end = 0;
  #capacity = 0;
  #approx = new Float64Array(0);
  #magnitude = new Float64Array(0);
  #parameter = new Int32Array(0);
  #point = new Int32Array(0);
  #day = new Int32Array(0);
  #limit = new Int32Array(0);
  #source = new Int32Array(0);
  #direction = new Uint8Array(0);
  #kind = new Uint8Array(0);
  #trcClass = new Uint8Array(0);
  #flags = new Uint8Array(0);

  /** `slabRows`: rows per slab (a batch larger than that gets a slab of its own). */
  constructor(slabRows = 16384) {
    this.#slabRows = Math.max(16, slabRows);
  }

  /** Rows in the pending batch. */
  get length(): number {
    return this.#end - this.#start;
  }

  // A new slab; the pending rows move to its start (rows of built batches stay where they are).
  #newSlab(): void {
    const pending = this.#end - this.#start;
    const n = Math.max(this.#slabRows, 2 * pending);
    const buffer = new ArrayBuffer(n * 40);
    const move = <T extends Float64Array | Int32Array | Uint8Array>(old: T, fresh: T): T => {
      fresh.set(old.subarray(this.#start, this.#end));
      return fresh;
    };
    this.#approx = move(this.#approx, new Float64Array(buffer, 0, n));
    this.#magnitude = move(this.#magnitude, new Float64Array(buffer, 8 * n, n));
    this.#parameter = move(this.#parameter, new Int32Array(buffer, 16 * n, n));
    this.#point = move(this.#point, new Int32Array(buffer, 20 * n, n));
    this.#day = move(this.#day, new Int32Array(buffer, 24 * n, n));
    this.#limit = move(this.#limit, new Int32Array(buffer, 28 * n, n));
    this.#source = move(this.#source, new Int32Array(buffer, 32 * n, n));
    this.#direction = move(this.#direction, new Uint8Array(buffer, 36 * n, n));
    this.#kind = move(this.#kind, new Uint8Array(buffer, 37 * n, n));
    this.#trcClass = move(this.#trcClass, new Uint8Array(buffer, 38 * n, n));
    this.#flags = move(this.#flags, new Uint8Array(buffer, 39 * n, n));
    this.#start = 0;
    this.#end = pending;
    this.#capacity = n;
  }

  /**
   * Appends one row to the pending batch and returns its index there. Dictionary columns take
   * indexes from `parameterIndex` etc.; `direction`, `kind`, `trcClass` take SNC_*_CODES indexes.
   */
  push(
    parameter: number,
    point: number,
    day: number,
    approx: number,
    magnitude: number,
    limit: number,
    direction: number,
    kind: number,
    trcClass: number,
    flags: number,
    source: number,
  ): number {
    if (this.#end === this.#capacity) this.#newSlab();
    const i = this.#end++;
    this.#parameter[i] = parameter;
    this.#point[i] = point;
    this.#day[i] = day;
    this.#approx[i] = approx;
    this.#magnitude[i] = magnitude;
    this.#limit[i] = limit;
    this.#direction[i] = direction;
    this.#kind[i] = kind;
    this.#trcClass[i] = trcClass;
    this.#flags[i] = flags;
    this.#source[i] = source;
    return i - this.#start;
  }

  /** The pending rows as a batch (views of the slab); the next rows start a new batch. */
  build(idText: (row: number) => string, valueText: (row: number) => string): SncMeasurementBatch {
    const from = this.#start;
    const to = this.#end;
    this.#start = to;
    return {
      length: to - from,
      parameterCodes: this.parameterCodes,
      monitoringPoints: this.monitoringPoints,
      limits: this.limits,
      parameter: this.#parameter.subarray(from, to),
      point: this.#point.subarray(from, to),
      day: this.#day.subarray(from, to),
      approx: this.#approx.subarray(from, to),
      magnitude: this.#magnitude.subarray(from, to),
      limit: this.#limit.subarray(from, to),
      direction: this.#direction.subarray(from, to),
      kind: this.#kind.subarray(from, to),
      trcClass: this.#trcClass.subarray(from, to),
      flags: this.#flags.subarray(from, to),
      source: this.#source.subarray(from, to),
      idText,
      valueText,
    };
  }
}

function codeOf<T>(codes: readonly T[], value: T, what: string): number {
  const i = codes.indexOf(value);
  if (i < 0) throw new RangeError(`Unknown ${what} '${String(value)}'`);
  return i;
}

/** The same measurements as a batch (tests, and callers that hold rows but want one input form). */
export function sncBatchFromMeasurements(rows: readonly SncMeasurement[]): SncMeasurementBatch {
  const b = new SncBatchBuilder(rows.length);
  const ids: string[] = [];
  const idIndex = interner(ids);
  for (const row of rows) {
    const approx = approxOf(row);
    b.push(
      b.parameterIndex(row.parameterCode),
      b.pointIndex(row.monitoringPoint ?? ''),
      dayNumber(row.date),
      approx,
      magnitudeOf(row, approx),
      b.limitIndex(row.limit),
      codeOf(SNC_DIRECTION_CODES, row.direction, 'direction'),
      codeOf(SNC_KIND_CODES, row.limitKind, 'limit kind'),
      codeOf(SNC_TRC_CODES, row.trcClass, 'TRC class'),
      (row.isNonDetect ? SNC_NON_DETECT : 0) | (row.isInvalid ? SNC_INVALID : 0),
      idIndex(row.id),
    );
  }
  return b.build(
    (i) => rows[i]!.id,
    (i) => rows[i]!.value,
  );
}

/** Row `i` of a batch as an SncMeasurement (for the per-measurement detail). */
export function measurementOfBatch(batch: SncMeasurementBatch, i: number): SncMeasurement {
  const flags = batch.flags[i]!;
  return {
    id: batch.idText(i),
    parameterCode: batch.parameterCodes[batch.parameter[i]!]!,
    monitoringPoint: batch.monitoringPoints[batch.point[i]!]!,
    date: isoOfDay(batch.day[i]!),
    value: batch.valueText(i),
    limit: batch.limits[batch.limit[i]!]!,
    direction: SNC_DIRECTION_CODES[batch.direction[i]!]!,
    limitKind: SNC_KIND_CODES[batch.kind[i]!]!,
    trcClass: SNC_TRC_CODES[batch.trcClass[i]!]!,
    isNonDetect: (flags & SNC_NON_DETECT) !== 0,
    isInvalid: (flags & SNC_INVALID) !== 0,
    approx: batch.approx[i]!,
    approxMagnitude: batch.magnitude[i]!,
  };
}
