import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePretreatmentSnc } from '../src/snc/evaluate-pretreatment-snc';
import type { PretreatmentSncSettings, SncMeasurement } from '../src/snc/types';
import { makeMeasurement } from './snc-factories';

// Rows that share ids (pH 5.0–11.0 is two rows per result), dates and limits in every combination.
const rowArb = fc
  .record({
    id: fc.integer({ min: 0, max: 12 }),
    day: fc.integer({ min: 1, max: 6 }),
    parameter: fc.constantFrom(
      { parameterCode: '01042', limit: '3.38', trcClass: '1.2' },
      { parameterCode: '00310', limit: '300', trcClass: '1.4' },
      { parameterCode: '00400', limit: '5.0', trcClass: 'none' },
      { parameterCode: '00400', limit: '11.0', trcClass: 'none' },
    ),
    scale: fc.constantFrom(0.5, 1, 1.2, 1.4, 2),
    kind: fc.constantFrom('daily', 'instantaneous', 'average'),
    direction: fc.constantFrom('max', 'min'),
    isNonDetect: fc.boolean(),
  })
  .map(
    (r): SncMeasurement =>
      makeMeasurement({
        id: `m${r.id}`,
        date: `2025-03-0${r.day}`,
        ...r.parameter,
        trcClass: r.parameter.trcClass as SncMeasurement['trcClass'],
        value: (Number(r.parameter.limit) * r.scale).toFixed(3),
        limitKind: r.kind as SncMeasurement['limitKind'],
        direction: r.direction as SncMeasurement['direction'],
        isNonDetect: r.isNonDetect,
      }),
  );

const settingsArb: fc.Arbitrary<Partial<PretreatmentSncSettings>> = fc.record({
  dailyLimitCounting: fc.constantFrom('DAILY_AVERAGE', 'EACH_RESULT'),
  limitKindEvaluation: fc.constantFrom('SEPARATE', 'POOLED'),
  nonDetectAboveLimit: fc.constantFrom('MANUAL_REVIEW', 'COUNT'),
  averageLimitCounting: fc.constantFrom('PERIOD_RESULT', 'EXCLUDE'),
});

describe('SNC counts without measurement detail', () => {
  it('match the counted measurements built on first read', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 40 }),
        settingsArb,
        fc.boolean(),
        (rows, settings, exactOnly) => {
          const { series } = evaluatePretreatmentSnc({
            asOf: '2025-06-30',
            isSignificantIndustrialUser: true,
            measurements: rows,
            settings,
            exactOnly,
          });
          for (const s of series) {
            const m = s.measurements;
            expect(s.chronic.total).toBe(m.length);
            expect(s.chronic.exceeding).toBe(m.filter((x) => x.exceedsLimit).length);
            expect(s.chronic.exceedingKeys).toEqual(m.filter((x) => x.exceedsLimit).map((x) => x.key));
            expect(s.reviewKeys).toEqual(m.filter((x) => x.needsReview).map((x) => x.key));
            const hasTrc = m.some((x) => x.bounds.some((b) => b.trcFactor !== null));
            expect(s.trc !== null).toBe(hasTrc);
            if (s.trc) {
              expect(s.trc.total).toBe(m.length);
              expect(s.trc.exceeding).toBe(m.filter((x) => x.meetsTrc).length);
              expect(s.trc.exceedingKeys).toEqual(m.filter((x) => x.meetsTrc).map((x) => x.key));
            }
            // Built once: the same arrays on every read.
            expect(s.measurements).toBe(m);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('serialises the detail with the verdict', () => {
    const rows = [
      makeMeasurement({ id: 'a', value: '4.1' }),
      makeMeasurement({ id: 'b', value: '1', date: '2025-01-16' }),
    ];
    const [s] = JSON.parse(
      JSON.stringify(
        evaluatePretreatmentSnc({ asOf: '2025-06-30', isSignificantIndustrialUser: true, measurements: rows })
          .series,
      ),
    );
    expect(s.measurements.map((m: { key: string }) => m.key)).toEqual([
      'daily|2025-01-15',
      'daily|2025-01-16',
    ]);
    expect(s.chronic.exceedingKeys).toEqual(['daily|2025-01-15']);
    expect(s.trc.exceedingKeys).toEqual(['daily|2025-01-15']);
  });
});
