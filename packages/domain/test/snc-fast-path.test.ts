import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePretreatmentSnc } from '../src/snc/evaluate-pretreatment-snc';
import type { PretreatmentSncSettings, SncMeasurement } from '../src/snc/types';
import { makeMeasurement } from './snc-factories';

const LIMITS = [
  { parameterCode: '01042', limit: '3.38', trcClass: '1.2' }, // × 1.2 = 4.056
  { parameterCode: '00310', limit: '300', trcClass: '1.4' }, // × 1.4 = 420
  { parameterCode: '01051', limit: '0.34', trcClass: '1.2' }, // × 1.2 = 0.408
  { parameterCode: '00720', limit: '1E-7', trcClass: '1.2' },
] as const;

// Values on, next to and far from the limit and limit × TRC: the doubles cannot separate the
// near ones, so the fast path must fall back to decimal for exactly those.
const offsets = ['0', '0.000000000001', '-0.000000000001', '1e-15', '-1e-15', '0.5', '-0.5', '2'];

const rowArb = (id: number): fc.Arbitrary<SncMeasurement> =>
  fc
    .record({
      limit: fc.constantFrom(...LIMITS),
      nearTrc: fc.boolean(),
      offset: fc.constantFrom(...offsets),
      scale: fc.constantFrom('1', '0.999999999999', '1.000000000001', '0.5', '1.5'),
      day: fc.integer({ min: 1, max: 4 }),
      kind: fc.constantFrom('daily', 'instantaneous', 'average') as fc.Arbitrary<SncMeasurement['limitKind']>,
      direction: fc.constantFrom('max', 'max', 'min') as fc.Arbitrary<SncMeasurement['direction']>,
      isNonDetect: fc.boolean(),
      hint: fc.constantFrom('none', 'exact', 'low', 'high'),
    })
    .map((r) => {
      const base = Number(r.limit.limit) * (r.nearTrc ? Number(r.limit.trcClass) : 1);
      const value = (base * Number(r.scale) + Number(r.offset) * base).toPrecision(15);
      const approx = Number(value);
      // An engine hint is the value as a double with a rounding error far inside the tolerance.
      const hinted =
        r.hint === 'none'
          ? {}
          : {
              approx: r.hint === 'exact' ? approx : approx * (r.hint === 'low' ? 1 - 1e-13 : 1 + 1e-13),
              approxMagnitude: Math.abs(approx),
            };
      return makeMeasurement({
        id: `m${id}-${r.day}`,
        parameterCode: r.limit.parameterCode,
        limit: r.limit.limit,
        trcClass: r.limit.trcClass,
        date: `2025-02-0${r.day}`,
        value,
        limitKind: r.kind,
        direction: r.direction,
        isNonDetect: r.isNonDetect,
        ...hinted,
      });
    });

const rowsArb = fc
  .integer({ min: 1, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rowArb(i))));

const settingsArb: fc.Arbitrary<Partial<PretreatmentSncSettings>> = fc.record({
  dailyLimitCounting: fc.constantFrom('DAILY_AVERAGE', 'EACH_RESULT'),
  limitKindEvaluation: fc.constantFrom('SEPARATE', 'POOLED'),
  nonDetectAboveLimit: fc.constantFrom('MANUAL_REVIEW', 'COUNT'),
});

function evaluate(rows: SncMeasurement[], settings: Partial<PretreatmentSncSettings>, exactOnly: boolean) {
  const r = evaluatePretreatmentSnc({
    asOf: '2025-06-30',
    isSignificantIndustrialUser: true,
    measurements: rows,
    settings,
    exactOnly,
  });
  // Through JSON: every field, including each bound's value text, as a client would receive it.
  return JSON.parse(JSON.stringify(r));
}

describe('SNC fast path', () => {
  it('gives the same verdicts, counts and explanations as exact decimal comparison', () => {
    fc.assert(
      fc.property(rowsArb, settingsArb, (rows, settings) => {
        expect(evaluate(rows, settings, false)).toEqual(evaluate(rows, settings, true));
      }),
      { numRuns: 500 },
    );
  });

  it('decides a tie at the limit and at limit × TRC exactly (0.34 × 1.2 = 0.408)', () => {
    const rows = [
      makeMeasurement({ id: 'a', parameterCode: '01051', limit: '0.34', value: '0.408', approx: 0.408 }),
      makeMeasurement({ id: 'b', parameterCode: '01051', limit: '0.34', value: '0.34', date: '2025-01-16' }),
      makeMeasurement({
        id: 'c',
        parameterCode: '01051',
        limit: '0.34',
        value: '0.407999999999999999',
        date: '2025-01-17',
      }),
    ];
    const [s] = evaluatePretreatmentSnc({
      asOf: '2025-06-30',
      isSignificantIndustrialUser: true,
      measurements: rows,
    }).series;
    expect(s?.measurements.map((m) => [m.bounds[0]?.value, m.exceedsLimit, m.meetsTrc])).toEqual([
      ['0.408', true, true],
      ['0.34', false, false],
      ['0.407999999999999999', true, false],
    ]);
  });
});
