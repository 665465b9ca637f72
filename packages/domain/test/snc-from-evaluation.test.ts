import { describe, expect, it } from 'vitest';
import { evaluateSeries } from '../src/limits/evaluate-series';
import { LIMIT_BASES } from '../src/limits/limit';
import { evaluatePretreatmentSnc } from '../src/snc/evaluate-pretreatment-snc';
import { sncMeasurementsFromValues, sncTrcClassOf } from '../src/snc/from-evaluation';
import { isWithinMargin, nearSnc } from '../src/snc/near-snc';
import { sncWindowContaining } from '../src/snc/windows';
import { DEFAULT_STATISTICS_SETTINGS } from '../src/stats/settings';
import { makeLimit, makeResult } from './limits-factories';

const H1 = sncWindowContaining('2025-03-01', 'FIXED_SEMIANNUAL');
const settings = DEFAULT_STATISTICS_SETTINGS;
const day = (i: number) => `2025-0${1 + Math.floor(i / 28)}-${String(1 + (i % 28)).padStart(2, '0')}`;

function measurementsOf(
  values: string[],
  limits: Parameters<typeof evaluateSeries>[0]['limits'],
  parameterCode: string,
  opts: { unit?: string; sameDay?: boolean } = {},
) {
  const results = values.map((v, i) =>
    makeResult(opts.sameDay ? '2025-02-03' : day(i), v, {
      parameterCode,
      ...(opts.unit ? { unit: opts.unit as never } : {}),
    }),
  );
  const evaluation = evaluateSeries({ results, limits, settings, range: { from: H1.start, to: H1.end } });
  return { results, rows: sncMeasurementsFromValues(evaluation.values, settings) };
}

function snc(rows: ReturnType<typeof sncMeasurementsFromValues>) {
  return evaluatePretreatmentSnc({
    asOf: '2025-07-15',
    window: H1,
    isSignificantIndustrialUser: true,
    measurements: rows,
  });
}

