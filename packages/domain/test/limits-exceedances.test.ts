import { describe, expect, it } from 'vitest';
import { exceedancePercent } from '../src/limits/compare';
import { evaluateProgram } from '../src/limits/evaluate-program';
import { evaluateSeries } from '../src/limits/evaluate-series';
import { headroom } from '../src/limits/headroom';
import { basisForStatisticalBase, isLimitInEffect, LIMIT_BASES } from '../src/limits/limit';
import { statisticsSettings } from '../src/stats/settings';
import { makeLimit, makeResult } from './limits-factories';

const settings = statisticsSettings();

describe('exceedances (§9.8)', () => {
  it('carries the period, value, limit, ECHO percent and the result ids', () => {
    const r = [makeResult('2026-06-09', '3520', { unit: 'ug/L' }), makeResult('2026-06-10', '3.38')];
    const { exceedances } = evaluateSeries({
      results: r,
      limits: [makeLimit({ value: '3.38', parameterCode: '01042' })],
      settings,
    });
    expect(exceedances).toHaveLength(1);
    expect(exceedances[0]).toMatchObject({
      period: { kind: 'DAY', start: '2026-06-09', end: '2026-06-09' },
      value: '3.52',
      comparedValue: '3.52',
      limit: '3.38',
      exceedancePercent: 4,
      resultIds: [r[0]!.id],
      enforceable: true,
      settings,
    });
  });
  it.each([
    ['30', '45', 'max', 50],
    ['6.0', '5.4', 'min', 10],
    ['0.3', '.474', 'max', 58],
  ] as const)('limit %s, value %s (%s) → %i %%', (limit, value, direction, pct) => {
    const r = [makeResult('2025-06-03', value)];
    const { exceedances } = evaluateSeries({
      results: r,
      limits: [makeLimit({ value: limit, direction })],
      settings,
    });
    expect(exceedances.map((e) => e.exceedancePercent)).toEqual([pct]);
  });
  it('gives no exceedance percent for pH; every grab counts against an instantaneous limit', () => {
    const ph = ['4.6', '4.8', '5.5', '4.9', '4.2', '6.0', '4.7', '4.4', '7.1', '4.9'].map((v, i) =>
      makeResult(`2025-01-${String(i + 1).padStart(2, '0')}`, v, { unit: 'SU', parameterCode: '00400' }),
    );
    const limits = [
      makeLimit({
        id: 'min',
        parameterCode: '00400',
        unit: 'SU',
        value: '5.0',
        direction: 'min',
        basis: LIMIT_BASES.instantaneous,
      }),
      makeLimit({
        id: 'max',
        parameterCode: '00400',
        unit: 'SU',
        value: '11.0',
        direction: 'max',
        basis: LIMIT_BASES.instantaneous,
      }),
    ];
    const { exceedances } = evaluateSeries({ results: ph, limits, settings });
    expect(exceedances.map((e) => [e.comparedValue, e.exceedancePercent, e.period.kind])).toHaveLength(7);
    expect(exceedances.every((e) => e.exceedancePercent === null && e.period.kind === 'SAMPLE')).toBe(true);
  });
  it('decides the float trap exactly: 0.408 meets a limit of 0.34 × 1.2 (S7)', () => {
    const r = [makeResult('2025-01-05', '0.408')];
    const min = evaluateSeries({
      results: r,
      limits: [makeLimit({ value: '0.408', direction: 'min' })],
      settings,
    });
    const max = evaluateSeries({ results: r, limits: [makeLimit({ value: '0.408' })], settings });
    expect([min.exceedances.length, max.exceedances.length]).toEqual([0, 0]);
    const above = evaluateSeries({
      results: [makeResult('2025-01-05', '0.40800000000000003')],
      limits: [makeLimit({ value: '0.408' })],
      settings,
    });
    expect(above.exceedances).toHaveLength(1);
    expect(above.exactDecisions).toBe(1);
  });
  it('compares at full precision or rounded to the limit’s last significant figure (§9.11)', () => {
    const r = [
      makeResult('2025-06-03', '2.614'),
      makeResult('2025-06-04', '2.615'),
      makeResult('2025-06-05', '2.625'),
    ];
    const count = (s: ReturnType<typeof statisticsSettings>) =>
      evaluateSeries({ results: r, limits: [makeLimit({ value: '2.61' })], settings: s }).exceedances.map(
        (e) => e.comparedValue,
      );
    expect(count(settings)).toEqual(['2.614', '2.615', '2.625']);
    expect(count(statisticsSettings({ compareAt: 'ROUNDED_TO_LIMIT_SIGFIGS' }))).toEqual(['2.62', '2.63']);
    const even = statisticsSettings({ compareAt: 'ROUNDED_TO_LIMIT_SIGFIGS', rounding: 'HALF_EVEN' });
    expect(count(even)).toEqual(['2.62', '2.62']);
    const avg = [makeResult('2025-06-03', '29'), makeResult('2025-06-04', '31.99')];
    const rounded = statisticsSettings({ compareAt: 'ROUNDED_TO_LIMIT_SIGFIGS' });
    expect(
      evaluateSeries({
        results: avg,
        limits: [makeLimit({ value: '30', basis: LIMIT_BASES.monthlyAverage })],
        settings: rounded,
      }).exceedances,
    ).toEqual([]);
  });
  it('applies limits only within their effective dates and season, and keeps alert-only limits apart', () => {
    const limit = makeLimit({
      value: '1',
      season: { from: '11-01', to: '03-31' },
      effectiveFrom: '2025-01-01',
      effectiveTo: '2025-12-31',
    });
    expect(
      ['2024-12-01', '2025-01-15', '2025-04-01', '2025-11-30', '2026-01-02'].map((d) =>
        isLimitInEffect(limit, d),
      ),
    ).toEqual([false, true, false, true, false]);
    const r = ['2025-01-15', '2025-06-15', '2025-12-15'].map((d) => makeResult(d, '5'));
    const alert = makeLimit({ id: 'alert', value: '4', enforceable: false });
    const { exceedances } = evaluateSeries({ results: r, limits: [limit, alert], settings });
    expect(exceedances.map((e) => [e.limitId, e.period.start, e.enforceable])).toEqual([
      ['L1', '2025-01-15', true],
      ['L1', '2025-12-15', true],
      ['alert', '2025-01-15', false],
      ['alert', '2025-06-15', false],
      ['alert', '2025-12-15', false],
    ]);
  });
  it('evaluates 30-day rolling, consecutive-monitoring-day and quarterly limits', () => {
    const r = ['2025-01-02', '2025-01-20', '2025-02-10', '2025-02-11'].map((d, i) =>
      makeResult(d, ['10', '20', '40', '2'][i]!),
    );
    const limits = [
      makeLimit({ id: 'r30', value: '25', basis: LIMIT_BASES.thirtyDayAverage }),
      makeLimit({ id: 'c3', value: '20', basis: { kind: 'CONSECUTIVE_DAYS', days: 3 } }),
      makeLimit({ id: 'q', value: '17', basis: LIMIT_BASES.quarterlyAverage }),
    ];
    const { exceedances } = evaluateSeries({ results: r, limits, settings });
    expect(exceedances.map((e) => [e.limitId, e.period.start, e.period.end, e.value])).toEqual([
      ['r30', '2025-01-12', '2025-02-10', '30'],
      ['c3', '2025-01-02', '2025-02-10', '23.33333333333333333333333333333333333333'],
      ['c3', '2025-01-20', '2025-02-11', '20.66666666666666666666666666666666666667'],
      ['q', '2025-01-01', '2025-03-31', '18'],
    ]);
  });
  it('maps confirmed statistical base codes to a basis', () => {
    expect([
      basisForStatisticalBase('DD'),
      basisForStatisticalBase('MK'),
      basisForStatisticalBase('ZZ'),
    ]).toEqual([LIMIT_BASES.daily, LIMIT_BASES.monthlyAverage, null]);
  });
  it('groups a program by monitoring point and parameter', () => {
    const r = [makeResult('2025-06-03', '3'), makeResult('2025-06-03', '3', { monitoringPoint: '002' })];
    const out = evaluateProgram({ results: r, limits: [makeLimit()], settings });
    expect([out.seriesCount, out.exceedances.length, out.exceedances[0]!.monitoringPoint]).toEqual([
      2,
      1,
      '001',
    ]);
    expect(exceedancePercent('2.80', '2.61')).toBe(7);
  });
});

