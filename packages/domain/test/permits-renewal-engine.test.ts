import { describe, expect, it } from 'vitest';
import { evaluateProgram } from '../src/limits/evaluate-program';
import { LIMIT_BASES } from '../src/limits/limit';
import { limitsForEngine, milestonesForSnc, trackPermitRenewal } from '../src/permits';
import { DEFAULT_STATISTICS_SETTINGS } from '../src/stats/settings';
import { makeResult } from './limits-factories';
import { makeContent, makeLimit } from './permits-factories';

const TERM = {
  effectiveDate: '2025-01-01',
  expirationDate: '2029-12-31',
  renewalApplicationReceivedOn: null,
};

describe('trackPermitRenewal', () => {
  it('application due 180 days before expiry by default, with dated alerts', () => {
    const tracking = trackPermitRenewal(TERM, { asOf: '2029-07-04' });
    expect(tracking).toEqual({
      effectiveDate: '2025-01-01',
      expirationDate: '2029-12-31',
      renewalLeadDays: 180,
      applicationDueDate: '2029-07-04',
      applicationReceivedOn: null,
      termStatus: 'renewal-application-due',
      daysUntilApplicationDue: 0,
      daysUntilExpiration: 180,
      alerts: [
        {
          kind: 'application_due_soon',
          date: '2029-06-04',
          isDue: true,
          message: 'Renewal application due on 2029-07-04',
        },
        {
          kind: 'application_due',
          date: '2029-07-04',
          isDue: true,
          message: 'Renewal application due today (2029-07-04); the permit expires on 2029-12-31',
        },
        { kind: 'expiring', date: '2029-10-02', isDue: false, message: 'The permit expires on 2029-12-31' },
        { kind: 'expired', date: '2030-01-01', isDue: false, message: 'The permit expired on 2029-12-31' },
      ],
    });
  });

  it('the lead time and warnings are settings; the day before the due date is still effective', () => {
    const tracking = trackPermitRenewal(TERM, {
      asOf: '2029-10-01',
      renewalLeadDays: 90,
      reminderDays: 14,
      expiryWarningDays: 60,
    });
    expect(tracking?.applicationDueDate).toBe('2029-10-02');
    expect(tracking?.termStatus).toBe('effective');
    expect(tracking?.alerts.map((a) => [a.kind, a.date, a.isDue])).toEqual([
      ['application_due_soon', '2029-09-18', true],
      ['application_due', '2029-10-02', false],
      ['expiring', '2029-11-01', false],
      ['expired', '2030-01-01', false],
    ]);
  });

  it('an application received stops the application alerts', () => {
    const tracking = trackPermitRenewal(
      { ...TERM, renewalApplicationReceivedOn: '2029-05-01' },
      { asOf: '2029-08-01' },
    );
    expect(tracking?.termStatus).toBe('effective');
    expect(tracking?.alerts.map((a) => a.kind)).toEqual(['expiring', 'expired']);
  });

  it('after expiry; and nothing to track without a term', () => {
    expect(trackPermitRenewal(TERM, { asOf: '2030-01-01' })?.termStatus).toBe('expired');
    expect(trackPermitRenewal({ ...TERM, expirationDate: null }, { asOf: '2029-01-01' })).toBeNull();
  });
});