describe('SNC measurements from the effluent engine', () => {
  it('S1: copper daily max 3.38 — stored-style results give 4/6 chronic and 2/6 TRC', () => {
    const limit = makeLimit({ id: 'cu-dd', parameterCode: '01042', value: '3.38' });
    const { rows } = measurementsOf(['3.0', '4.1', '3.5', '4.056', '2.0', '3.9'], [limit], '01042');
    expect(rows).toHaveLength(6);
    expect(rows[3]).toMatchObject({
      value: '4.056',
      limit: '3.38',
      direction: 'max',
      limitKind: 'daily',
      trcClass: '1.2',
      date: '2025-01-04',
    });
    const r = snc(rows);
    expect(r.criteriaMet).toEqual(['A', 'B']);
    expect(r.series[0]!.chronic).toMatchObject({ exceeding: 4, total: 6, percent: '66.7' });
    expect(r.series[0]!.trc).toMatchObject({ exceeding: 2, total: 6, percent: '33.3' });
  });

  it('S2: BOD local limit 300 (TRC 1.4) — 2/6 and 1/6, not SNC', () => {
    const limit = makeLimit({ id: 'bod', parameterCode: '00310', value: '300' });
    const { rows } = measurementsOf(['250', '430', '310', '280', '200', '260'], [limit], '00310');
    expect(rows.every((r) => r.trcClass === '1.4')).toBe(true);
    const r = snc(rows);
    expect(r.isSnc).toBe(false);
    expect(r.series[0]!.chronic).toMatchObject({ exceeding: 2, total: 6 });
    expect(r.series[0]!.trc).toMatchObject({ exceeding: 1, total: 6 });
  });

  it('S3: pH 5.0–11.0 instantaneous — every grab is one measurement (two rows, one id), 7/10, no TRC', () => {
    const min = makeLimit({
      id: 'ph-min',
      parameterCode: '00400',
      basis: LIMIT_BASES.instantaneous,
      value: '5.0',
      unit: 'SU',
      direction: 'min',
    });
    const max = { ...min, id: 'ph-max', value: '11.0', direction: 'max' as const };
    const grabs = ['4.6', '4.8', '5.5', '4.9', '4.2', '6.0', '4.7', '4.4', '7.1', '4.9'];
    // all ten grabs on one day: instantaneous limits still count each grab
    const { results, rows } = measurementsOf(grabs, [min, max], '00400', { unit: 'SU', sameDay: true });
    expect(rows).toHaveLength(20);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(results.map((r) => r.id)));
    expect(rows.every((r) => r.trcClass === 'none' && r.limitKind === 'instantaneous')).toBe(true);
    const r = snc(rows);
    expect(r.criteriaMet).toEqual(['A']);
    expect(r.series[0]!.chronic).toMatchObject({ exceeding: 7, total: 10, percent: '70.0' });
    expect(r.series[0]!.trc).toBeNull();
  });

  it('S4: 33 of 50 over the limit is 66.0 % (SNC); 32 of 50 is not', () => {
    const limit = makeLimit({ id: 'zn', parameterCode: '01092', value: '1' });
    const values = (over: number) => Array.from({ length: 50 }, (_, i) => (i < over ? '1.01' : '0.5'));
    expect(snc(measurementsOf(values(33), [limit], '01092').rows).criteria.A.isMet).toBe(true);
    expect(snc(measurementsOf(values(32), [limit], '01092').rows).criteria.A.isMet).toBe(false);
  });

  it('S7: 0.408 against 0.34 × 1.2 meets TRC exactly (decimal path)', () => {
    const limit = makeLimit({ id: 'cd', parameterCode: '01027', value: '0.34' });
    const { rows } = measurementsOf(['0.408', '0.1', '0.1'], [limit], '01027');
    const r = snc(rows);
    expect(r.series[0]!.trc).toMatchObject({ exceeding: 1, total: 3, isMet: true });
  });

  it('average limits: one measurement per month, dated at the period end, exact mean', () => {
    const limit = makeLimit({
      id: 'cu-mo',
      parameterCode: '01042',
      value: '2.07',
      basis: LIMIT_BASES.monthlyAverage,
    });
    const results = [
      makeResult('2025-01-05', '2.0', { parameterCode: '01042' }),
      makeResult('2025-01-20', '2.2', { parameterCode: '01042' }),
      makeResult('2025-02-05', '1.0', { parameterCode: '01042' }),
    ];
    const evaluation = evaluateSeries({
      results,
      limits: [limit],
      settings,
      range: { from: H1.start, to: H1.end },
    });
    const rows = sncMeasurementsFromValues(evaluation.values, settings);
    expect(rows.map((r) => [r.date, r.value, r.limitKind])).toEqual([
      ['2025-01-31', '2.1', 'average'],
      ['2025-02-28', '1', 'average'],
    ]);
  });

  it('same-day results against a daily limit are one averaged daily value', () => {
    const limit = makeLimit({ id: 'cu', parameterCode: '01042', value: '3.38' });
    const results = [
      makeResult('2025-03-03', '3.0', { parameterCode: '01042' }),
      makeResult('2025-03-03', '4.0', { parameterCode: '01042' }),
    ];
    const evaluation = evaluateSeries({ results, limits: [limit], settings });
    const rows = sncMeasurementsFromValues(evaluation.values, settings);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.value).toBe('3.5');
  });

  it('alert-only levels are left out; non-detects carry their detection limit and the flag', () => {
    const alert = makeLimit({ id: 'tss-alert', parameterCode: '00530', value: '300', enforceable: false });
    const cu = makeLimit({ id: 'cu', parameterCode: '01042', value: '0.5' });
    const results = [
      makeResult('2025-03-03', '<1', { parameterCode: '01042' }),
      makeResult('2025-03-04', '0.2', { parameterCode: '01042' }),
    ];
    const values = [
      ...evaluateSeries({ results, limits: [cu], settings }).values,
      ...evaluateSeries({
        results: [makeResult('2025-03-03', '500', { parameterCode: '00530' })],
        limits: [alert],
        settings,
      }).values,
    ];
    const rows = sncMeasurementsFromValues(values, settings);
    expect(rows.map((r) => r.parameterCode)).toEqual(['01042', '01042']);
    expect(rows[0]).toMatchObject({ value: '1', isNonDetect: true });
    expect(rows[1]!.isNonDetect).toBeUndefined();
    // §4.3(7): the DL above the limit goes to manual review, never counted as an exceedance
    const r = snc(rows);
    expect(r.series[0]!.chronic).toMatchObject({ exceeding: 0, total: 2 });
    expect(r.series[0]!.reviewKeys).toHaveLength(1);
  });

  it('TRC classes: 1.4 for BOD/TSS/oil and grease, none for pH, 1.2 otherwise', () => {
    expect(sncTrcClassOf('00310')).toBe('1.4');
    expect(sncTrcClassOf('00530')).toBe('1.4');
    expect(sncTrcClassOf('00400')).toBe('none');
    expect(sncTrcClassOf('99999', 'SU')).toBe('none');
    expect(sncTrcClassOf('01042')).toBe('1.2');
  });
});

