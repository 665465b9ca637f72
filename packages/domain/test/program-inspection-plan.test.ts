import { describe, expect, it } from 'vitest';
import {
  type PlanFacilityFacts,
  type PlannedActivity,
  planCounts,
  planFacility,
  reportingYearStartOf,
  slugEvaluationPlan,
} from '../src/program/inspection-plan';
import { reportingYearStarting } from '../src/program/reporting-year';

const CAL = { reportingYearStartMonth: 1, slugReevaluationMonths: 24 };
const FISCAL = { reportingYearStartMonth: 7, slugReevaluationMonths: 24 };

function facts(over: Partial<PlanFacilityFacts> = {}): PlanFacilityFacts {
  return {
    iuClass: 'SIU_CATEGORICAL',
    middleTier: false,
    siuDesignatedOn: '2020-01-15',
    permitTerm: null,
    waivedParameterCodes: [],
    inspections: [],
    authoritySamples: [],
    ...over,
  };
}

const inspection = (date: string, includesSampling = false, kind = 'routine') => ({
  kind,
  date,
  includesSampling,
});
const byKind = (activities: PlannedActivity[], kind: string, code: string | null = null) => {
  const a = activities.find((x) => x.kind === kind && x.parameterCode === code);
  if (!a) throw new Error(`no ${kind} ${code ?? ''} in ${JSON.stringify(activities)}`);
  return a;
};

describe('SIU: inspect and sample each reporting year (§3.1)', () => {
  it('is due until the year ends, overdue the day after, with the last day of the year as due date', () => {
    const plan = planFacility(facts(), CAL, 2026, '2026-12-31');
    expect(byKind(plan.activities, 'inspection')).toMatchObject({
      windowStart: '2026-01-01',
      dueDate: '2026-12-31',
      lastDone: null,
      state: 'due',
    });
    expect(byKind(plan.activities, 'sampling').state).toBe('due');
    const after = planFacility(facts(), CAL, 2026, '2027-01-01');
    expect(byKind(after.activities, 'inspection').state).toBe('overdue');
    expect(byKind(after.activities, 'sampling').state).toBe('overdue');
  });

  it('counts an inspection on the last day of the year, but not one on the first day of the next', () => {
    const lastDay = planFacility(facts({ inspections: [inspection('2026-12-31')] }), CAL, 2026, '2027-02-01');
    expect(byKind(lastDay.activities, 'inspection')).toMatchObject({ state: 'done', lastDone: '2026-12-31' });
    const nextYear = planFacility(
      facts({ inspections: [inspection('2027-01-01')] }),
      CAL,
      2026,
      '2027-02-01',
    );
    expect(byKind(nextYear.activities, 'inspection')).toMatchObject({ state: 'overdue', lastDone: null });
    const lastYear = planFacility(
      facts({ inspections: [inspection('2025-12-31')] }),
      CAL,
      2026,
      '2026-03-01',
    );
    expect(byKind(lastYear.activities, 'inspection')).toMatchObject({ state: 'due', lastDone: '2025-12-31' });
  });

  it('counts sampling from an inspection with sampling or from an authority sample, not from a plain inspection', () => {
    const plain = planFacility(facts({ inspections: [inspection('2026-04-01')] }), CAL, 2026, '2026-05-01');
    expect(byKind(plain.activities, 'inspection').state).toBe('done');
    expect(byKind(plain.activities, 'sampling').state).toBe('due');
    const withSampling = planFacility(
      facts({ inspections: [inspection('2026-04-01', true)] }),
      CAL,
      2026,
      '2026-05-01',
    );
    expect(byKind(withSampling.activities, 'sampling')).toMatchObject({
      state: 'done',
      lastDone: '2026-04-01',
    });
    const sampleOnly = planFacility(
      facts({ authoritySamples: [{ date: '2026-08-09', parameterCodes: ['01042'] }] }),
      CAL,
      2026,
      '2026-09-01',
    );
    expect(byKind(sampleOnly.activities, 'sampling')).toMatchObject({
      state: 'done',
      lastDone: '2026-08-09',
    });
    expect(byKind(sampleOnly.activities, 'inspection').state).toBe('due');
  });

  it('applies to non-categorical SIUs the same way', () => {
    const plan = planFacility(
      facts({ iuClass: 'SIU_NON_CATEGORICAL', middleTier: true }),
      CAL,
      2026,
      '2027-01-05',
    );
    expect(plan.middleTier).toBe(false);
    expect(byKind(plan.activities, 'inspection')).toMatchObject({
      windowStart: '2026-01-01',
      state: 'overdue',
    });
  });

  it('uses a fiscal year starting in July', () => {
    const plan = planFacility(facts({ inspections: [inspection('2026-06-30')] }), FISCAL, 2026, '2026-11-26');
    expect(plan.year).toEqual(reportingYearStarting(2026, 7));
    expect(byKind(plan.activities, 'inspection')).toMatchObject({
      windowStart: '2026-07-01',
      dueDate: '2027-06-30',
      lastDone: '2026-06-30',
      state: 'due',
    });
    const done = planFacility(facts({ inspections: [inspection('2026-07-01')] }), FISCAL, 2026, '2026-11-26');
    expect(byKind(done.activities, 'inspection').state).toBe('done');
    const late = planFacility(facts(), FISCAL, 2026, '2027-07-01');
    expect(byKind(late.activities, 'inspection').state).toBe('overdue');
    expect(reportingYearStartOf('2026-06-30', 7)).toBe(2025);
    expect(reportingYearStartOf('2026-07-01', 7)).toBe(2026);
  });

  it('owes nothing for a year that ended before the IU was designated', () => {
    const plan = planFacility(facts({ siuDesignatedOn: '2027-03-01' }), CAL, 2026, '2027-04-01');
    expect(plan.activities.map((a) => a.state)).toEqual(['not_required', 'not_required']);
  });
});

