import { describe, expect, it } from 'vitest';
import { evaluatePretreatmentSnc } from '../src/snc/evaluate-pretreatment-snc';
import { sncWindowContaining } from '../src/snc/windows';
import { makeMeasurement, makeSeries } from './snc-factories';

const ASOF_CLOSED = '2025-07-15';
const H1 = sncWindowContaining('2025-03-01', 'FIXED_SEMIANNUAL');

describe('domain-spec §4.4 worked examples', () => {
  it('S1: copper 3.38 mg/L, TRC 1.2 → 4.056: chronic 4/6 and TRC 2/6 are both SNC', () => {
    const r = evaluatePretreatmentSnc({
      asOf: ASOF_CLOSED,
      window: H1,
      isSignificantIndustrialUser: true,
      measurements: makeSeries(['3.0', '4.1', '3.5', '4.056', '2.0', '3.9']),
    });
    expect(r.window).toEqual({
      mode: 'FIXED_SEMIANNUAL',
      start: '2025-01-01',
      end: '2025-06-30',
      label: '2025-H1',
    });
    const [s] = r.series;
    expect(s?.chronic).toMatchObject({
      isMet: true,
      exceeding: 4,
      total: 6,
      percent: '66.7',
      test: '100 × 4 >= 66 × 6',
    });
    expect(s?.chronic.exceedingKeys).toEqual([
      'daily|2025-01-02',
      'daily|2025-01-03',
      'daily|2025-01-04',
      'daily|2025-01-06',
    ]);
    expect(s?.trc).toMatchObject({ isMet: true, exceeding: 2, total: 6, percent: '33.3' });
    expect(s?.trc?.exceedingKeys).toEqual(['daily|2025-01-02', 'daily|2025-01-04']);
    expect(s?.measurements[3]?.bounds[0]).toMatchObject({
      trcFactor: '1.2',
      trcValue: '4.056',
      meetsTrc: true,
    });
    expect(r.criteriaMet).toEqual(['A', 'B']);
    expect(r.isSnc).toBe(true);
    expect(r.findings.map((f) => [f.criterion, f.parameterCode, f.windowStart, f.windowEnd])).toEqual([
      ['A', '01042', '2025-01-01', '2025-06-30'],
      ['B', '01042', '2025-01-01', '2025-06-30'],
    ]);
    expect(r.criteria.A.reasons[0]).toBe(
      'Parameter 01042 at 001 (daily limits): 4 of 6 measurements (66.7 %) exceed the limit; 100 × 4 >= 66 × 6 is true → SNC (A).',
    );
  });

  it('S2: BOD 300 mg/L, TRC 1.4 → 420: chronic 2/6 and TRC 1/6 are not SNC', () => {
    const r = evaluatePretreatmentSnc({
      asOf: ASOF_CLOSED,
      window: H1,
      isSignificantIndustrialUser: true,
      measurements: makeSeries(['250', '430', '310', '280', '200', '260'], {
        parameterCode: '00310',
        limit: '300',
        trcClass: '1.4',
      }),
    });
    const [s] = r.series;
    expect(s?.chronic).toMatchObject({ isMet: false, exceeding: 2, total: 6, percent: '33.3' });
    expect(s?.trc).toMatchObject({ isMet: false, exceeding: 1, total: 6, percent: '16.7' });
    expect(s?.measurements[1]?.bounds[0]?.trcValue).toBe('420');
    expect(r.isSnc).toBe(false);
    expect(r.criteriaMet).toEqual([]);
  });

  it('S3: pH 5.0–11.0 instantaneous, 7 of 10 grabs below 5.0 → SNC (A); no TRC test', () => {
    const values = ['4.6', '4.8', '5.5', '4.9', '4.2', '6.0', '4.7', '4.4', '7.1', '4.9'];
    const rows = values.flatMap((value, i) =>
      (['min', 'max'] as const).map((direction) =>
        makeMeasurement({
          id: `ph${i}`,
          value,
          date: '2025-03-04',
          parameterCode: '00400',
          limitKind: 'instantaneous',
          trcClass: 'none',
          direction,
          limit: direction === 'min' ? '5.0' : '11.0',
        }),
      ),
    );
    const r = evaluatePretreatmentSnc({
      asOf: ASOF_CLOSED,
      window: H1,
      isSignificantIndustrialUser: true,
      measurements: rows,
    });
    const [s] = r.series;
    expect(s?.chronic).toMatchObject({ isMet: true, exceeding: 7, total: 10, percent: '70.0' });
    expect(s?.trc).toBeNull();
    expect(s?.measurements.every((m) => m.bounds.every((b) => b.trcValue === null))).toBe(true);
    expect(r.criteriaMet).toEqual(['A']);
    expect(r.criteria.B.reasons).toEqual([]);
  });

  it.each([
    [33, true, '66.0'],
    [32, false, '64.0'],
  ])('S4: %i of 50 over the limit → SNC(A) %s', (over, isSnc, percent) => {
    const values = Array.from({ length: 50 }, (_, i) => (i < over ? '3.39' : '3.38'));
    const r = evaluatePretreatmentSnc({
      asOf: ASOF_CLOSED,
      window: H1,
      isSignificantIndustrialUser: true,
      measurements: makeSeries(values),
    });
    expect(r.series[0]?.chronic).toMatchObject({ isMet: isSnc, exceeding: over, total: 50, percent });
    expect(r.criteria.A.isMet).toBe(isSnc);
  });

  it.each([
    ['2025-03-17', 45, 45, false],
    ['2025-03-18', 45, 46, true],
    ['2025-03-17', 30, 45, true],
    ['2025-03-18', 30, 46, true],
    ['2025-03-02', 30, 30, false],
  ])(
    'S5: periodic report due 2025-01-31 received %s under a %i-day rule',
    (received, days, daysLate, isSnc) => {
      const r = evaluatePretreatmentSnc({
        asOf: '2025-06-30',
        isSignificantIndustrialUser: true,
        reports: [{ id: 'pcr', kind: 'periodic-compliance', dueDate: '2025-01-31', receivedDate: received }],
        settings: { lateReportDays: days },
      });
      expect(r.reports[0]).toMatchObject({ daysLate, isSnc, allowedDays: days });
      expect(r.criteria.F.isMet).toBe(isSnc);
      expect(r.settings.lateReportDays).toBe(days);
    },
  );

  it.each([
    ['2025-08-30', 90, false, null],
    ['2025-08-31', 91, true, '2025-08-31'],
  ])('S6: complete construction due 2025-06-01, achieved %s', (achieved, daysLate, isSnc, sncFrom) => {
    const r = evaluatePretreatmentSnc({
      asOf: '2025-12-31',
      isSignificantIndustrialUser: true,
      milestones: [
        { id: 'cc', kind: 'complete-construction', scheduledDate: '2025-06-01', achievedDate: achieved },
      ],
    });
    expect(r.window.label).toBe('2025-H2');
    expect(r.milestones[0]).toMatchObject({ daysLate, isSnc, sncFrom, isOutstanding: false });
    expect(r.criteriaMet).toEqual(isSnc ? ['E'] : []);
  });

  it('S6: a milestone still open on 2025-09-01 is SNC as of 2025-08-31', () => {
    const milestones = [{ id: 'cc', kind: 'complete-construction' as const, scheduledDate: '2025-06-01' }];
    const open = evaluatePretreatmentSnc({
      asOf: '2025-09-01',
      isSignificantIndustrialUser: true,
      milestones,
    });
    expect(open.milestones[0]).toMatchObject({
      daysLate: 92,
      isOutstanding: true,
      isSnc: true,
      sncFrom: '2025-08-31',
    });
    const dayBefore = evaluatePretreatmentSnc({
      asOf: '2025-08-30',
      isSignificantIndustrialUser: true,
      milestones,
    });
    expect(dayBefore.milestones[0]).toMatchObject({ daysLate: 90, isSnc: false, sncFrom: null });
  });

  it('S7: limit 0.34 × TRC 1.2 = 0.408 exactly; a result of 0.408 meets TRC', () => {
    const r = evaluatePretreatmentSnc({
      asOf: ASOF_CLOSED,
      window: H1,
      isSignificantIndustrialUser: true,
      measurements: makeSeries(['0.408', '0.1', '0.1'], { limit: '0.34' }),
    });
    const m = r.series[0]?.measurements[0];
    expect(m?.bounds[0]).toMatchObject({ trcValue: '0.408', meetsTrc: true, isOutside: true });
    expect(r.series[0]?.trc).toMatchObject({ exceeding: 1, total: 3, isMet: true });
    expect(r.criteriaMet).toEqual(['B']);
  });

  it.each([
    ['0.17', '1.2', '0.204'],
    ['0.68', '1.2', '0.816'],
    ['1.36', '1.2', '1.632'],
    ['2.72', '1.2', '3.264'],
    ['4.11', '1.4', '5.754'],
  ] as const)('S7 companions: limit %s × %s = %s meets TRC at equality', (limit, trcClass, product) => {
    const r = evaluatePretreatmentSnc({
      asOf: ASOF_CLOSED,
      window: H1,
      isSignificantIndustrialUser: true,
      measurements: makeSeries([product], { limit, trcClass }),
    });
    expect(r.series[0]?.measurements[0]?.bounds[0]).toMatchObject({ trcValue: product, meetsTrc: true });
  });

  it('S8: an "interim sampling report" milestone 120 days late is not criterion E', () => {
    const r = evaluatePretreatmentSnc({
      asOf: '2025-12-31',
      isSignificantIndustrialUser: true,
      milestones: [
        { id: 'isr', kind: 'other', description: 'interim sampling report', scheduledDate: '2025-07-01' },
      ],
    });
    expect(r.milestones[0]).toMatchObject({
      daysLate: 183,
      isCoveredKind: false,
      isSnc: false,
      sncFrom: null,
    });
    expect(r.criteria.E).toEqual({ criterion: 'E', isApplicable: true, isMet: false, reasons: [] });
    expect(r.isSnc).toBe(false);
  });
});
