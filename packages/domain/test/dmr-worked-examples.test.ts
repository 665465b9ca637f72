import { describe, expect, it } from 'vitest';
import { buildDmr } from '../src/dmr/build-dmr';
import { percentRemovalForMonth } from '../src/dmr/percent-removal-dmr';
import { exceedancePercent } from '../src/limits/compare';
import { evaluateSeries } from '../src/limits/evaluate-series';
import { LIMIT_BASES } from '../src/limits/limit';
import { roundToSignificantFigures } from '../src/numbers/significant-figures';
import { exceedanceRatioPercent, percentRemoval } from '../src/stats/percent-removal';
import { statisticsSettings } from '../src/stats/settings';
import { makeLimit, makeResult } from './limits-factories';

const june = { start: '2025-06-01', end: '2025-06-30' };

describe('§9.5 worked DMR — industrial outfall, Zn, June', () => {
  const results = [
    makeResult('2025-06-03', '1.20', { flowMgd: '0.045' }),
    makeResult('2025-06-10', '2.80', { flowMgd: '0.040' }),
    makeResult('2025-06-17', '<0.05', { flowMgd: '0.050' }),
    makeResult('2025-06-24', '1.10', { flowMgd: '0.048' }),
  ];
  const limits = [
    makeLimit({
      id: 'C2',
      valueType: 'C2',
      basis: LIMIT_BASES.monthlyAverage,
      value: '1.48',
      statisticalBaseCode: 'MK',
    }),
    makeLimit({
      id: 'C3',
      valueType: 'C3',
      basis: LIMIT_BASES.daily,
      value: '2.61',
      statisticalBaseCode: 'DD',
    }),
    makeLimit({ id: 'Q1', valueType: 'Q1', basis: LIMIT_BASES.monthlyAverage, value: '0.60', unit: 'lb/d' }),
    makeLimit({ id: 'Q2', valueType: 'Q2', basis: LIMIT_BASES.daily, value: '1.0', unit: 'lb/d' }),
  ];
  const [row] = buildDmr({ limits, results, period: june, settings: statisticsSettings() });
  const byId = Object.fromEntries(row!.values.map((v) => [v.limitId, v]));

  it.each([
    ['C2', '1.275', false, null],
    ['C3', '2.8', true, 7],
    ['Q1', '0.456198', false, null],
    ['Q2', '0.93408', false, null],
  ] as const)('%s = %s (exceedance %s, ECHO %s %%)', (id, value, exceedance, pct) => {
    expect([byId[id]!.value, byId[id]!.exceedance, byId[id]!.exceedancePercent]).toEqual([
      value,
      exceedance,
      pct,
    ]);
  });
  it('rounds Q1 and Q2 to the figures of the worked DMR: 0.4562 and 0.9341 lb/d', () => {
    expect(roundToSignificantFigures(byId.Q1!.value!, 4).toString()).toBe('0.4562');
    expect(roundToSignificantFigures(byId.Q2!.value!, 4).toString()).toBe('0.9341');
  });
  it('reports 1 excursion, 4 samples, frequency 04/30 and the 7.28 % exceedance of C3', () => {
    expect([row!.numberOfExcursions, row!.sampleCount, row!.frequencyOfAnalysis, row!.nodi]).toEqual([
      1,
      4,
      '04/30',
      null,
    ]);
    expect(exceedanceRatioPercent('2.80', '2.61').toDecimalPlaces(2).toString()).toBe('7.28');
    expect(byId.C3!.resultIds).toEqual([results[1]!.id]);
  });
  it('reports NODI when a parameter has no result', () => {
    const [empty] = buildDmr({
      limits,
      results: [],
      period: june,
      settings: statisticsSettings(),
      noDataNodi: 'C',
    });
    expect(empty!.values.map((v) => [v.value, v.nodi])).toEqual(Array(4).fill([null, 'C']));
  });
  it('reports an all-ND month as <max DL, or NODI B by setting (§9.4)', () => {
    const nd = [
      makeResult('2025-06-03', '<0.05', { flowMgd: '0.04' }),
      makeResult('2025-06-10', '<0.08', { flowMgd: '0.04' }),
    ];
    const [q] = buildDmr({
      limits: limits.slice(0, 2),
      results: nd,
      period: june,
      settings: statisticsSettings(),
    });
    expect(q!.values.map((v) => [v.qualifier, v.value, v.nodi])).toEqual([
      ['<', '0.08', null],
      ['<', '0.08', null],
    ]);
    const [b] = buildDmr({
      limits: limits.slice(0, 1),
      results: nd,
      period: june,
      settings: statisticsSettings({ allNdReporting: 'NODI_B' }),
    });
    expect(b!.values.map((v) => [v.value, v.nodi])).toEqual([[null, 'B']]);
  });
});

