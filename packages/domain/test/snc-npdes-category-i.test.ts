import { describe, expect, it } from 'vitest';
import { evaluateNpdesCategoryI } from '../src/snc/npdes-category-i';
import type { NpdesMonthlyAverage } from '../src/snc/npdes-effluent';

const MONTHS = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];

function monthly(values: string[], overrides: Partial<NpdesMonthlyAverage> = {}): NpdesMonthlyAverage[] {
  return values.map((value, i) => ({
    id: `v${i}`,
    parameterCode: '00530',
    monitoringPoint: '1',
    month: MONTHS[i]!,
    value,
    limit: '30',
    direction: 'max',
    trcGroup: 'I',
    ...overrides,
  }));
}

describe('§9.9 NPDES Category I', () => {
  it('TRC: TSS (Group I, 1.4 → 42) at or above 42 in 2 of 6 months is Category I', () => {
    const r = evaluateNpdesCategoryI({
      asOf: '2025-07-28',
      windowEndMonth: '2025-06',
      monthlyAverages: monthly(['42', '20', '45', '20', '20', '20']),
    });
    expect(r.window).toEqual({
      start: '2025-01-01',
      end: '2025-06-30',
      months: MONTHS,
      label: '2025-01..2025-06',
    });
    expect(r.effluent[0]?.trc).toMatchObject({
      count: 2,
      threshold: 2,
      isMet: true,
      months: ['2025-01', '2025-03'],
    });
    expect(r.effluent[0]?.months[0]?.trcValue).toBe('42');
    expect(r.effluent[0]?.chronic).toMatchObject({ count: 2, isMet: false });
    expect(r.reasons).toEqual(['effluent-trc']);
    expect(r.explanation[0]).toBe(
      'Parameter 00530 at 1: monthly average at or above TRC × limit in 2 of 6 months (2025-01, 2025-03); needs 2 → Category I.',
    );
  });

  it('TRC uses the Group II factor 1.2 for metals: 0.34 × 1.2 = 0.408 exactly', () => {
    const r = evaluateNpdesCategoryI({
      asOf: '2025-07-28',
      windowEndMonth: '2025-06',
      monthlyAverages: monthly(['0.408', '0.4079'], {
        limit: '0.34',
        trcGroup: 'II',
        parameterCode: '01119',
      }),
    });
    expect(r.effluent[0]?.months.map((m) => [m.trcValue, m.meetsTrc])).toEqual([
      ['0.408', true],
      ['0.408', false],
    ]);
    expect(r.effluent[0]?.trc?.isMet).toBe(false);
  });

  it('chronic: any exceedance in 4 of 6 months; 3 is not enough', () => {
    const four = evaluateNpdesCategoryI({
      asOf: '2025-07-28',
      windowEndMonth: '2025-06',
      monthlyAverages: monthly(['31', '31', '30', '31', '31', '30']),
    });
    expect(four.effluent[0]?.chronic).toMatchObject({ count: 4, isMet: true });
    expect(four.reasons).toEqual(['effluent-chronic']);
    const three = evaluateNpdesCategoryI({
      asOf: '2025-07-28',
      windowEndMonth: '2025-06',
      monthlyAverages: monthly(['31', '31', '30', '31', '30', '30']),
    });
    expect(three.isCategoryI).toBe(false);
  });

  it('warns while the 6-month period is open and one more month would make it Category I', () => {
    const r = evaluateNpdesCategoryI({
      asOf: '2025-05-20',
      windowEndMonth: '2025-06',
      monthlyAverages: monthly(['43', '31', '31', '31']),
    });
    expect(r.isWindowOpen).toBe(true);
    expect(r.effluent[0]?.trc).toMatchObject({ count: 1, isOneExceedanceAway: true });
    expect(r.effluent[0]?.chronic).toMatchObject({ count: 4, isMet: true, isOneExceedanceAway: false });
  });

  it('ignores months outside the period and after asOf; pH (no TRC group) has no TRC test', () => {
    const rows = [
      ...monthly(['50'], { month: '2024-12' }),
      ...monthly(['50'], { month: '2025-07', id: 'jul' }),
      ...monthly(['5.0'], { parameterCode: '00400', limit: '6.0', direction: 'min', trcGroup: 'none' }),
    ];
    const r = evaluateNpdesCategoryI({ asOf: '2025-06-30', monthlyAverages: rows });
    expect(r.effluent.map((s) => [s.parameterCode, s.months.length, s.trc, s.chronic.count])).toEqual([
      ['00400', 1, null, 1],
    ]);
  });

  it('schedule milestones 90 days or more late, and reports more than 30 days late', () => {
    const r = evaluateNpdesCategoryI({
      asOf: '2025-12-31',
      windowEndMonth: '2025-12',
      milestones: [
        { id: 'm90', kind: 'start-construction', scheduledDate: '2025-07-01', achievedDate: '2025-09-29' },
        { id: 'm89', kind: 'final-compliance', scheduledDate: '2025-07-01', achievedDate: '2025-09-28' },
      ],
      reports: [
        { id: 'dmr30', kind: 'dmr', dueDate: '2025-08-28', receivedDate: '2025-09-27' },
        { id: 'dmr31', kind: 'dmr', dueDate: '2025-08-28', receivedDate: '2025-09-28' },
        {
          id: 'csr',
          kind: 'compliance-schedule-progress',
          dueDate: '2025-08-28',
          receivedDate: '2025-10-28',
        },
        { id: 'csr-final', kind: 'compliance-schedule-progress', isFinal: true, dueDate: '2025-08-28' },
      ],
    });
    expect(r.milestones.map((m) => [m.milestoneId, m.daysLate, m.isSnc])).toEqual([
      ['m89', 89, false],
      ['m90', 90, true],
    ]);
    expect(r.reports.map((x) => [x.reportId, x.daysLate, x.isSnc])).toEqual([
      ['csr', 61, false],
      ['csr-final', 125, true],
      ['dmr30', 30, false],
      ['dmr31', 31, true],
    ]);
    expect(r.reasons).toEqual(['schedule', 'reporting']);
  });

  it('an enforcement-order violation in the period is Category I', () => {
    const r = evaluateNpdesCategoryI({
      asOf: '2025-06-30',
      enforcementOrderViolations: [{ id: 'o1', occurredOn: '2025-02-01' }],
    });
    expect(r.reasons).toEqual(['enforcement-order']);
    expect(r.explanation).toEqual(['Enforcement order condition violated on 2025-02-01.']);
  });
});
