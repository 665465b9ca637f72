import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalExceedancePercent, exceedancePercent } from '../src/limits/compare';
import { evaluateSeries } from '../src/limits/evaluate-series';
import { LIMIT_BASES, type Limit } from '../src/limits/limit';
import { dailyContextFor } from '../src/limits/series-context';
import { parseReportedValue } from '../src/numbers/reported-value';
import { lastScale, parseScaled, rationalText } from '../src/numbers/scaled-decimal';
import {
  type Aggregate,
  compareStatistic,
  decimalAggregate,
  exactAggregate,
  statisticValue,
} from '../src/stats/aggregate';
import { isoOfDay } from '../src/stats/day-number';
import { DX } from '../src/stats/exact';
import type { SampleResult } from '../src/stats/sample';
import { scaledAggregate } from '../src/stats/scaled-aggregate';
import { type StatisticsSettings, statisticsSettings } from '../src/stats/settings';
import { makeLimit } from './limits-factories';

const NARROW = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

const bigArb = fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n });
const denArb = fc.oneof(
  fc.bigInt({ min: 1n, max: 10n ** 45n }),
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 30 }))
    .map(([n, k]) => BigInt(n) * 10n ** BigInt(k)),
);

// Plain decimals of varied scale (0 to 10 places), as laboratories report them.
const decimalText = fc
  .tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 10 }))
  .map(([m, s]) =>
    s === 0 ? String(m) : `${Math.floor(m / 10 ** s)}.${String(m % 10 ** s).padStart(s, '0')}`,
  );

