import { describe, expect, it } from 'vitest';
import { evaluatePretreatmentSnc } from '../src/snc/evaluate-pretreatment-snc';
import { meetsPercentThreshold, percentText } from '../src/snc/ratio';
import type { SncMeasurement } from '../src/snc/types';
import { makeMeasurement, makeSeries } from './snc-factories';

const H1 = { asOf: '2025-06-30', isSignificantIndustrialUser: true } as const;

function chronicOf(measurements: SncMeasurement[], settings = {}) {
  return evaluatePretreatmentSnc({ ...H1, measurements, settings }).series.map((s) => [
    s.limitKind,
    s.chronic.exceeding,
    s.chronic.total,
    s.chronic.isMet,
  ]);
}

describe('§4.3 thresholds are percentages compared as integers', () => {
  it.each([
    [33, 50, 66, true],
    [32, 50, 66, false],
    [2, 3, 66, true],
    [1, 3, 33, true],
    [1, 4, 33, false],
    [1, 1, 66, true],
    [0, 0, 33, false],
  ])('%i of %i against %i %% → %s', (k, n, pct, expected) => {
    expect(meetsPercentThreshold(k, n, pct)).toBe(expected);
  });
  it('refuses impossible counts', () => {
    expect(() => meetsPercentThreshold(3, 2, 66)).toThrow(RangeError);
    expect(() => meetsPercentThreshold(1.5, 2, 66)).toThrow(RangeError);
  });
  it('formats the percentage with one decimal, half up', () => {
    expect([
      percentText(2, 3),
      percentText(1, 6),
      percentText(33, 50),
      percentText(1, 8),
      percentText(0, 0),
    ]).toEqual(['66.7', '16.7', '66.0', '12.5', '0.0']);
  });
});

