import { describe, expect, it } from 'vitest';
import { parseFrequencyCode } from '../src/schedules/frequency';
import { findMissedSamples } from '../src/schedules/missed-samples';
import { expectedSamplingSlots } from '../src/schedules/sampling-slots';

const span = (slots: { start: string; end: string; required: number }[]) =>
  slots.map((s) => `${s.start}..${s.end}×${s.required}`);

describe('frequency codes (§11.4, §13)', () => {
  it.each([
    ['01/01', { kind: 'periodic', count: 1, unit: 'day' }],
    ['01/07', { kind: 'periodic', count: 1, unit: 'week' }],
    ['01/30', { kind: 'periodic', count: 1, unit: 'month' }],
    ['02/30', { kind: 'periodic', count: 2, unit: 'month' }],
    ['2/M', { kind: 'periodic', count: 2, unit: 'month' }],
    ['01/90', { kind: 'periodic', count: 1, unit: 'quarter' }],
    ['01/180', { kind: 'periodic', count: 1, unit: 'half-year' }],
    ['01/6M', { kind: 'periodic', count: 1, unit: 'half-year' }],
    ['Semi-Annual', { kind: 'periodic', count: 1, unit: 'half-year' }],
    ['01/YR', { kind: 'periodic', count: 1, unit: 'year' }],
    ['01/365', { kind: 'periodic', count: 1, unit: 'year' }],
    ['03/07', { kind: 'periodic', count: 3, unit: 'week' }],
    ['01/14', { kind: 'every-n-days', count: 1, days: 14 }],
    ['99/99', { kind: 'continuous' }],
    ['CONTIN', { kind: 'continuous' }],
  ])('%s', (code, expected) => {
    expect(parseFrequencyCode(code)).toEqual({ ...expected, code });
  });

  it.each(['', 'XX', '00/30', '01/99', '1/Z'])('refuses %j', (code) => {
    expect(() => parseFrequencyCode(code)).toThrow(RangeError);
  });
});

describe('expected sampling slots', () => {
  it('daily and continuous: one per day', () => {
    expect(expectedSamplingSlots('01/01', '2025-02-01', '2025-02-28')).toHaveLength(28);
    expect(expectedSamplingSlots('CONTIN', '2024-02-01', '2024-02-29')).toHaveLength(29);
  });

  it('weekly in June 2025 (Sunday–Saturday weeks), clipped to the month by default', () => {
    expect(span(expectedSamplingSlots('01/07', '2025-06-01', '2025-06-30'))).toEqual([
      '2025-06-01..2025-06-07×1',
      '2025-06-08..2025-06-14×1',
      '2025-06-15..2025-06-21×1',
      '2025-06-22..2025-06-28×1',
      '2025-06-29..2025-06-30×1',
    ]);
  });

  it('weekly with whole weeks given to the month of their last or first day', () => {
    expect(
      span(expectedSamplingSlots('01/07', '2025-07-01', '2025-07-31', { partialSlots: 'by-end' })),
    ).toEqual([
      '2025-06-29..2025-07-05×1',
      '2025-07-06..2025-07-12×1',
      '2025-07-13..2025-07-19×1',
      '2025-07-20..2025-07-26×1',
    ]);
    expect(
      span(expectedSamplingSlots('01/07', '2025-07-01', '2025-07-31', { partialSlots: 'by-start' })),
    ).toEqual([
      '2025-07-06..2025-07-12×1',
      '2025-07-13..2025-07-19×1',
      '2025-07-20..2025-07-26×1',
      '2025-07-27..2025-08-02×1',
    ]);
    expect(expectedSamplingSlots('01/07', '2025-07-01', '2025-07-31', { weekStartsOn: 1 })[0]).toMatchObject({
      start: '2025-07-01',
      end: '2025-07-06',
    });
  });

  it('monthly, twice monthly, quarterly, semi-annual and annual over 2025', () => {
    expect(expectedSamplingSlots('01/30', '2025-01-01', '2025-12-31')).toHaveLength(12);
    expect(span(expectedSamplingSlots('2/M', '2025-02-01', '2025-02-28'))).toEqual([
      '2025-02-01..2025-02-28×2',
    ]);
    expect(span(expectedSamplingSlots('01/90', '2025-01-01', '2025-12-31'))).toEqual([
      '2025-01-01..2025-03-31×1',
      '2025-04-01..2025-06-30×1',
      '2025-07-01..2025-09-30×1',
      '2025-10-01..2025-12-31×1',
    ]);
    expect(span(expectedSamplingSlots('01/6M', '2025-01-01', '2025-12-31'))).toEqual([
      '2025-01-01..2025-06-30×1',
      '2025-07-01..2025-12-31×1',
    ]);
    expect(span(expectedSamplingSlots('01/YR', '2025-01-01', '2026-12-31', { yearStartMonth: 7 }))).toEqual([
      '2025-01-01..2025-06-30×1',
      '2025-07-01..2026-06-30×1',
      '2026-07-01..2026-12-31×1',
    ]);
  });

  it('every 14 days from an anchor date', () => {
    expect(span(expectedSamplingSlots('01/14', '2025-01-01', '2025-01-31'))).toEqual([
      '2025-01-01..2025-01-14×1',
      '2025-01-15..2025-01-28×1',
      '2025-01-29..2025-01-31×1',
    ]);
  });
});

describe('missed samples', () => {
  it('finds weeks without a sample, leaving the current week open', () => {
    const slots = expectedSamplingSlots('01/07', '2025-06-01', '2025-06-30');
    const r = findMissedSamples(slots, ['2025-06-03', '2025-06-16', '2025-06-18'], { asOf: '2025-06-29' });
    expect(r.slots.map((s) => [s.start, s.taken, s.status])).toEqual([
      ['2025-06-01', 1, 'met'],
      ['2025-06-08', 0, 'missed'],
      ['2025-06-15', 2, 'met'],
      ['2025-06-22', 0, 'missed'],
      ['2025-06-29', 0, 'open'],
    ]);
    expect(r.missingSamples).toBe(2);
  });

  it('2/M needs two sampling days: two samples on one day count once unless counting every sample', () => {
    const slots = expectedSamplingSlots('02/30', '2025-03-01', '2025-03-31');
    expect(findMissedSamples(slots, ['2025-03-10', '2025-03-10']).missed).toMatchObject([
      { taken: 1, missing: 1 },
    ]);
    expect(findMissedSamples(slots, ['2025-03-10', '2025-03-10'], { countEverySample: true }).missed).toEqual(
      [],
    );
    expect(findMissedSamples(slots, ['2025-03-03', '2025-03-17']).missingSamples).toBe(0);
  });

  it('continuous monitoring: every day without a record is missed', () => {
    const slots = expectedSamplingSlots('99/99', '2025-02-01', '2025-02-07');
    const r = findMissedSamples(slots, [
      '2025-02-01',
      '2025-02-02',
      '2025-02-04',
      '2025-02-05',
      '2025-02-06',
      '2025-02-07',
    ]);
    expect(r.missed.map((s) => s.start)).toEqual(['2025-02-03']);
  });
});