describe('middle-tier CIU: every two reporting years (403.12(e)(3))', () => {
  it('is done when inspected and sampled in the previous or the current reporting year', () => {
    const f = facts({ middleTier: true, inspections: [inspection('2025-01-01', true)] });
    const plan = planFacility(f, CAL, 2026, '2027-01-10');
    expect(plan.middleTier).toBe(true);
    expect(byKind(plan.activities, 'inspection')).toMatchObject({
      windowStart: '2025-01-01',
      dueDate: '2026-12-31',
      state: 'done',
    });
    expect(byKind(plan.activities, 'sampling').state).toBe('done');
  });

  it('is due (then overdue) when the last visit is older than the two-year window', () => {
    const f = facts({ middleTier: true, inspections: [inspection('2024-12-31', true)] });
    expect(byKind(planFacility(f, CAL, 2025, '2025-06-01').activities, 'inspection').state).toBe('done');
    const y2026 = planFacility(f, CAL, 2026, '2026-06-01');
    expect(byKind(y2026.activities, 'inspection')).toMatchObject({ state: 'due', lastDone: '2024-12-31' });
    expect(byKind(planFacility(f, CAL, 2026, '2027-01-01').activities, 'sampling').state).toBe('overdue');
  });

  it('drops back to annual at once when it stops being middle tier', () => {
    const visits = { inspections: [inspection('2025-05-01', true)] };
    const asMiddle = planFacility(facts({ ...visits, middleTier: true }), CAL, 2026, '2026-09-01');
    expect(byKind(asMiddle.activities, 'inspection').state).toBe('done');
    const annual = planFacility(facts({ ...visits, middleTier: false }), CAL, 2026, '2026-09-01');
    expect(annual.middleTier).toBe(false);
    expect(byKind(annual.activities, 'inspection')).toMatchObject({
      windowStart: '2026-01-01',
      dueDate: '2026-12-31',
      state: 'due',
    });
    expect(byKind(annual.activities, 'sampling').state).toBe('due');
  });

  it('uses two fiscal years for the window', () => {
    const f = facts({ middleTier: true, inspections: [inspection('2025-07-01', true)] });
    const plan = planFacility(f, FISCAL, 2026, '2027-07-02');
    expect(byKind(plan.activities, 'inspection')).toMatchObject({
      windowStart: '2025-07-01',
      dueDate: '2027-06-30',
      state: 'done',
    });
    const older = facts({ middleTier: true, inspections: [inspection('2025-06-30', true)] });
    expect(byKind(planFacility(older, FISCAL, 2026, '2027-07-02').activities, 'inspection').state).toBe(
      'overdue',
    );
  });
});