describe('§4.3 what counts as a measurement', () => {
  const sameDay = [
    makeMeasurement({ id: 'a', value: '4.0', date: '2025-02-03' }),
    makeMeasurement({ id: 'b', value: '2.0', date: '2025-02-03' }),
    makeMeasurement({ id: 'c', value: '1.0', date: '2025-02-04' }),
  ];

  it('(3) daily limits: same-day results average into one daily value by default', () => {
    const r = evaluatePretreatmentSnc({ ...H1, measurements: sameDay });
    const s = r.series[0]!;
    expect(s.measurements.map((m) => [m.key, m.sourceIds, m.bounds[0]?.value, m.exceedsLimit])).toEqual([
      ['daily|2025-02-03', ['a', 'b'], '3', false],
      ['daily|2025-02-04', ['c'], '1.0', false],
    ]);
    expect(chronicOf(sameDay)).toEqual([['daily', 0, 2, false]]);
  });

  it('(3) EACH_RESULT counts every result against a daily limit', () => {
    expect(chronicOf(sameDay, { dailyLimitCounting: 'EACH_RESULT' })).toEqual([['daily', 1, 3, false]]);
  });

  it('(4) instantaneous limits count every grab, even on one day', () => {
    const grabs = sameDay.map((m) => ({ ...m, limitKind: 'instantaneous' as const }));
    expect(chronicOf(grabs)).toEqual([['instantaneous', 1, 3, false]]);
  });

  it('(5) average-limit results count once per period, or are left out', () => {
    const rows = [
      makeMeasurement({ id: 'jan', value: '2.5', limit: '2.07', limitKind: 'average', date: '2025-01-31' }),
      makeMeasurement({ id: 'feb', value: '1.9', limit: '2.07', limitKind: 'average', date: '2025-02-28' }),
      makeMeasurement({ id: 'd1', value: '1.0', date: '2025-01-10' }),
    ];
    expect(chronicOf(rows)).toEqual([
      ['average', 1, 2, false],
      ['daily', 0, 1, false],
    ]);
    expect(chronicOf(rows, { averageLimitCounting: 'EXCLUDE' })).toEqual([['daily', 0, 1, false]]);
  });

  it('(6) limit kinds are evaluated separately by default: SNC if any kind meets A', () => {
    const rows = [
      makeMeasurement({ id: 'avg', value: '2.5', limit: '2.07', limitKind: 'average', date: '2025-01-31' }),
      ...makeSeries(['1', '1', '1'], { limitKind: 'daily' }),
    ];
    const separate = evaluatePretreatmentSnc({ ...H1, measurements: rows });
    expect(separate.series.map((s) => [s.limitKind, s.chronic.isMet])).toEqual([
      ['average', true],
      ['daily', false],
    ]);
    expect(separate.criteriaMet).toContain('A');
    const pooled = evaluatePretreatmentSnc({
      ...H1,
      measurements: rows,
      settings: { limitKindEvaluation: 'POOLED' },
    });
    expect(
      pooled.series.map((s) => [s.limitKind, s.chronic.exceeding, s.chronic.total, s.chronic.isMet]),
    ).toEqual([['pooled', 1, 4, false]]);
    expect(pooled.settings.limitKindEvaluation).toBe('POOLED');
  });

  it('(1) series are per parameter and per monitoring point', () => {
    const rows = [
      ...makeSeries(['4', '4'], { monitoringPoint: '001' }),
      ...makeSeries(['1', '1'], { monitoringPoint: '002' }),
      ...makeSeries(['1'], { parameterCode: '01092', limit: '2.61' }),
    ];
    const r = evaluatePretreatmentSnc({ ...H1, measurements: rows });
    expect(r.series.map((s) => [s.parameterCode, s.monitoringPoint, s.chronic.isMet])).toEqual([
      ['01042', '001', true],
      ['01042', '002', false],
      ['01092', '001', false],
    ]);
    expect(r.findings.map((f) => [f.criterion, f.parameterCode, f.monitoringPoint])).toEqual([
      ['A', '01042', '001'],
    ]);
  });

  it('(2) QA-invalidated results and results after asOf or outside the window are not counted', () => {
    const rows = [
      makeMeasurement({ id: 'bad', value: '9', isInvalid: true }),
      makeMeasurement({ id: 'late', value: '9', date: '2025-05-02' }),
      makeMeasurement({ id: 'dec', value: '9', date: '2024-12-31' }),
      makeMeasurement({ id: 'ok', value: '1', date: '2025-05-01' }),
    ];
    const r = evaluatePretreatmentSnc({
      asOf: '2025-05-01',
      isSignificantIndustrialUser: true,
      measurements: rows,
    });
    expect(r.series[0]?.measurements.map((m) => m.sourceIds[0])).toEqual(['ok']);
    expect(r.isSnc).toBe(false);
  });

  it('(7) a non-detect counts in the total but never as an exceedance; a DL above the limit goes to review', () => {
    const rows = [
      makeMeasurement({ id: 'nd-high', value: '5', isNonDetect: true, date: '2025-01-02' }),
      makeMeasurement({ id: 'nd-low', value: '0.01', isNonDetect: true, date: '2025-01-03' }),
      makeMeasurement({ id: 'hit', value: '3.5', date: '2025-01-04' }),
    ];
    const r = evaluatePretreatmentSnc({ ...H1, measurements: rows });
    const s = r.series[0]!;
    expect(s.reviewKeys).toEqual(['daily|2025-01-02']);
    expect([s.chronic.exceeding, s.chronic.total, s.trc?.exceeding]).toEqual([1, 3, 0]);
    const counted = evaluatePretreatmentSnc({
      ...H1,
      measurements: rows,
      settings: { nonDetectAboveLimit: 'COUNT' },
    });
    expect([counted.series[0]?.chronic.exceeding, counted.series[0]?.trc?.exceeding]).toEqual([2, 1]);
    expect(counted.criteriaMet).toEqual(['A', 'B']);
  });

  it('(9) one measurement over the limit is 1/1 = 100 %: chronic SNC; over TRC also TRC SNC', () => {
    expect(evaluatePretreatmentSnc({ ...H1, measurements: makeSeries(['3.39']) }).criteriaMet).toEqual(['A']);
    expect(evaluatePretreatmentSnc({ ...H1, measurements: makeSeries(['4.056']) }).criteriaMet).toEqual([
      'A',
      'B',
    ]);
  });

  it('(10) chronic uses > (equal to the limit complies); TRC uses >=', () => {
    const r = evaluatePretreatmentSnc({ ...H1, measurements: makeSeries(['3.38', '4.0559']) });
    expect([r.series[0]?.chronic.exceeding, r.series[0]?.trc?.exceeding]).toEqual([1, 0]);
  });

  it('(12) a per-program TRC override replaces the class factor; null removes the test', () => {
    const rows = makeSeries(['4.0', '1', '1'], { parameterCode: '00340', trcClass: '1.2', limit: '3' });
    const bod = evaluatePretreatmentSnc({
      ...H1,
      measurements: rows,
      settings: { trcFactorOverrides: { '00340': '1.4' } },
    });
    expect(bod.series[0]?.measurements[0]?.bounds[0]).toMatchObject({
      trcFactor: '1.4',
      trcValue: '4.2',
      meetsTrc: false,
    });
    const none = evaluatePretreatmentSnc({
      ...H1,
      measurements: rows,
      settings: { trcFactorOverrides: { '00340': null } },
    });
    expect(none.series[0]?.trc).toBeNull();
  });

  it('a pH reading above the maximum of a range is an exceedance too', () => {
    const rows = (['min', 'max'] as const).map((direction) =>
      makeMeasurement({
        id: 'g1',
        value: '11.5',
        parameterCode: '00400',
        limitKind: 'instantaneous',
        trcClass: 'none',
        direction,
        limit: direction === 'min' ? '5.0' : '11.0',
      }),
    );
    const s = evaluatePretreatmentSnc({ ...H1, measurements: rows }).series[0]!;
    expect(s.measurements.map((m) => m.bounds.map((b) => [b.direction, b.isOutside]))).toEqual([
      [
        ['max', true],
        ['min', false],
      ],
    ]);
    expect([s.chronic.exceeding, s.chronic.total]).toEqual([1, 1]);
  });
});