describe('§9.6 worked DMR — POTW BOD, June 2025', () => {
  const samples: [string, string][] = [
    ['2025-06-03', '20'],
    ['2025-06-05', '28'],
    ['2025-06-10', '35'],
    ['2025-06-12', '60'],
    ['2025-06-17', '22'],
    ['2025-06-19', '18'],
    ['2025-06-24', '25'],
    ['2025-06-26', '30'],
    ['2025-06-30', '26'],
  ];
  const results = samples.map(([d, v]) => makeResult(d, v, { parameterCode: '00310' }));
  const bod = { parameterCode: '00310' };
  const limits = [
    makeLimit({ ...bod, id: 'monthly', basis: LIMIT_BASES.monthlyAverage, value: '30' }),
    makeLimit({ ...bod, id: 'weekly', basis: LIMIT_BASES.weeklyAverage, value: '45' }),
  ];
  it('weekly averages 24.0, 47.5, 20.0, 27.5 and 26 for the week running into July', () => {
    const { values } = evaluateSeries({ results, limits: limits.slice(1), settings: statisticsSettings() });
    expect(values.map((v) => [v.period.start, v.approx, v.outside])).toEqual([
      ['2025-06-01', 24, false],
      ['2025-06-08', 47.5, true],
      ['2025-06-15', 20, false],
      ['2025-06-22', 27.5, false],
      ['2025-06-29', 26, false],
    ]);
  });
  it('reports monthly 29.33 (OK) and weekly 47.5 (1 E90, ECHO 6 %, exact 5.56 %)', () => {
    const [row] = buildDmr({ limits, results, period: june, settings: statisticsSettings() });
    const [monthly, weekly] = row!.values;
    expect(roundToSignificantFigures(monthly!.value!, 4).toString()).toBe('29.33');
    expect(monthly!.value).toBe('29.33333333333333333333333333333333333333');
    expect([monthly!.exceedance, weekly!.value, weekly!.exceedance, weekly!.exceedancePercent]).toEqual([
      false,
      '47.5',
      true,
      6,
    ]);
    expect(exceedanceRatioPercent('47.5', '45').toDecimalPlaces(2).toString()).toBe('5.56');
    expect(row!.numberOfExcursions).toBe(0);
  });
  it('assigns the Jun 29 – Jul 5 week by the LOCAL week rule', () => {
    const july = [...results, makeResult('2025-07-01', '200', { parameterCode: '00310' })];
    const weekly = limits.slice(1);
    const byRule = (rule: 'END_MONTH' | 'START_MONTH') =>
      buildDmr({
        limits: weekly,
        results: july,
        period: june,
        settings: statisticsSettings({ weekMonthRule: rule }),
      })[0]!.values[0]!.value;
    expect(byRule('END_MONTH')).toBe('47.5');
    expect(byRule('START_MONTH')).toBe('113');
  });
});

describe('§9.7 percent removal', () => {
  it.each([
    ['220', '18', '91.8', false],
    ['120', '25', '79.2', true],
  ] as const)('influent %s, effluent %s → %s %%', (inf, eff, pct, violates) => {
    const removal = percentRemoval(inf, eff);
    expect(removal.toDecimalPlaces(1).toString()).toBe(pct);
    expect(removal.lt(85)).toBe(violates);
  });
  it('79.17 % misses the 85 % minimum by 6.9 % (ECHO rounds to 7)', () => {
    const removal = percentRemoval('120', '25');
    expect(exceedanceRatioPercent(removal, '85').toDecimalPlaces(1).toString()).toBe('6.9');
    expect(exceedancePercent(removal, '85')).toBe(7);
  });
  it('computes removal from monthly averages, not paired daily values', () => {
    const influent = [makeResult('2025-06-03', '200'), makeResult('2025-06-10', '40')];
    const effluent = [makeResult('2025-06-03', '10'), makeResult('2025-06-10', '14')];
    const limit = makeLimit({ basis: LIMIT_BASES.monthlyAverage, value: '85', unit: '%', direction: 'min' });
    const v = percentRemovalForMonth(influent, effluent, '2025-06', limit, statisticsSettings());
    expect([v.influentAverage, v.effluentAverage, v.percentRemoval, v.exceedance]).toEqual([
      '120',
      '12',
      '90',
      false,
    ]);
    const bad = percentRemovalForMonth(
      [makeResult('2025-06-03', '120')],
      [makeResult('2025-06-04', '25')],
      '2025-06',
      limit,
      statisticsSettings(),
    );
    expect([bad.exceedance, bad.exceedancePercent]).toEqual([true, 7]);
  });
});