describe('NSCIU: evaluated each reporting year', () => {
  it('needs an NSCIU evaluation or a completed inspection in the year, and no sampling', () => {
    const none = planFacility(facts({ iuClass: 'NSCIU' }), CAL, 2026, '2026-10-01');
    expect(none.activities.map((a) => a.kind)).toEqual(['nsciu_evaluation']);
    expect(none.activities[0]).toMatchObject({ dueDate: '2026-12-31', state: 'due' });
    const evaluated = planFacility(
      facts({ iuClass: 'NSCIU', inspections: [inspection('2026-03-03', false, 'nsciu_evaluation')] }),
      CAL,
      2026,
      '2026-10-01',
    );
    expect(evaluated.activities[0]).toMatchObject({ state: 'done', lastDone: '2026-03-03' });
    const inspected = planFacility(
      facts({ iuClass: 'NSCIU', inspections: [inspection('2026-12-31')] }),
      CAL,
      2026,
      '2027-01-02',
    );
    expect(inspected.activities[0]?.state).toBe('done');
    const late = planFacility(
      facts({ iuClass: 'NSCIU', inspections: [inspection('2025-12-31')] }),
      CAL,
      2026,
      '2027-01-01',
    );
    expect(late.activities[0]?.state).toBe('overdue');
  });
});

describe('non-significant IU', () => {
  it('has nothing required', () => {
    const plan = planFacility(
      facts({ iuClass: 'NON_SIGNIFICANT', middleTier: true, inspections: [inspection('2026-02-02')] }),
      CAL,
      2026,
      '2027-03-01',
    );
    expect(plan.activities).toEqual([
      expect.objectContaining({
        kind: 'inspection',
        state: 'not_required',
        dueDate: null,
        lastDone: '2026-02-02',
      }),
    ]);
    expect(planCounts([plan])).toEqual({ due: 0, overdue: 0 });
  });
});

describe('slug control evaluation (§3.2)', () => {
  const year2026 = reportingYearStarting(2026, 1);
  it('is first due one year after designation', () => {
    const a = slugEvaluationPlan('2026-03-10', [], year2026, 24, '2026-06-01');
    expect(a).toMatchObject({ dueDate: '2027-03-10', state: 'due', lastDone: null });
    expect(slugEvaluationPlan('2025-03-10', [], year2026, 24, '2026-03-10').state).toBe('due');
    expect(slugEvaluationPlan('2025-03-10', [], year2026, 24, '2026-03-11').state).toBe('overdue');
  });

  it('was due 14 Oct 2006 for SIUs designated before 14 Nov 2005', () => {
    expect(slugEvaluationPlan('2001-05-01', [], year2026, 24, '2026-06-01')).toMatchObject({
      dueDate: '2006-10-14',
      state: 'overdue',
    });
    expect(slugEvaluationPlan('2005-11-14', [], year2026, 24, '2006-11-20').dueDate).toBe('2006-11-14');
  });

  it('then falls due the configured number of months after the last evaluation', () => {
    const a = slugEvaluationPlan('2020-01-15', ['2020-06-01', '2024-09-30'], year2026, 24, '2026-05-01');
    expect(a).toMatchObject({ dueDate: '2026-09-30', lastDone: '2024-09-30', state: 'due' });
    expect(slugEvaluationPlan('2020-01-15', ['2024-09-30'], year2026, 24, '2026-10-01').state).toBe(
      'overdue',
    );
    expect(slugEvaluationPlan('2020-01-15', ['2024-09-30'], year2026, 36, '2026-10-01')).toMatchObject({
      dueDate: '2027-09-30',
      state: 'done',
    });
    expect(slugEvaluationPlan('2020-01-15', ['2026-02-01'], year2026, 12, '2026-05-01')).toMatchObject({
      dueDate: '2027-02-01',
      state: 'done',
    });
  });

  it('is part of every SIU plan, fed by slug_evaluation inspections only', () => {
    const plan = planFacility(
      facts({ siuDesignatedOn: '2025-06-01', inspections: [inspection('2026-02-01')] }),
      CAL,
      2026,
      '2026-07-01',
    );
    expect(byKind(plan.activities, 'slug_evaluation')).toMatchObject({
      dueDate: '2026-06-01',
      state: 'overdue',
    });
    const evaluated = planFacility(
      facts({
        siuDesignatedOn: '2025-06-01',
        inspections: [inspection('2026-02-01', false, 'slug_evaluation')],
      }),
      { reportingYearStartMonth: 1, slugReevaluationMonths: 12 },
      2026,
      '2026-07-01',
    );
    expect(byKind(evaluated.activities, 'slug_evaluation')).toMatchObject({
      dueDate: '2027-02-01',
      state: 'done',
    });
  });
});

