import { describe, expect, it } from 'vitest';
import { LIMIT_BASES } from '../src/limits/limit';
import { dailyContextFor } from '../src/limits/series-context';
import { buildDailyValues, exactDaily } from '../src/stats/daily-values';
import { dayNumber, isoOfDay, weekday } from '../src/stats/day-number';
import { fractionValue } from '../src/stats/exact';
import { calendarPeriod, weeksOfMonth } from '../src/stats/periods';
import { statisticsSettings } from '../src/stats/settings';
import { sortSamples } from '../src/stats/sort-samples';
import { arithmeticMean, geometricMean, maxOf, minOf, totalOf } from '../src/stats/statistics';
import { windowsOf } from '../src/stats/windows';
import { makeLimit, makeResult } from './limits-factories';

function daily(
  results: ReturnType<typeof makeResult>[],
  limit = makeLimit(),
  settings = statisticsSettings(),
) {
  const sorted = sortSamples(results);
  const ctx = dailyContextFor(limit, settings);
  return buildDailyValues(sorted.samples, sorted.days, ctx).map((d) =>
    fractionValue(exactDaily(d.samples, ctx)),
  );
}

describe('daily values (§9.2)', () => {
  it('averages same-day O&G grabs 12, 18, 15, 21 → 16.5 mg/L', () => {
    const r = ['12', '18', '15', '21'].map((v) => makeResult('2025-06-03', v));
    expect(daily(r)).toEqual(['16.5']);
  });
  it('flow-weights same-day concentrations when the permit says so', () => {
    const r = [
      makeResult('2025-06-03', '2.0', { flowMgd: '0.030' }),
      makeResult('2025-06-03', '3.0', { flowMgd: '0.020' }),
    ];
    expect(daily(r, makeLimit(), statisticsSettings({ dailyAveraging: 'FLOW_WEIGHTED' }))).toEqual(['2.4']);
  });
  it('sums mass Σ C·V per day: 2.0 mg/L × 0.030 MG + 3.0 mg/L × 0.020 MG → 1.0008 lb/d', () => {
    const r = [
      makeResult('2025-06-03', '2.0', { volumeMg: '0.030' }),
      makeResult('2025-06-03', '3.0', { volumeMg: '0.020' }),
    ];
    expect(daily(r, makeLimit({ unit: 'lb/d', value: '1.0' }))).toEqual(['1.0008']);
    expect(
      daily(r, makeLimit({ unit: 'lb/d', value: '1.0' }), statisticsSettings({ lbPerMgLMgd: '8.345' })),
    ).toEqual(['1.0014']);
  });
  it('never averages pH: the day reports its extreme on the limit side', () => {
    const r = ['6.2', '8.9', '7.0'].map((v) => makeResult('2025-06-03', v, { unit: 'SU' }));
    const ph = { parameterCode: '00400', unit: 'SU' as const, value: '9.0' };
    expect(daily(r, makeLimit({ ...ph, direction: 'max' }))).toEqual(['8.9']);
    expect(daily(r, makeLimit({ ...ph, direction: 'min', value: '6.0' }))).toEqual(['6.2']);
  });
  it('converts µg/L results into the limit unit', () => {
    expect(daily([makeResult('2026-06-09', '3520', { unit: 'ug/L' })], makeLimit({ value: '3.38' }))).toEqual(
      ['3.52'],
    );
  });
});

describe('periods', () => {
  it('day numbers round-trip and know the weekday (2025-06-01 is a Sunday)', () => {
    expect(weekday(dayNumber('2025-06-01'))).toBe(0);
    expect(isoOfDay(dayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(dayNumber('1970-01-01')).toBe(0);
    for (let d = -800; d < 80_000; d += 37) expect(dayNumber(isoOfDay(d))).toBe(d);
  });
  it.each([
    ['2025-06-17', 'CALENDAR_WEEK', '2025-06-15', '2025-06-21'],
    ['2025-06-17', 'CALENDAR_MONTH', '2025-06-01', '2025-06-30'],
    ['2024-02-10', 'CALENDAR_MONTH', '2024-02-01', '2024-02-29'],
    ['2025-08-17', 'QUARTER', '2025-07-01', '2025-09-30'],
    ['2025-12-31', 'HALF_YEAR', '2025-07-01', '2025-12-31'],
    ['2025-03-31', 'YEAR', '2025-01-01', '2025-12-31'],
  ] as const)('%s in a %s: %s – %s', (date, kind, start, end) => {
    expect(calendarPeriod(date, kind)).toEqual({ kind, start, end });
  });
  it('assigns a week spanning two months by the LOCAL rule (§9.1)', () => {
    const june = dayNumber('2025-06-15');
    const fmt = (w: [number, number][]) => w.map(([s]) => isoOfDay(s));
    expect(fmt(weeksOfMonth(june, 'END_MONTH'))).toEqual([
      '2025-06-01',
      '2025-06-08',
      '2025-06-15',
      '2025-06-22',
    ]);
    expect(fmt(weeksOfMonth(june, 'START_MONTH'))).toEqual([
      '2025-06-01',
      '2025-06-08',
      '2025-06-15',
      '2025-06-22',
      '2025-06-29',
    ]);
    expect(fmt(weeksOfMonth(dayNumber('2025-07-10'), 'MAJORITY'))).toEqual([
      '2025-06-29',
      '2025-07-06',
      '2025-07-13',
      '2025-07-20',
      '2025-07-27',
    ]);
  });
  it('forms rolling 7-day and N-consecutive-monitoring-day windows', () => {
    const r = ['2025-06-01', '2025-06-03', '2025-06-08', '2025-06-09'].map((d) => makeResult(d, '1'));
    const sorted = sortSamples(r);
    const values = buildDailyValues(
      sorted.samples,
      sorted.days,
      dailyContextFor(makeLimit(), statisticsSettings()),
    );
    const rolling = windowsOf(values, { kind: 'ROLLING_DAYS', days: 7 }).map((w) => [
      isoOfDay(w.start),
      w.to - w.from,
    ]);
    expect(rolling).toEqual([
      ['2025-05-26', 1],
      ['2025-05-28', 2],
      ['2025-06-02', 2],
      ['2025-06-03', 3],
    ]);
    const consecutive = windowsOf(values, { kind: 'CONSECUTIVE_MONITORING_DAYS', days: 4 });
    expect(consecutive.map((w) => [isoOfDay(w.start), isoOfDay(w.end)])).toEqual([
      ['2025-06-01', '2025-06-09'],
    ]);
    expect(LIMIT_BASES.sevenDayAverage.days).toBe(7);
  });
});

describe('statistics', () => {
  it('computes max, min, total, arithmetic and geometric means exactly', () => {
    const v = ['1.20', '2.80', '0', '1.10'];
    expect([maxOf(v), minOf(v), totalOf(v), arithmeticMean(v)].map(String)).toEqual([
      '2.8',
      '0',
      '5.1',
      '1.275',
    ]);
    expect(geometricMean(['10', '100', '1000']).toString()).toBe('100');
    expect(geometricMean(['1', '10', '100']).toString()).toBe('10');
    expect(() => geometricMean(['0'])).toThrow(RangeError);
  });
});