describe('limitsForEngine', () => {
  const dates = { permitEffectiveDate: '2025-01-01', permitExpirationDate: '2029-12-31' };

  it('maps permit limits to the engine Limit type', () => {
    const { limits, skipped } = limitsForEngine(makeContent(), dates);
    expect(skipped).toEqual([]);
    expect(limits).toEqual([
      {
        id: 'limit:001:01042:DD',
        parameterCode: '01042',
        monitoringPoint: '001',
        basis: LIMIT_BASES.daily,
        value: '3.38',
        unit: 'mg/L',
        direction: 'max',
        statisticalBaseCode: 'DD',
        valueType: 'C3',
        effectiveFrom: '2025-01-01',
        effectiveTo: '2029-12-31',
        enforceable: true,
      },
      expect.objectContaining({
        id: 'limit:001:01042:MK',
        basis: LIMIT_BASES.monthlyAverage,
        value: '2.07',
        valueType: 'C2',
      }),
    ]);
  });

  it('uses the limit set season and dates, and a location other than the outfall’s', () => {
    const base = makeContent();
    const set = base.limitSets[0];
    if (!set) throw new Error('factory');
    const content = makeContent({
      limitSets: [
        {
          ...set,
          season: { start: '05-01', end: '10-31' },
          effectiveFrom: '2026-01-01',
          effectiveTo: '2026-12-31',
          limits: [makeLimit({ monitoringLocationCode: 'G', direction: 'min', enforceable: false })],
        },
      ],
    });
    expect(limitsForEngine(content, dates).limits[0]).toMatchObject({
      monitoringPoint: '001/G',
      season: { from: '05-01', to: '10-31' },
      effectiveFrom: '2026-01-01',
      effectiveTo: '2026-12-31',
      direction: 'min',
      enforceable: false,
    });
  });

  it('skips what the engine cannot evaluate, saying why', () => {
    const base = makeContent();
    const set = base.limitSets[0];
    if (!set) throw new Error('factory');
    const content = makeContent({
      limitSets: [
        {
          ...set,
          limits: [
            makeLimit({ id: 'a', value: null }),
            makeLimit({ id: 'b', statisticalBaseCode: 'ZZ' }),
            makeLimit({ id: 'c', unitCode: null, unitText: 'furlongs' }),
          ],
        },
        { ...set, id: 'orphan', outfallId: 'outfall:9', limits: [makeLimit({ id: 'd' })] },
      ],
    });
    expect(limitsForEngine(content, dates).skipped).toEqual([
      { limitId: 'a', reason: 'monitor only (no numeric limit)' },
      { limitId: 'b', reason: 'statistical base ZZ has no confirmed averaging rule' },
      { limitId: 'c', reason: "unit 'furlongs' is not known to the engine" },
      { limitId: 'd', reason: "outfall 'outfall:9' is not in the permit" },
    ]);
    const undated = limitsForEngine(makeContent(), { permitEffectiveDate: null, permitExpirationDate: null });
    expect(undated.skipped[0]).toEqual({
      limitId: 'limit:001:01042:DD',
      reason: 'no effective date (limit set or permit)',
    });
  });

  it('the one engine judges results against permit limits: copper 3.52 over the 3.38 daily max; 2.31 over the 2.07 monthly average', () => {
    const { limits } = limitsForEngine(makeContent(), dates);
    const results = [
      makeResult('2026-06-09', '3.52', { parameterCode: '01042' }),
      makeResult('2026-06-16', '1.10', { parameterCode: '01042' }),
    ];
    const out = evaluateProgram({ results, limits, settings: DEFAULT_STATISTICS_SETTINGS });
    expect(out.exceedances.map((e) => [e.limitId, e.value, e.limit])).toEqual([
      ['limit:001:01042:DD', '3.52', '3.38'],
      ['limit:001:01042:MK', '2.31', '2.07'],
    ]);
  });
});

describe('milestonesForSnc', () => {
  it('maps schedule milestones to the SNC criterion E kinds', () => {
    const content = makeContent({
      complianceSchedules: [
        {
          id: 's',
          title: 'pH',
          requirement: null,
          milestones: [
            { id: 'm1', kind: 'hire_engineer', description: 'Hire', dueDate: '2025-02-01' },
            { id: 'm2', kind: 'start_construction', description: 'Start', dueDate: '2025-05-01' },
            { id: 'm3', kind: 'complete_construction', description: 'Complete', dueDate: '2025-10-01' },
            { id: 'm4', kind: 'final_compliance', description: 'Comply', dueDate: '2026-01-01' },
          ],
        },
      ],
    });
    expect(milestonesForSnc(content).map((m) => [m.id, m.kind, m.scheduledDate])).toEqual([
      ['m1', 'other', '2025-02-01'],
      ['m2', 'start-construction', '2025-05-01'],
      ['m3', 'complete-construction', '2025-10-01'],
      ['m4', 'final-compliance', '2026-01-01'],
    ]);
  });
});