describe('headroom', () => {
  const r = [makeResult('2025-06-03', '20'), makeResult('2025-06-10', '35')];
  it('gives the margin and the largest next value that keeps a monthly average compliant', () => {
    const h = headroom(
      makeLimit({ value: '30', basis: LIMIT_BASES.monthlyAverage }),
      r,
      '2025-06-15',
      settings,
    );
    expect([h.currentValue, h.margin, h.nextValueBound]).toEqual(['27.5', '2.5', '35']);
  });
  it('for a total, a daily maximum, a minimum and a geometric mean', () => {
    const total = headroom(
      makeLimit({ value: '100', basis: LIMIT_BASES.monthlyTotal }),
      r,
      '2025-06-15',
      settings,
    );
    const daily = headroom(makeLimit({ value: '40' }), r, '2025-06-10', settings);
    const min = headroom(
      makeLimit({ value: '30', direction: 'min', basis: LIMIT_BASES.monthlyAverage }),
      r,
      '2025-06-15',
      settings,
    );
    const geo = headroom(
      makeLimit({ value: '100', basis: LIMIT_BASES.monthlyGeomean }),
      [makeResult('2025-06-01', '10'), makeResult('2025-06-02', '1000')],
      '2025-06-15',
      settings,
    );
    expect([
      total.nextValueBound,
      daily.margin,
      daily.nextValueBound,
      min.nextValueBound,
      min.margin,
    ]).toEqual(['45', '5', '40', '35', '-2.5']);
    expect([geo.currentValue, geo.nextValueBound]).toEqual(['100', '100']);
  });
  it('before any result the bound is the limit itself', () => {
    const h = headroom(
      makeLimit({ value: '30', basis: LIMIT_BASES.monthlyAverage }),
      r,
      '2025-07-01',
      settings,
    );
    expect([h.currentValue, h.margin, h.nextValueBound]).toEqual([null, null, '30']);
  });
});
