import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePretreatmentSnc, type PretreatmentSncInput } from '../src/snc/evaluate-pretreatment-snc';
import { SncBatchBuilder, sncBatchFromMeasurements } from '../src/snc/measurement-batch';
import type { PretreatmentSncSettings, SncMeasurement } from '../src/snc/types';
import { dayNumber } from '../src/stats/day-number';
import { makeMeasurement, makeSeries } from './snc-factories';

const LIMITS = [
  { parameterCode: '01042', limit: '3.38', trcClass: '1.2' }, // × 1.2 = 4.056
  { parameterCode: '01042', limit: '3.380', trcClass: '1.2' }, // the same bound written differently
  { parameterCode: '00310', limit: '300', trcClass: '1.4' }, // × 1.4 = 420
  { parameterCode: '01051', limit: '0.34', trcClass: '1.2' }, // × 1.2 = 0.408
  { parameterCode: '00400', limit: '5.0', trcClass: 'none' },
] as const;

// On, next to and far from the limit and limit × TRC: the near ones need the exact decision.
const OFFSETS = ['0', '0.000000000001', '-0.000000000001', '1e-15', '-1e-15', '0.5', '-0.5', '2'];

const rowArb: fc.Arbitrary<SncMeasurement> = fc
  .record({
    limit: fc.constantFrom(...LIMITS),
    nearTrc: fc.boolean(),
    offset: fc.constantFrom(...OFFSETS),
    scale: fc.constantFrom('1', '0.999999999999', '1.000000000001', '0.5', '1.5'),
    id: fc.integer({ min: 0, max: 12 }),
    // Dec 2024 … Jul 2025 around the 2025-H1 window, few days so that rows share dates.
    month: fc.integer({ min: 0, max: 7 }),
    day: fc.integer({ min: 1, max: 3 }),
    kind: fc.constantFrom('daily', 'instantaneous', 'average') as fc.Arbitrary<SncMeasurement['limitKind']>,
    direction: fc.constantFrom('max', 'max', 'min') as fc.Arbitrary<SncMeasurement['direction']>,
    point: fc.constantFrom(undefined, '001', '002'),
    isNonDetect: fc.boolean(),
    invalid: fc.integer({ min: 0, max: 9 }), // 0: invalidated by QA (one row in ten)
    hint: fc.constantFrom('none', 'exact', 'low', 'high'),
  })
  .map((r) => {
    const base =
      Number(r.limit.limit) * (r.nearTrc && r.limit.trcClass !== 'none' ? Number(r.limit.trcClass) : 1);
    const value = (base * Number(r.scale) + Number(r.offset) * base).toPrecision(15);
    const approx = Number(value);
    const hinted =
      r.hint === 'none'
        ? {}
        : {
            approx: r.hint === 'exact' ? approx : approx * (r.hint === 'low' ? 1 - 1e-13 : 1 + 1e-13),
            approxMagnitude: Math.abs(approx),
          };
    const date = r.month === 0 ? `2024-12-0${r.day}` : `2025-${String(r.month).padStart(2, '0')}-0${r.day}`;
    return makeMeasurement({
      id: `r${r.id}`,
      parameterCode: r.limit.parameterCode,
      limit: r.limit.limit,
      trcClass: r.limit.trcClass,
      monitoringPoint: r.point,
      date,
      value,
      limitKind: r.kind,
      direction: r.direction,
      isNonDetect: r.isNonDetect,
      isInvalid: r.invalid === 0,
      ...hinted,
    });
  });

const settingsArb: fc.Arbitrary<Partial<PretreatmentSncSettings>> = fc.record({
  dailyLimitCounting: fc.constantFrom('DAILY_AVERAGE', 'EACH_RESULT'),
  averageLimitCounting: fc.constantFrom('PERIOD_RESULT', 'EXCLUDE'),
  limitKindEvaluation: fc.constantFrom('SEPARATE', 'POOLED'),
  nonDetectAboveLimit: fc.constantFrom('MANUAL_REVIEW', 'COUNT'),
  trcFactorOverrides: fc.constantFrom<Record<string, string | null>>(
    {},
    { '01051': '1.4' },
    { '00310': null },
  ),
});

const asOfArb = fc.constantFrom('2025-06-30', '2025-04-02', '2025-01-01', '2025-07-15');

/** Everything a verdict says, serialised (the per-measurement detail included). */
function verdictOf(input: PretreatmentSncInput) {
  const r = evaluatePretreatmentSnc(input);
  return JSON.parse(
    JSON.stringify({
      isSnc: r.isSnc,
      criteriaMet: r.criteriaMet,
      criteria: r.criteria,
      findings: r.findings,
      warnings: r.warnings,
      series: r.series,
    }),
  );
}