describe('near SNC', () => {
  it('isWithinMargin decides in integers', () => {
    expect(isWithinMargin(28, 50, 66, 10)).toBe(true); // 56 %
    expect(isWithinMargin(27, 50, 66, 10)).toBe(false); // 54 %
    expect(isWithinMargin(33, 50, 66, 10)).toBe(false); // 66 % is SNC, not near
    expect(isWithinMargin(1, 4, 33, 10)).toBe(true); // 25 % within 10 of 33
    expect(isWithinMargin(1, 5, 33, 10)).toBe(false); // 20 %
    expect(isWithinMargin(0, 5, 33, 40)).toBe(false); // nothing exceeded
    expect(isWithinMargin(0, 0, 66, 10)).toBe(false);
  });

  it('flags A at 4 of 7 (57.1 %) and B at 2 of 7 (28.6 %) with a 10-point margin; not at 5 points', () => {
    const limit = makeLimit({ id: 'cu', parameterCode: '01042', value: '3.38' });
    const { rows } = measurementsOf(['4.1', '4.1', '3.5', '3.5', '1', '1', '1'], [limit], '01042');
    const r = snc(rows);
    expect(r.isSnc).toBe(false);
    const near = nearSnc(r, 10);
    expect(near.map((w) => [w.criterion, w.exceeding, w.total, w.percent])).toEqual([
      ['A', 4, 7, '57.1'],
      ['B', 2, 7, '28.6'],
    ]);
    expect(near[0]!.message).toContain('4 of 7 measurements (57.1 %)');
    expect(nearSnc(r, 5).map((w) => w.criterion)).toEqual(['B']);
    expect(nearSnc(r, 0)).toEqual([]);
  });

  it('is not raised for a series already in SNC, nor for a non-SIU', () => {
    const limit = makeLimit({ id: 'cu', parameterCode: '01042', value: '3.38' });
    const { rows } = measurementsOf(['3.0', '4.1', '3.5', '4.056', '2.0', '3.9'], [limit], '01042');
    expect(nearSnc(snc(rows), 20)).toEqual([]);
    const nonSiu = evaluatePretreatmentSnc({
      asOf: '2025-07-15',
      window: H1,
      isSignificantIndustrialUser: false,
      measurements: measurementsOf(['4.1', '3.5', '1', '1', '1', '1'], [limit], '01042').rows,
    });
    expect(nearSnc(nonSiu, 40)).toEqual([]);
    expect(() => nearSnc(nonSiu, 1.5)).toThrow(RangeError);
  });
});
