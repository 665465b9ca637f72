import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addMonthsToMonth,
  addYears,
  dayOfWeek,
  daysBetween,
  endOfMonth,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
} from '../src/schedules/dates';

describe('ISO date helpers', () => {
  it.each([
    ['2025-01-31', 45, '2025-03-17'],
    ['2025-01-31', 46, '2025-03-18'],
    ['2025-06-01', 91, '2025-08-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2000-03-01', -1, '2000-02-29'],
    ['1900-03-01', -1, '1900-02-28'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-11-15', 3, '2026-02-15'],
    ['2025-01-15', -13, '2023-12-15'],
  ])('%s + %i months = %s (clamped)', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('adds years, 29 February becoming 28 February', () => {
    expect([addYears('2024-02-29', 1), addYears('2025-01-01', 5), addMonthsToMonth('2025-11', 3)]).toEqual([
      '2025-02-28',
      '2030-01-01',
      '2026-02',
    ]);
  });

  it('validates dates', () => {
    expect(['2025-02-29', '2024-02-29', '2025-13-01', '2025-1-01', '2025-04-31', ''].map(isIsoDate)).toEqual([
      false,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(() => parseIsoDate('2025-02-30')).toThrow(RangeError);
  });

  it('knows weekdays and month ends', () => {
    expect([dayOfWeek('1970-01-01'), dayOfWeek('2025-06-01'), dayOfWeek('2025-06-07')]).toEqual([4, 0, 6]);
    expect([endOfMonth('2025-02-10'), endOfMonth('2024-02-10'), endOfMonth('2025-04-01')]).toEqual([
      '2025-02-28',
      '2024-02-29',
      '2025-04-30',
    ]);
  });

  it('agrees with the JavaScript UTC calendar for every day from 1600 to 2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: -135_000, max: 157_000 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
        expect(dayOfWeek(iso)).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });
});