describe('SNC measurement batch (columns)', () => {
  it('gives the same verdicts, counts and detail as the same measurements as rows', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 60 }),
        settingsArb,
        asOfArb,
        fc.boolean(),
        (rows, settings, asOf, exactOnly) => {
          const common = { asOf, isSignificantIndustrialUser: true, settings, exactOnly };
          const window = {
            mode: 'FIXED_SEMIANNUAL',
            start: '2025-01-01',
            end: '2025-06-30',
            label: '2025-H1',
          };
          const fromRows = verdictOf({ ...common, window, measurements: rows } as PretreatmentSncInput);
          const batch = sncBatchFromMeasurements(rows);
          const fromBatch = verdictOf({ ...common, window, measurementBatch: batch } as PretreatmentSncInput);
          expect(fromBatch).toEqual(fromRows);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('counts the counts of the rows on a longer generated series (no detail read)', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 100, maxLength: 400 }), settingsArb, (rows, settings) => {
        const input = { asOf: '2025-06-30', isSignificantIndustrialUser: true, settings };
        const a = evaluatePretreatmentSnc({ ...input, measurements: rows });
        const b = evaluatePretreatmentSnc({ ...input, measurementBatch: sncBatchFromMeasurements(rows) });
        const counts = (r: typeof a) =>
          r.series.map((s) => [
            s.parameterCode,
            s.monitoringPoint,
            s.limitKind,
            s.chronic.exceeding,
            s.chronic.total,
            s.trc?.exceeding,
          ]);
        expect(counts(b)).toEqual(counts(a));
        expect(b.criteriaMet).toEqual(a.criteriaMet);
      }),
      { numRuns: 100 },
    );
  });

  it('reads a built batch by its source column: rows of one result (pH min and max) are one measurement', () => {
    const b = new SncBatchBuilder();
    const ph = b.parameterIndex('00400');
    const point = b.pointIndex('001');
    const min = b.limitIndex('5.0');
    const max = b.limitIndex('11.0');
    const values = ['4.9', '7.0', '11.5'];
    const day = dayNumber('2025-03-03');
    // min rows first, then max rows (the order the engine reports limits in)
    values.forEach((v, k) => void b.push(ph, point, day + k, Number(v), Number(v), min, 1, 1, 2, 0, k));
    values.forEach((v, k) => void b.push(ph, point, day + k, Number(v), Number(v), max, 0, 1, 2, 0, k));
    const batch = b.build(
      (i) => `g${i % 3}`,
      (i) => values[i % 3]!,
    );
    const r = evaluatePretreatmentSnc({
      asOf: '2025-06-30',
      isSignificantIndustrialUser: true,
      measurementBatch: batch,
    });
    expect(r.series).toHaveLength(1);
    expect(r.series[0]!.chronic).toMatchObject({ exceeding: 2, total: 3 });
    expect(r.series[0]!.chronic.exceedingKeys).toEqual(['instantaneous|g0', 'instantaneous|g2']);
    expect(r.criteriaMet).toEqual(['A']);
  });

  it('keeps every built batch unchanged while the builder moves on to new slabs', () => {
    const b = new SncBatchBuilder(16);
    const p = b.parameterIndex('01042');
    const q = b.pointIndex('001');
    const l = b.limitIndex('3.38');
    const fill = (n: number, offset: number) => {
      for (let k = 0; k < n; k++) b.push(p, q, 20100 + k, offset + k, offset + k, l, 0, 0, 1, 0, k);
    };
    fill(10, 0);
    const first = b.build(String, String);
    fill(7, 100); // the pending rows move to a new slab when the first one fills up
    fill(30, 200);
    const second = b.build(String, String);
    expect(first.length).toBe(10);
    expect(Array.from(first.approx)).toEqual(Array.from({ length: 10 }, (_, k) => k));
    expect(second.length).toBe(37);
    expect(Array.from(second.approx.subarray(0, 7))).toEqual([100, 101, 102, 103, 104, 105, 106]);
    expect(second.approx[7]).toBe(200);
    expect(second.source[36]).toBe(29);
  });

  it('refuses measurements given both as rows and as a batch', () => {
    const rows = makeSeries(['1', '2']);
    expect(() =>
      evaluatePretreatmentSnc({
        asOf: '2025-06-30',
        isSignificantIndustrialUser: true,
        measurements: rows,
        measurementBatch: sncBatchFromMeasurements(rows),
      }),
    ).toThrow(RangeError);
  });
});
