import { describe, expect, it } from 'vitest';
import { evaluatePretreatmentSnc } from '../src/snc/evaluate-pretreatment-snc';
import { sncWindowContaining } from '../src/snc/windows';
import { makeSeries } from './snc-factories';

const H2 = sncWindowContaining('2025-07-01', 'FIXED_SEMIANNUAL');

describe('criterion E (403.8(f)(2)(viii)(E))', () => {
  it.each(['start-construction', 'complete-construction', 'final-compliance'] as const)(
    '%s 91 days late is SNC',
    (kind) => {
      const r = evaluatePretreatmentSnc({
        asOf: '2025-12-31',
        isSignificantIndustrialUser: true,
        milestones: [{ id: 'm', kind, scheduledDate: '2025-07-01', achievedDate: '2025-09-30' }],
      });
      expect(r.milestones[0]).toMatchObject({ daysLate: 91, isSnc: true, sncFrom: '2025-09-30' });
    },
  );

  it('a late milestone stays SNC in the next window while open, not once achieved before it', () => {
    const open = [{ id: 'm', kind: 'final-compliance' as const, scheduledDate: '2025-03-01' }];
    const next = evaluatePretreatmentSnc({
      asOf: '2025-08-01',
      window: H2,
      isSignificantIndustrialUser: true,
      milestones: open,
    });
    expect(next.milestones[0]).toMatchObject({ isSnc: true, sncFrom: '2025-05-31', daysLate: 153 });
    const done = [{ ...open[0]!, achievedDate: '2025-06-15' }];
    const after = evaluatePretreatmentSnc({
      asOf: '2025-08-01',
      window: H2,
      isSignificantIndustrialUser: true,
      milestones: done,
    });
    expect(after.milestones[0]).toMatchObject({ isSnc: false, sncFrom: '2025-05-31', daysLate: 106 });
    expect(after.milestones[0]?.explanation).toBe(
      "Milestone 'final-compliance' due 2025-03-01, achieved 2025-06-15: 106 days late; SNC from day 91 (2025-05-31), outside this window.",
    );
  });
});

describe('criterion F (403.8(f)(2)(viii)(F))', () => {
  it('an unreceived report becomes SNC on day 46 and stays so', () => {
    const reports = [{ id: 'r', kind: 'baseline-monitoring' as const, dueDate: '2025-07-01' }];
    const day45 = evaluatePretreatmentSnc({ asOf: '2025-08-15', isSignificantIndustrialUser: true, reports });
    expect(day45.reports[0]).toMatchObject({ daysLate: 45, isOutstanding: true, isSnc: false });
    const day46 = evaluatePretreatmentSnc({ asOf: '2025-08-16', isSignificantIndustrialUser: true, reports });
    expect(day46.reports[0]).toMatchObject({ daysLate: 46, isSnc: true, sncFrom: '2025-08-16' });
    expect(day46.criteriaMet).toEqual(['F']);
  });

  it('only BMRs, 90-day, periodic and compliance schedule reports count', () => {
    const r = evaluatePretreatmentSnc({
      asOf: '2025-12-31',
      isSignificantIndustrialUser: true,
      reports: [
        { id: 'slug', kind: 'other', dueDate: '2025-07-01' },
        { id: 'dmr', kind: 'dmr', dueDate: '2025-07-01' },
        {
          id: 'csr',
          kind: 'compliance-schedule-progress',
          dueDate: '2025-07-01',
          receivedDate: '2025-09-01',
        },
        { id: 'n90', kind: 'ninety-day-compliance', dueDate: '2025-07-01', receivedDate: '2025-07-20' },
      ],
    });
    expect(r.reports.map((x) => [x.reportId, x.isCoveredKind, x.daysLate, x.isSnc])).toEqual([
      ['csr', true, 62, true],
      ['dmr', false, 183, false],
      ['n90', true, 19, false],
      ['slug', false, 183, false],
    ]);
  });

  it('a received date after asOf is treated as not yet received', () => {
    const r = evaluatePretreatmentSnc({
      asOf: '2025-08-01',
      isSignificantIndustrialUser: true,
      reports: [{ id: 'p', kind: 'periodic-compliance', dueDate: '2025-07-31', receivedDate: '2025-08-05' }],
    });
    expect(r.reports[0]).toMatchObject({
      receivedDate: null,
      isOutstanding: true,
      daysLate: 1,
      isSnc: false,
    });
  });
});

describe('criteria C, D, G, H and who they apply to', () => {
  const determinations = [
    { id: 'c1', criterion: 'C' as const, occurredOn: '2025-08-02', note: 'pass-through of copper' },
    { id: 'd1', criterion: 'D' as const, occurredOn: '2025-09-10', source: 'emergency-halt' as const },
    { id: 'g1', criterion: 'G' as const, occurredOn: '2025-10-01' },
    { id: 'h1', criterion: 'H' as const, occurredOn: '2025-03-01', endedOn: '2025-06-30' },
  ];

  it('counts determinations whose dates overlap the window, up to asOf', () => {
    const r = evaluatePretreatmentSnc({
      asOf: '2025-09-30',
      window: H2,
      isSignificantIndustrialUser: true,
      determinations,
    });
    expect(r.determinations.map((d) => [d.determinationId, d.isSnc])).toEqual([
      ['c1', true],
      ['d1', true],
      ['g1', false],
      ['h1', false],
    ]);
    expect(r.criteriaMet).toEqual(['C', 'D']);
    expect(r.criteria.C.reasons).toEqual([
      'Criterion C: POTW determination for 2025-08-02: pass-through of copper.',
    ]);
    expect(r.criteria.D.reasons).toEqual(['Criterion D: emergency halt of the discharge for 2025-09-10.']);
  });

  it('a non-significant IU is in SNC only under C, D or H', () => {
    const r = evaluatePretreatmentSnc({
      asOf: '2025-12-31',
      window: H2,
      isSignificantIndustrialUser: false,
      determinations,
      measurements: makeSeries(['9', '9'], { date: '2025-08-01' }),
      reports: [{ id: 'p', kind: 'periodic-compliance', dueDate: '2025-07-31' }],
    });
    expect(r.criteriaMet).toEqual(['C', 'D']);
    expect(r.criteria.A).toMatchObject({ isApplicable: false, isMet: false });
    expect(r.criteria.G).toMatchObject({ isApplicable: false, isMet: false });
    expect(r.criteria.H).toMatchObject({ isApplicable: true, isMet: false });
    expect(r.findings.map((f) => f.criterion)).toEqual(['C', 'D']);
    expect(r.warnings).toEqual([]);
  });
});
