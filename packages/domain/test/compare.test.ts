import { describe, expect, it } from 'vitest';
import { exceedancePercent, isOutsideLimit } from '../src/limits/compare';
import { dec } from '../src/numbers/decimal';

describe('limit comparison', () => {
  it('compares exactly: 0.34 × 1.2 meets >= 0.408 (domain-spec general rule)', () => {
    expect(0.34 * 1.2).toBe(0.40800000000000003); // the binary floating-point trap this module avoids
    expect(dec('0.34').times('1.2').toString()).toBe('0.408');
    expect(dec('0.408').gte(dec('0.34').times('1.2'))).toBe(true);
    for (const [l, f] of [
      ['0.17', '1.2'],
      ['0.68', '1.2'],
      ['1.36', '1.2'],
      ['2.72', '1.2'],
      ['4.11', '1.4'],
    ] as const) {
      const trc = dec(l).times(f);
      expect(isOutsideLimit(trc, trc, 'max')).toBe(false);
      expect(dec(trc).gte(trc)).toBe(true);
    }
  });
  it('equality complies with both max and min limits', () => {
    expect(isOutsideLimit('5', '5', 'max')).toBe(false);
    expect(isOutsideLimit('6', '6', 'min')).toBe(false);
    expect(isOutsideLimit('5.01', '5', 'max')).toBe(true);
    expect(isOutsideLimit('5.99', '6', 'min')).toBe(true);
  });
  it('computes ECHO exceedance percent rounded half up, none for a zero limit', () => {
    expect(exceedancePercent('0.474', '0.3')).toBe(58);
    expect(exceedancePercent('3.52', '3.38')).toBe(4);
    expect(exceedancePercent('1.5', '1')).toBe(50);
    expect(exceedancePercent('1.005', '1')).toBe(1);
    expect(exceedancePercent('2', '0')).toBeNull();
  });
});
