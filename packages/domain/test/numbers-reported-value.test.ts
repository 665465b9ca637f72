import { describe, expect, it } from 'vitest';
import { dec } from '../src/numbers/decimal';
import { parseReportedValue } from '../src/numbers/reported-value';
import {
  countSignificantFigures,
  formatSignificantFigures,
  lastDigitUnit,
  roundToSignificantFigures,
} from '../src/numbers/significant-figures';

describe('parseReportedValue', () => {
  it.each([
    ['<0.05', '<', '0.05', true, 1, '0.05'],
    ['.474', '=', '0.474', false, 3, null],
    ['1,200', '=', '1200', false, 2, null],
    ['1,200.', '=', '1200.', false, 4, null],
    ['>1600', '>', '1600', false, 2, null],
    ['= 3.10', '=', '3.10', false, 3, null],
    ['0.0050', '=', '0.0050', false, 2, null],
    ['-1.5', '=', '-1.5', false, 2, null],
  ])('%s', (text, qualifier, number, nonDetect, figures, dl) => {
    const v = parseReportedValue(text);
    expect([v.qualifier, v.number, v.nonDetect, v.significantFigures, v.detectionLimit]).toEqual([
      qualifier,
      number,
      nonDetect,
      figures,
      dl,
    ]);
  });
  it('takes the detection limit of an ND from its context', () => {
    const v = parseReportedValue('ND', { detectionLimit: '0.002', reportingLimit: '0.005' });
    expect([v.qualifier, v.number, v.nonDetect, v.detectionLimit, v.reportingLimit]).toEqual([
      '<',
      '0.002',
      true,
      '0.002',
      '0.005',
    ]);
    expect(parseReportedValue('ND').number).toBeNull();
    expect(parseReportedValue('', { detectionLimit: 1 }).number).toBe('1');
  });
  it('marks a lab-flagged non-detect', () => {
    expect(parseReportedValue('0.004', { nonDetect: true })).toMatchObject({
      nonDetect: true,
      qualifier: '<',
    });
  });
  it('refuses text that is not a value', () => {
    expect(() => parseReportedValue('abc')).toThrow(RangeError);
  });
});

describe('significant figures (§9.11)', () => {
  it.each([
    ['2.61', false, 3],
    ['2.80', false, 3],
    ['30', false, 1],
    ['30', true, 2],
    ['0.05', false, 1],
    ['100.0', false, 4],
    ['0', false, 1],
    ['0.000', false, 3],
  ] as const)('%s (integer zeros %s) has %i', (text, zeros, n) => {
    expect(countSignificantFigures(text, zeros)).toBe(n);
  });
  it('rounds only the final value, half up by default, half even as a setting', () => {
    expect(roundToSignificantFigures('0.4561975', 4).toString()).toBe('0.4562');
    expect(roundToSignificantFigures('0.93408', 4).toString()).toBe('0.9341');
    expect(roundToSignificantFigures('29.3333333', 4).toString()).toBe('29.33');
    expect(roundToSignificantFigures('2.625', 3, 'HALF_UP').toString()).toBe('2.63');
    expect(roundToSignificantFigures('2.625', 3, 'HALF_EVEN').toString()).toBe('2.62');
    expect(formatSignificantFigures('2.8', 3)).toBe('2.80');
    expect(formatSignificantFigures('1275', 2)).toBe('1300');
  });
  it('finds the place of the last significant figure of a limit', () => {
    expect(lastDigitUnit('2.61').toString()).toBe('0.01');
    expect(lastDigitUnit('30').toString()).toBe('1');
    expect(lastDigitUnit('0.408').toString()).toBe('0.001');
  });
  it('avoids the float trap: 0.34 × 1.2 = 0.408 exactly (general rule)', () => {
    expect(0.34 * 1.2).not.toBe(0.408);
    expect(dec('0.34').times('1.2').eq('0.408')).toBe(true);
  });
});
