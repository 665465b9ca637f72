import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePretreatmentSnc } from '../src/snc/evaluate-pretreatment-snc';
import { meetsPercentThreshold } from '../src/snc/ratio';
import type { SncMeasurement } from '../src/snc/types';
import { makeMeasurement } from './snc-factories';

const H1 = { asOf: '2025-06-30', isSignificantIndustrialUser: true } as const;

const measurementArb: fc.Arbitrary<SncMeasurement> = fc
  .record({
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 6 }),
    cents: fc.integer({ min: 0, max: 600 }),
    kind: fc.constantFrom('daily', 'instantaneous', 'average') as fc.Arbitrary<SncMeasurement['limitKind']>,
    point: fc.constantFrom('001', '002'),
    isNonDetect: fc.boolean(),
  })
  .chain((r) =>
    fc.uuid().map((id) =>
      makeMeasurement({
        id,
        date: `2025-0${r.month}-${String(r.day).padStart(2, '0')}`,
        value: (r.cents / 100).toFixed(2),
        limitKind: r.kind,
        monitoringPoint: r.point,
        isNonDetect: r.isNonDetect,
      }),
    ),
  );

function verdictOf(rows: SncMeasurement[]) {
  const r = evaluatePretreatmentSnc({ ...H1, measurements: rows });
  return {
    criteriaMet: r.criteriaMet,
    series: r.series.map((s) => [s.limitKind, s.monitoringPoint, s.chronic, s.trc, s.measurements]),
    warnings: r.warnings,
  };
}

describe('SNC properties', () => {
  it('the order of measurements never changes a verdict or its explanation', () => {
    fc.assert(
      fc.property(
        fc
          .array(measurementArb, { maxLength: 40 })
          .chain((rows) =>
            fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
          ),
        ([rows, shuffled]) => {
          expect(verdictOf(shuffled)).toEqual(verdictOf(rows));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('for n = 1..200, k exceedances: SNC-A iff 100k >= 66n; SNC-B iff 100k >= 33n', () => {
    for (let n = 1; n <= 200; n++) {
      for (let k = 0; k <= n; k++) {
        expect(meetsPercentThreshold(k, n, 66)).toBe(100 * k >= 66 * n);
        expect(meetsPercentThreshold(k, n, 33)).toBe(100 * k >= 33 * n);
      }
    }
  });

  it('the engine reaches the same A and B verdicts as the integer rule on generated series', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 120 }),
        (n, a, b) => {
          const overA = Math.min(a, n);
          const overB = Math.min(b, overA);
          // instantaneous: every row is a measurement; first overB reach TRC (4.056), next ones only exceed
          const rows = Array.from({ length: n }, (_, i) =>
            makeMeasurement({
              id: `m${i}`,
              limitKind: 'instantaneous',
              value: i < overB ? '4.056' : i < overA ? '3.381' : '3.38',
            }),
          );
          const r = evaluatePretreatmentSnc({ ...H1, measurements: rows });
          expect(r.criteria.A.isMet).toBe(100 * overA >= 66 * n);
          expect(r.criteria.B.isMet).toBe(100 * overB >= 33 * n);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a series of results all within a maximum limit is never SNC under A or B', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 338 }), { minLength: 1, maxLength: 60 }), (cents) => {
        const rows = cents.map((c, i) =>
          makeMeasurement({ id: `m${i}`, value: (c / 100).toFixed(2), limitKind: 'instantaneous' }),
        );
        expect(evaluatePretreatmentSnc({ ...H1, measurements: rows }).criteriaMet).toEqual([]);
      }),
    );
  });

  it('a warning is raised exactly when one more exceedance would meet the threshold in an open window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 60 }), (n, k0) => {
        const k = Math.min(k0, n);
        const rows = Array.from({ length: n }, (_, i) =>
          makeMeasurement({ id: `m${i}`, limitKind: 'instantaneous', value: i < k ? '3.5' : '1' }),
        );
        const r = evaluatePretreatmentSnc({
          asOf: '2025-03-01',
          isSignificantIndustrialUser: true,
          measurements: rows,
        });
        const warnsA = r.warnings.some((w) => w.criterion === 'A');
        expect(warnsA).toBe(100 * k < 66 * n && 100 * (k + 1) >= 66 * (n + 1));
      }),
    );
  });
});