describe('CIU with a monitoring waiver: the authority samples each waived pollutant once per term', () => {
  const term = { start: '2024-04-01', end: '2029-03-31' };
  it('is done when an authority sample in the term analysed the pollutant', () => {
    const plan = planFacility(
      facts({
        permitTerm: term,
        waivedParameterCodes: ['01051', '01027'],
        authoritySamples: [
          { date: '2025-05-05', parameterCodes: ['01051', '01042'] },
          { date: '2024-03-31', parameterCodes: ['01027'] },
        ],
      }),
      CAL,
      2026,
      '2026-06-01',
    );
    expect(byKind(plan.activities, 'waived_pollutant_sampling', '01051')).toMatchObject({
      windowStart: '2024-04-01',
      dueDate: '2029-03-31',
      lastDone: '2025-05-05',
      state: 'done',
    });
    // sampled the day before the term began: does not count
    expect(byKind(plan.activities, 'waived_pollutant_sampling', '01027')).toMatchObject({
      lastDone: '2024-03-31',
      state: 'due',
    });
  });

  it('is overdue once the term has ended without the sample; an inspection with sampling does not name pollutants', () => {
    const plan = planFacility(
      facts({
        permitTerm: { start: '2021-01-01', end: '2025-12-31' },
        waivedParameterCodes: ['01051'],
        inspections: [inspection('2025-06-01', true)],
      }),
      CAL,
      2025,
      '2026-01-01',
    );
    expect(byKind(plan.activities, 'waived_pollutant_sampling', '01051').state).toBe('overdue');
    expect(byKind(plan.activities, 'sampling').state).toBe('done');
  });

  it('applies to NSCIUs (categorical) but not to non-categorical SIUs, nor when the term misses the year', () => {
    const base = { permitTerm: term, waivedParameterCodes: ['01051'] };
    const nsciu = planFacility(facts({ ...base, iuClass: 'NSCIU' }), CAL, 2026, '2026-06-01');
    expect(nsciu.activities.map((a) => a.kind)).toEqual(['nsciu_evaluation', 'waived_pollutant_sampling']);
    const nonCat = planFacility(facts({ ...base, iuClass: 'SIU_NON_CATEGORICAL' }), CAL, 2026, '2026-06-01');
    expect(nonCat.activities.some((a) => a.kind === 'waived_pollutant_sampling')).toBe(false);
    const outside = planFacility(facts(base), CAL, 2030, '2030-06-01');
    expect(outside.activities.some((a) => a.kind === 'waived_pollutant_sampling')).toBe(false);
  });
});

describe('counts', () => {
  it('adds up due and overdue activities across plans', () => {
    const a = planFacility(facts(), CAL, 2026, '2026-06-01');
    const b = planFacility(facts({ iuClass: 'NSCIU' }), CAL, 2025, '2026-06-01');
    expect(planCounts([a, b])).toEqual({ due: 2, overdue: 2 });
  });
});
