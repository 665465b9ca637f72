import { describe, expect, it } from 'vitest';
import { evaluateSeries } from '../src/limits/evaluate-series';
import { LIMIT_BASES, type LimitBasis } from '../src/limits/limit';
import { dailyContextFor } from '../src/limits/series-context';
import { dec } from '../src/numbers/decimal';
import { exactAggregate, statisticValue } from '../src/stats/aggregate';
import { type NdAveragingMode, statisticsSettings } from '../src/stats/settings';
import { makeLimit, makeResult } from './limits-factories';

const nd1 = () => [
  makeResult('2025-06-03', '1.20'),
  makeResult('2025-06-10', '2.80'),
  makeResult('2025-06-17', '<0.05'),
  makeResult('2025-06-24', '1.10'),
];

function monthly(
  results: ReturnType<typeof nd1>,
  mode: NdAveragingMode,
  basis: LimitBasis = LIMIT_BASES.monthlyAverage,
  extra = {},
) {
  const settings = statisticsSettings({ ndAveragingMode: mode });
  const limit = makeLimit({ basis, value: '1000', ...extra });
  const { values } = evaluateSeries({ results, limits: [limit], settings });
  const ctx = dailyContextFor(limit, settings);
  const agg = basis === LIMIT_BASES.monthlyGeomean ? 'GEOMEAN' : basis === LIMIT_BASES.daily ? 'MAX' : 'MEAN';
  return values
    .filter((v) => !v.nonDetect)
    .map((v) => statisticValue(exactAggregate(v.dailyValues, v.from, v.to, agg, ctx)));
}

describe('non-detects (§9.4)', () => {
  it.each([
    ['ZERO', '1.275'],
    ['DL', '1.2875'],
    ['HALF_DL', '1.28125'],
    ['ML_ZERO', '1.275'],
  ] as const)('ND-1 monthly average with ND mode %s = %s', (mode, expected) => {
    expect(monthly(nd1(), mode)).toEqual([expected]);
  });
  it('ND-1 daily maximum is 2.80 in every mode', () => {
    for (const mode of ['ZERO', 'DL', 'HALF_DL', 'ML_ZERO'] as const) {
      const days = monthly(nd1(), mode, LIMIT_BASES.daily);
      expect(days.reduce((a, b) => (Number(b) > Number(a) ? b : a))).toBe('2.8');
    }
  });
  it('ML_ZERO counts a detected value below the Minimum Level as zero', () => {
    const r = [
      makeResult('2025-06-03', '0.004', { context: { reportingLimit: '0.005' } }),
      makeResult('2025-06-04', '0.010'),
    ];
    expect(monthly(r, 'ML_ZERO')).toEqual(['0.005']);
    expect(monthly(r, 'ZERO')).toEqual(['0.007']);
  });
  it('ND-2 geometric mean of E. coli: 10, 100, 1000 → 100; <1, 10, 100 with ND = DL → 10', () => {
    const ecoli = { parameterCode: '51040', unit: 'MPN/100mL' as const };
    const a = ['10', '100', '1000'].map((v, i) => makeResult(`2025-06-0${i + 1}`, v, { unit: 'MPN/100mL' }));
    const b = ['<1', '10', '100'].map((v, i) => makeResult(`2025-06-0${i + 1}`, v, { unit: 'MPN/100mL' }));
    expect(monthly(a, 'ZERO', LIMIT_BASES.monthlyGeomean, ecoli)).toEqual(['100']);
    expect(monthly(b, 'ZERO', LIMIT_BASES.monthlyGeomean, ecoli)).toEqual(['10']);
  });
  it('geometric mean of a non-bacteria parameter uses ½ DL', () => {
    const r = ['<4', '16'].map((v, i) => makeResult(`2025-06-0${i + 1}`, v));
    expect(monthly(r, 'ZERO', LIMIT_BASES.monthlyGeomean)).toEqual([dec(32).sqrt().toString()]);
    const bacteria = ['<4', '16'].map((v, i) => makeResult(`2025-06-0${i + 1}`, v, { unit: 'MPN/100mL' }));
    expect(
      monthly(bacteria, 'ZERO', LIMIT_BASES.monthlyGeomean, { parameterCode: '51040', unit: 'MPN/100mL' }),
    ).toEqual(['8']);
  });
  it('an all-ND value is never an exceedance; a DL above the limit is flagged for review (§4.3 rule 7)', () => {
    const r = [makeResult('2025-06-03', '<0.5'), makeResult('2025-06-10', '<0.02')];
    const limit = makeLimit({ basis: LIMIT_BASES.monthlyAverage, value: '0.1' });
    const settings = statisticsSettings({ ndAveragingMode: 'DL' });
    const { values, exceedances } = evaluateSeries({ results: r, limits: [limit], settings });
    expect(exceedances).toEqual([]);
    expect(values.map((v) => [v.nonDetect, v.indeterminate, v.outside])).toEqual([[true, true, false]]);
  });
});
