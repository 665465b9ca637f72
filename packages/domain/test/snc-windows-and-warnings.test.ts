import { describe, expect, it } from 'vitest';
import { evaluatePretreatmentSnc } from '../src/snc/evaluate-pretreatment-snc';
import { sncWindowContaining, sncWindowsEndingBetween } from '../src/snc/windows';
import { makeMeasurement, makeSeries } from './snc-factories';

describe('§4.2 SNC windows', () => {
  it.each([
    ['2025-01-01', 'FIXED_SEMIANNUAL', '2025-01-01', '2025-06-30', '2025-H1'],
    ['2025-06-30', 'FIXED_SEMIANNUAL', '2025-01-01', '2025-06-30', '2025-H1'],
    ['2025-07-01', 'FIXED_SEMIANNUAL', '2025-07-01', '2025-12-31', '2025-H2'],
    ['2025-02-15', 'ROLLING_QUARTERLY', '2024-10-01', '2025-03-31', '2024-Q4+Q1'],
    ['2025-05-20', 'ROLLING_QUARTERLY', '2025-01-01', '2025-06-30', '2025-Q1+Q2'],
    ['2025-12-31', 'ROLLING_QUARTERLY', '2025-07-01', '2025-12-31', '2025-Q3+Q4'],
  ] as const)('%s under %s → %s..%s', (date, mode, start, end, label) => {
    expect(sncWindowContaining(date, mode)).toEqual({ mode, start, end, label });
  });

  it('lists the windows ending in a range (the 12-month public notice)', () => {
    expect(
      sncWindowsEndingBetween('2025-01-01', '2025-12-31', 'ROLLING_QUARTERLY').map((w) => w.label),
    ).toEqual(['2024-Q4+Q1', '2025-Q1+Q2', '2025-Q2+Q3', '2025-Q3+Q4']);
    expect(
      sncWindowsEndingBetween('2024-07-01', '2025-06-30', 'FIXED_SEMIANNUAL').map((w) => w.label),
    ).toEqual(['2024-H2', '2025-H1']);
    expect(sncWindowsEndingBetween('2025-01-01', '2025-06-29', 'FIXED_SEMIANNUAL')).toEqual([]);
  });

  it('a rolling window catches exceedances split across the half-year boundary', () => {
    const rows = [
      makeMeasurement({ id: 'a', value: '4', date: '2025-05-10' }),
      makeMeasurement({ id: 'b', value: '4', date: '2025-06-10' }),
      makeMeasurement({ id: 'c', value: '1', date: '2025-03-10' }),
      makeMeasurement({ id: 'd', value: '4', date: '2025-07-10' }),
      makeMeasurement({ id: 'e', value: '1', date: '2025-08-10' }),
      makeMeasurement({ id: 'f', value: '1', date: '2025-09-10' }),
    ];
    const base = { asOf: '2025-09-30', isSignificantIndustrialUser: true, measurements: rows };
    const fixed = evaluatePretreatmentSnc({
      ...base,
      window: sncWindowContaining('2025-06-30', 'FIXED_SEMIANNUAL'),
    });
    expect(fixed.series[0]?.chronic).toMatchObject({ exceeding: 2, total: 3, isMet: true });
    const rolling = evaluatePretreatmentSnc({ ...base, settings: { windowMode: 'ROLLING_QUARTERLY' } });
    expect(rolling.window.label).toBe('2025-Q2+Q3');
    expect(rolling.series[0]?.chronic).toMatchObject({ exceeding: 3, total: 5, isMet: false });
    expect(rolling.settings.windowMode).toBe('ROLLING_QUARTERLY');
  });

  it('refuses a window of a different mode than the program setting', () => {
    expect(() =>
      evaluatePretreatmentSnc({
        asOf: '2025-06-30',
        isSignificantIndustrialUser: true,
        window: sncWindowContaining('2025-06-30', 'ROLLING_QUARTERLY'),
      }),
    ).toThrow(/differs from the program setting/);
  });
});

describe('one more exceedance puts this in SNC', () => {
  it('warns for A at 1 of 2 (2 of 3 = 66.7 %) and for B at 0 of 2 (1 of 3 = 33.3 %) while the window is open', () => {
    const r = evaluatePretreatmentSnc({
      asOf: '2025-03-01',
      isSignificantIndustrialUser: true,
      measurements: makeSeries(['3.5', '1.0']),
    });
    expect(r.isWindowOpen).toBe(true);
    expect(r.isSnc).toBe(false);
    expect(r.warnings.map((w) => [w.criterion, w.exceeding, w.total])).toEqual([
      ['A', 1, 2],
      ['B', 0, 2],
    ]);
    expect(r.warnings[0]?.message).toBe(
      'Parameter 01042 at 001 (daily limits): 1 of 2 measurements exceed the limit; one more such measurement makes 2 of 3 (≥ 66 %) and puts this in SNC (A).',
    );
  });

  it('no warning when one more would not reach the threshold, when already met, or once the window has closed', () => {
    const far = evaluatePretreatmentSnc({
      asOf: '2025-03-01',
      isSignificantIndustrialUser: true,
      measurements: makeSeries(['3.5', '1', '1', '1', '4.1']),
    });
    // A: 2 of 5 → 3 of 6 = 50 %; B: 1 of 5 → 2 of 6 = 33.3 % (warn)
    expect(far.warnings.map((w) => w.criterion)).toEqual(['B']);
    const met = evaluatePretreatmentSnc({
      asOf: '2025-03-01',
      isSignificantIndustrialUser: true,
      measurements: makeSeries(['4.1']),
    });
    expect(met.warnings).toEqual([]);
    const closed = evaluatePretreatmentSnc({
      asOf: '2025-06-30',
      isSignificantIndustrialUser: true,
      measurements: makeSeries(['3.5', '1.0']),
    });
    expect(closed.isWindowOpen).toBe(false);
    expect(closed.warnings).toEqual([]);
  });
});
