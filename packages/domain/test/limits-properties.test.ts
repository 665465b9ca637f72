import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateSeries } from '../src/limits/evaluate-series';
import { LIMIT_BASES, type Limit } from '../src/limits/limit';
import { parseReportedValue } from '../src/numbers/reported-value';
import { isoOfDay } from '../src/stats/day-number';
import type { SampleResult } from '../src/stats/sample';
import { type StatisticsSettings, statisticsSettings } from '../src/stats/settings';
import { makeLimit } from './limits-factories';

const BASE_DAY = 20089; // 2025-01-01

// Values close to the limits on purpose, so that the fast path must defer to decimal often.
const valueText = fc.oneof(
  fc.constantFrom('0.408', '0.34', '2.61', '2.615', '1.2', '1.4', '0.1', '0.2', '0.3', '30', '45'),
  fc
    .tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 4 }))
    .map(([m, s]) => (m / 10 ** s).toFixed(s)),
);

const resultArb = fc
  .tuple(fc.integer({ min: 0, max: 120 }), valueText, fc.boolean(), fc.constantFrom('mg/L', 'ug/L'))
  .map(
    ([day, text, nd, unit]): SampleResult => ({
      id: '',
      date: isoOfDay(BASE_DAY + day),
      value: parseReportedValue(nd && day % 5 === 0 ? `<${text}` : text),
      unit: unit as 'mg/L',
      flowMgd: '0.045',
    }),
  );

const resultsArb = fc
  .array(resultArb, { minLength: 1, maxLength: 40 })
  .map((rs) => rs.map((r, i) => ({ ...r, id: `r${i}` })));

const limitArb = fc
  .tuple(
    fc.constantFrom(...Object.values(LIMIT_BASES)),
    fc.constantFrom('0.408', '2.61', '30', '1.2', '0.3', '100'),
    fc.constantFrom('max', 'min'),
    fc.constantFrom('mg/L', 'lb/d'),
  )
  .map(
    ([basis, value, direction, unit]): Limit =>
      makeLimit({
        id: `${basis.kind}-${value}-${direction}-${unit}`,
        basis,
        value,
        direction: direction as 'max',
        unit: unit as 'mg/L',
      }),
  );

const settingsArb = fc
  .record({
    ndAveragingMode: fc.constantFrom('ZERO', 'DL', 'HALF_DL', 'ML_ZERO'),
    compareAt: fc.constantFrom('FULL_PRECISION', 'ROUNDED_TO_LIMIT_SIGFIGS'),
    rounding: fc.constantFrom('HALF_UP', 'HALF_EVEN'),
    weekMonthRule: fc.constantFrom('END_MONTH', 'START_MONTH', 'MAJORITY'),
  })
  .map((s) => statisticsSettings(s as Partial<StatisticsSettings>));

const verdicts = (
  results: readonly SampleResult[],
  limits: Limit[],
  settings: StatisticsSettings,
  exactOnly = false,
) =>
  evaluateSeries({ results, limits, settings, exactOnly }).values.map(
    (v) => `${v.limit.id}|${v.period.start}|${v.period.end}|${v.outside}|${v.indeterminate}`,
  );

describe('verdict properties', () => {
  it('the fast path agrees with the exact decimal path on every verdict', () => {
    fc.assert(
      fc.property(resultsArb, fc.array(limitArb, { minLength: 1, maxLength: 4 }), settingsArb, (r, l, s) => {
        expect(verdicts(r, l, s)).toEqual(verdicts(r, l, s, true));
      }),
      { numRuns: 300 },
    );
  });
  it('the order of results never changes a verdict', () => {
    fc.assert(
      fc.property(
        resultsArb,
        fc.array(limitArb, { minLength: 1, maxLength: 4 }),
        settingsArb,
        fc.integer(),
        (r, l, s, seed) => {
          const key = (x: SampleResult) => (Number(x.id.slice(1)) * 7919 + seed) % 101;
          const shuffled = [...r].sort((a, b) => key(a) - key(b));
          expect(verdicts(shuffled, l, s).sort()).toEqual(verdicts(r, l, s).sort());
          expect(verdicts([...r].reverse(), l, s).sort()).toEqual(verdicts(r, l, s).sort());
        },
      ),
      { numRuns: 200 },
    );
  });
  it('results within a maximum limit never create an exceedance', () => {
    fc.assert(
      fc.property(resultsArb, limitArb, settingsArb, (r, limit, s) => {
        if (limit.basis.kind === 'PERIOD' && limit.basis.aggregate === 'TOTAL') return;
        const max = { ...limit, direction: 'max' as const, unit: 'mg/L' as const };
        // Geometric means are of bacteria counts, which are positive: a value ≤ 0 is substituted
        // (settings.geomeanNonPositiveValue, 1 by default), which may exceed a limit below 1.
        const isGeomean = 'aggregate' in limit.basis && limit.basis.aggregate === 'GEOMEAN';
        const within = r.filter(
          (x) =>
            (!isGeomean || x.value.approx > 0) &&
            x.value.approx * (x.unit === 'ug/L' ? 0.001 : 1) <= Number(max.value) - 1e-9,
        );
        expect(evaluateSeries({ results: within, limits: [max], settings: s }).exceedances).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('geometric mean of a value ≤ 0', () => {
  const zero = (): SampleResult[] => [
    { id: 'z', date: '2025-06-03', value: parseReportedValue('0'), unit: 'mg/L' },
  ];
  const limit = makeLimit({ basis: LIMIT_BASES.monthlyGeomean, value: '0.5' });

  it('counts a 0 as 1 by default (bacteria: a count below 1 is reported as <1), recorded on the verdict', () => {
    const settings = statisticsSettings();
    const [e] = evaluateSeries({ results: zero(), limits: [limit], settings }).exceedances;
    expect([e?.value, e?.exceedancePercent, e?.settings.geomeanNonPositiveValue]).toEqual(['1', 100, '1']);
  });

  it('uses the program setting when it says otherwise, and refuses a substitute that is not positive', () => {
    const settings = statisticsSettings({ geomeanNonPositiveValue: '0.5' });
    const { values, exceedances } = evaluateSeries({ results: zero(), limits: [limit], settings });
    expect([values[0]?.approx, exceedances]).toEqual([0.5, []]);
    expect(() =>
      evaluateSeries({
        results: zero(),
        limits: [limit],
        settings: statisticsSettings({ geomeanNonPositiveValue: '0' }),
      }),
    ).toThrow(RangeError);
  });
});
