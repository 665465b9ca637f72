import { describe, expect, it } from 'vitest';
import { permitDates, permitExpirationDate, permitTermStatus } from '../src/schedules/permit-dates';
import {
  baselineReportDueDate,
  effectiveSubmissionDate,
  newSourceBaselineReportDueDate,
  ninetyDayReportDueDate,
  reportLateness,
  scheduleProgressReportDueDate,
} from '../src/schedules/report-lateness';
import { reportDueDate, reportingPeriods } from '../src/schedules/report-periods';
import { resampleClock } from '../src/schedules/resample-clock';

describe('report due dates and days late (§3.3)', () => {
  it('periodic compliance reports for June and December (403.12(e)(1))', () => {
    const rule = { kind: 'days-after-period-end', days: 31 } as const;
    expect(reportingPeriods('semiannual', '2025-01-01', '2025-12-31', rule)).toEqual([
      { start: '2025-01-01', end: '2025-06-30', dueDate: '2025-07-31' },
      { start: '2025-07-01', end: '2025-12-31', dueDate: '2026-01-31' },
    ]);
    expect(reportingPeriods('semiannual', '2025-01-01', '2025-12-31', rule, 3).map((p) => p.end)).toEqual([
      '2025-02-28',
      '2025-08-31',
    ]);
  });

  it('monthly DMRs due the 28th of the following month; quarterly due 30 days after', () => {
    const periods = reportingPeriods('monthly', '2025-01-15', '2025-03-31', {
      kind: 'day-of-month',
      monthsAfter: 1,
      day: 28,
    });
    expect(periods.map((p) => [p.end, p.dueDate])).toEqual([
      ['2025-01-31', '2025-02-28'],
      ['2025-02-28', '2025-03-28'],
      ['2025-03-31', '2025-04-28'],
    ]);
    expect(reportDueDate('2025-01-31', { kind: 'day-of-month', monthsAfter: 1, day: 31 })).toBe('2025-02-28');
    expect(
      reportingPeriods('quarterly', '2025-01-01', '2025-06-30', { kind: 'days-after-period-end', days: 30 }),
    ).toEqual([
      { start: '2025-01-01', end: '2025-03-31', dueDate: '2025-04-30' },
      { start: '2025-04-01', end: '2025-06-30', dueDate: '2025-07-30' },
    ]);
  });

  it.each([
    ['2025-03-17', '2025-06-30', 45, true, true],
    ['2025-01-31', '2025-06-30', 0, false, true],
    ['2025-01-20', '2025-06-30', 0, false, true],
    [null, '2025-03-18', 46, true, false],
    [null, '2025-01-10', 0, false, false],
  ])(
    'S5 lateness: due 2025-01-31, received %s, as of %s → %i days',
    (received, asOf, daysLate, isLate, isReceived) => {
      expect(reportLateness('2025-01-31', received, asOf)).toMatchObject({ daysLate, isLate, isReceived });
    },
  );

  it('a mailed report counts on its postmark date under the postmark rule (LOCAL)', () => {
    const mailed = { receivedOn: '2025-02-04', postmarkedOn: '2025-01-30', method: 'mail' as const };
    expect(effectiveSubmissionDate({ ...mailed, rule: 'postmark-for-mail' })).toBe('2025-01-30');
    expect(effectiveSubmissionDate({ ...mailed, rule: 'receipt' })).toBe('2025-02-04');
    expect(effectiveSubmissionDate({ ...mailed, method: 'courier', rule: 'postmark-for-mail' })).toBe(
      '2025-02-04',
    );
  });

  it('BMR, progress and 90-day report deadlines (403.12(b), (c), (d))', () => {
    expect(baselineReportDueDate('2025-01-01')).toBe('2025-06-30');
    expect(baselineReportDueDate('2025-01-01', '2025-03-01')).toBe('2025-08-28');
    expect(newSourceBaselineReportDueDate('2025-10-01')).toBe('2025-07-03');
    expect(scheduleProgressReportDueDate('2025-06-01')).toBe('2025-06-15');
    expect(ninetyDayReportDueDate('2025-06-01')).toBe('2025-08-30');
  });
});

describe('permit term and renewal (403.8(f)(1)(iii)(B)(1))', () => {
  it('a five-year permit from 2025-01-01 expires 2029-12-31; the application is due 180 days before', () => {
    expect(permitExpirationDate('2025-01-01')).toBe('2029-12-31');
    expect(permitDates('2025-01-01', '2029-12-31')).toEqual({
      effectiveDate: '2025-01-01',
      expirationDate: '2029-12-31',
      latestAllowedExpiration: '2030-01-01',
      isTermValid: true,
      renewalApplicationDue: '2029-07-04',
      renewalLeadDays: 180,
    });
    expect(permitDates('2025-01-01', '2029-12-31', 90).renewalApplicationDue).toBe('2029-10-02');
    expect(permitDates('2025-01-01', '2030-01-02').isTermValid).toBe(false);
  });

  it.each([
    ['2024-12-31', null, 'not-yet-effective'],
    ['2029-07-03', null, 'effective'],
    ['2029-07-04', null, 'renewal-application-due'],
    ['2029-08-01', '2029-06-01', 'effective'],
    ['2030-01-01', null, 'expired'],
  ] as const)('on %s (application %s) → %s', (asOf, applied, status) => {
    expect(permitTermStatus(permitDates('2025-01-01', '2029-12-31'), asOf, applied)).toBe(status);
  });
});

describe('403.12(g)(2) notice and repeat-sampling clock (§3.4 example)', () => {
  const base = { sampledOn: '2025-03-03', awareOn: '2025-03-12', sampledBy: 'industrial-user' as const };

  it('notice by 2025-03-13, repeat result by 2025-04-11', () => {
    expect(resampleClock(base)).toEqual({
      notificationDue: '2025-03-13',
      isResampleRequired: true,
      resampleDue: '2025-04-11',
      resampleBy: 'industrial-user',
      exemption: null,
    });
  });

  it('no repeat when the POTW sampled on 2025-03-07, or samples monthly', () => {
    expect(resampleClock({ ...base, controlAuthoritySampleDates: ['2025-03-07'] })).toMatchObject({
      notificationDue: '2025-03-13',
      isResampleRequired: false,
      resampleDue: null,
      exemption: 'ca-sampled-in-between',
    });
    expect(resampleClock({ ...base, controlAuthoritySampleDates: ['2025-03-13'] }).isResampleRequired).toBe(
      true,
    );
    expect(resampleClock({ ...base, controlAuthoritySamplesMonthly: true }).exemption).toBe(
      'ca-samples-monthly',
    );
  });

  it('when the POTW took the sample it repeats it, unless it requires the user to', () => {
    const ca = { ...base, sampledBy: 'control-authority' as const };
    expect(resampleClock(ca)).toMatchObject({
      notificationDue: null,
      resampleBy: 'control-authority',
      resampleDue: '2025-04-11',
    });
    expect(resampleClock({ ...ca, controlAuthorityRequiresUserResample: true }).resampleBy).toBe(
      'industrial-user',
    );
  });

  it('refuses awareness before sampling', () => {
    expect(() => resampleClock({ ...base, awareOn: '2025-03-01' })).toThrow(RangeError);
  });
});
