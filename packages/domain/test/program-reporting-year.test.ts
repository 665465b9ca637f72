import { describe, expect, it } from 'vitest';
import { reportingYearContaining, reportingYearStarting } from '../src/program/reporting-year';

describe('reporting year (§3.1 LOCAL)', () => {
  it('is the calendar year when it starts in January', () => {
    expect(reportingYearContaining('2026-11-26', 1)).toEqual({
      start: '2026-01-01',
      end: '2026-12-31',
      label: '2026',
    });
    expect(reportingYearContaining('2026-01-01', 1).start).toBe('2026-01-01');
    expect(reportingYearContaining('2025-12-31', 1).end).toBe('2025-12-31');
  });
  it('is a fiscal year named after the year it ends in', () => {
    expect(reportingYearContaining('2026-11-26', 7)).toEqual({
      start: '2026-07-01',
      end: '2027-06-30',
      label: 'FY2027',
    });
    expect(reportingYearContaining('2026-06-30', 7)).toEqual({
      start: '2025-07-01',
      end: '2026-06-30',
      label: 'FY2026',
    });
    expect(reportingYearStarting(2023, 10).end).toBe('2024-09-30');
  });
  it('ends on 29 February in a leap year that starts in March', () => {
    expect(reportingYearStarting(2023, 3).end).toBe('2024-02-29');
  });
  it('refuses a month outside 1–12', () => {
    expect(() => reportingYearContaining('2026-01-01', 13)).toThrow(RangeError);
    expect(() => reportingYearContaining('2026-01-01', 0)).toThrow(RangeError);
  });
});
