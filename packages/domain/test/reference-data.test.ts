import { describe, expect, it } from 'vitest';
import { findNodiCode, findStatisticalBase, findUnitCode, listNodiCodes } from '../src/reference/codes';
import {
  findParameter,
  isBacteriaParameter,
  npdesTrcGroup,
  pretreatmentTrcFactor,
} from '../src/reference/parameters';

describe('reference data', () => {
  it('looks up EPA parameter codes with pollutant groups', () => {
    expect(findParameter('00310')).toEqual({
      code: '00310',
      description: 'BOD, 5-day, 20 deg. C',
      groups: ['organicEnrichment'],
    });
    expect(findParameter('01042')?.groups).toContain('metals');
    expect(findParameter('99999x')).toBeNull();
    expect(isBacteriaParameter('31616')).toBe(true);
  });
  it.each([
    ['00310', '1.4'],
    ['80082', '1.4'],
    ['00530', '1.4'],
    ['81010', '1.4'],
    ['81011', '1.4'],
    ['00552', '1.4'],
    ['00556', '1.4'],
    ['03582', '1.4'],
    ['00550', '1.4'],
    ['00560', '1.4'],
    ['00340', '1.2'],
    ['01042', '1.2'],
    ['00400', null],
  ])('pretreatment TRC of %s is %s (403.8(f)(2)(viii)(B))', (code, factor) => {
    expect(pretreatmentTrcFactor(code)).toBe(factor);
  });
  it('honours a per-program TRC override', () => {
    expect(pretreatmentTrcFactor('80082', { '80082': '1.2' })).toBe('1.2');
  });
  it.each([
    ['00310', 'I'],
    ['00340', 'I'],
    ['00530', 'I'],
    ['00556', 'I'],
    ['01045', 'I'],
    ['01042', 'II'],
    ['00720', 'II'],
    ['50060', 'II'],
    ['00400', null],
  ])('NPDES Category I group of %s is %s (§9.9)', (code, group) => {
    expect(npdesTrcGroup(code)).toBe(group);
  });
  it('knows statistical bases, NODI and unit codes (§9.10, §11.4, §13)', () => {
    expect(findStatisticalBase('DD')).toMatchObject({ shortDescription: 'DAILY MX', type: 'MAX' });
    expect(findStatisticalBase('MP')?.type).toBe('TTL');
    expect(findStatisticalBase('7D')?.type).toBe('MIN');
    expect(findStatisticalBase('MN')?.type).toBeNull();
    expect(listNodiCodes()).toHaveLength(29);
    expect(findNodiCode('B')?.meaning).toBe('Below Detection Limit / No Detection');
    expect(findNodiCode('E')?.likelyViolation).toBe(true);
    expect(findUnitCode('30')).toEqual({ code: '30', description: 'MPN/100mL', unit: 'MPN/100mL' });
    expect(findUnitCode('3Z')?.unit).toBe('CFU/100mL');
    expect(findUnitCode('26')?.unit).toBe('lb/d');
  });
});