describe('integer fast path of exact statistics', () => {
  it('parses plain decimals into a coefficient and scale, and refuses the rest', () => {
    expect([parseScaled('12.345'), lastScale]).toEqual([12345, 3]);
    expect([parseScaled('-0.05'), lastScale]).toEqual([-5, 2]);
    expect([parseScaled('30'), lastScale]).toEqual([30, 0]);
    for (const text of ['1e-7', '', '.', '-', '1.2.3', '1,200', '1234567890123456'])
      expect(parseScaled(text)).toBeNaN();
  });

  it('writes a rational to 40 significant digits exactly as decimal.js divides', () => {
    fc.assert(
      fc.property(bigArb, denArb, (num, den) => {
        expect(rationalText(num, den)).toBe(NARROW.div(num.toString(), den.toString()).toString());
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the exact ECHO exceedance percent, as the 40-digit decimal computation does', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (value, limit) => {
        expect(exceedancePercent(value, limit)).toBe(decimalExceedancePercent(value, limit));
      }),
      { numRuns: 2000 },
    );
    expect(exceedancePercent('2.80', '2.61')).toBe(7);
    expect(exceedancePercent('1.005', '1')).toBe(1);
    expect(exceedancePercent('2', '0')).toBeNull();
  });

  const resultArb = fc
    .tuple(fc.integer({ min: 0, max: 40 }), decimalText, fc.integer({ min: 0, max: 9 }))
    .map(
      ([day, text, nd]): SampleResult => ({
        id: '',
        date: isoOfDay(20089 + day),
        value: parseReportedValue(nd === 0 ? `<${text}` : text),
        unit: 'mg/L',
      }),
    );
  const windowArb = fc
    .array(resultArb, { minLength: 1, maxLength: 30 })
    .map((rs) => rs.map((r, i) => ({ ...r, id: `r${i}` })));
  const settingsArb = fc
    .constantFrom('ZERO', 'DL', 'HALF_DL', 'ML_ZERO')
    .map((mode) => statisticsSettings({ ndAveragingMode: mode as StatisticsSettings['ndAveragingMode'] }));
  const limitArb = fc
    .tuple(
      fc.constantFrom(
        LIMIT_BASES.daily,
        LIMIT_BASES.monthlyAverage,
        LIMIT_BASES.monthlyTotal,
        LIMIT_BASES.sevenDayAverage,
      ),
      fc.constantFrom('max', 'min'),
      fc.constantFrom('mg/L', 'SU'),
    )
    .map(
      ([basis, direction, unit]): Limit =>
        makeLimit({ basis, direction: direction as 'max', unit: unit as 'mg/L', value: '1' }),
    );

  it('agrees with the decimal path on every statistic and on its comparison with any threshold', () => {
    fc.assert(
      fc.property(windowArb, limitArb, settingsArb, decimalText, (rs, limit, settings, threshold) => {
        // pH (SU) limits form daily values as the day's extreme; concentrations as the day's mean.
        const results = rs.map((r) => ({ ...r, unit: limit.unit }));
        const ctx = dailyContextFor(limit, settings);
        const { values } = evaluateSeries({ results, limits: [limit], settings });
        for (const v of values) {
          const isMax = limit.direction === 'max';
          const agg: Aggregate =
            limit.basis.kind === 'PERIOD' || limit.basis.kind === 'ROLLING'
              ? limit.basis.aggregate
              : isMax
                ? 'MAX'
                : 'MIN';
          for (const a of [agg, 'MEAN', 'TOTAL', 'MAX', 'MIN'] as const) {
            const fast = scaledAggregate(v.dailyValues, v.from, v.to, a, ctx);
            const slow = decimalAggregate(v.dailyValues, v.from, v.to, a, ctx);
            // null: beyond 2^53 at the common scale, left to decimal (checked below for typical values).
            if (fast === null) continue;
            expect(fast.kind).toBe('rational');
            expect(statisticValue(fast)).toBe(statisticValue(slow));
            const own = new DX(statisticValue(slow));
            for (const t of [new DX(threshold), own, own.plus('1e-30'), own.minus('1e-30')])
              expect(compareStatistic(fast, t)).toBe(compareStatistic(slow, t));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('takes typical laboratory results through integers', () => {
    const settings = statisticsSettings({ ndAveragingMode: 'HALF_DL' });
    const limit = makeLimit({ basis: LIMIT_BASES.monthlyAverage });
    const texts = ['1.20', '2.8', '<0.05', '1.10', '0.333', '12'];
    const results = texts.map(
      (t, i): SampleResult => ({
        id: `r${i}`,
        date: isoOfDay(20240 + (i % 4)),
        value: parseReportedValue(t),
        unit: 'mg/L',
      }),
    );
    const [v] = evaluateSeries({ results, limits: [limit], settings }).values;
    const ctx = dailyContextFor(limit, settings);
    const fast = scaledAggregate(v!.dailyValues, v!.from, v!.to, 'MEAN', ctx);
    expect(fast?.kind).toBe('rational');
    expect(statisticValue(fast!)).toBe(
      statisticValue(decimalAggregate(v!.dailyValues, v!.from, v!.to, 'MEAN', ctx)),
    );
  });

  it('leaves conversions, loads and geometric means to the decimal path', () => {
    const settings = statisticsSettings();
    const results: SampleResult[] = [
      { id: 'a', date: '2025-06-03', value: parseReportedValue('1.5'), unit: 'ug/L', flowMgd: '0.5' },
    ];
    for (const limit of [
      makeLimit({ basis: LIMIT_BASES.monthlyAverage }),
      makeLimit({ basis: LIMIT_BASES.monthlyAverage, unit: 'lb/d' }),
      makeLimit({ basis: LIMIT_BASES.monthlyGeomean }),
    ]) {
      const ctx = dailyContextFor(limit, settings);
      const [v] = evaluateSeries({ results, limits: [limit], settings }).values;
      const agg = limit.basis.kind === 'PERIOD' ? limit.basis.aggregate : 'MEAN';
      expect(scaledAggregate(v!.dailyValues, v!.from, v!.to, agg, ctx)).toBeNull();
      expect(exactAggregate(v!.dailyValues, v!.from, v!.to, agg, ctx).kind).not.toBe('rational');
    }
  });
});
