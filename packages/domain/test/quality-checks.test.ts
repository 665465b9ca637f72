import { describe, expect, it } from 'vitest';
import type { LabResultCandidate } from '../src/contracts/monitoring';
import { previewLabCsv } from '../src/lab';
import {
  checkHoldingTime,
  checkMethod,
  checkResultQuality,
  isApprovedMethod,
  methodKey,
} from '../src/quality';
import { eddCsv } from './lab-helpers';

/** One candidate from a one-row EDD with the given overrides. */
function candidate(overrides: Record<string, string>): LabResultCandidate {
  const preview = previewLabCsv(eddCsv([overrides]));
  expect(preview.problems).toEqual([]);
  return preview.candidates[0]!;
}

const grab = (
  name: string,
  date: string,
  time: string,
  analysed: string,
  at: string,
  method = '',
  unit = 'mg/L',
) =>
  candidate({
    chemical_name: name,
    cas_rn: '',
    sample_date: date,
    sample_time: time,
    analysis_date: analysed,
    analysis_time: at,
    lab_anl_method_name: method,
    result_unit: unit,
  });

describe('holding time (40 CFR 136.3 Table II)', () => {
  it.each([
    ['Oil & Grease', '2026-06-01', '09:30', '2026-06-29', '09:30', 'pass'],
    ['Oil & Grease', '2026-06-01', '09:30', '2026-06-29', '09:31', 'fail'],
    ['BOD', '2026-06-01', '09:00', '2026-06-03', '09:00', 'pass'],
    ['BOD', '2026-06-01', '09:00', '2026-06-03', '09:01', 'fail'],
    ['TSS', '2026-06-01', '09:00', '2026-06-09', '08:00', 'fail'],
    ['pH', '2026-06-01', '09:30', '2026-06-01', '09:45', 'pass'],
    ['pH', '2026-06-01', '09:30', '2026-06-01', '09:46', 'fail'],
    ['Cyanide, total', '2026-06-01', '09:30', '2026-06-15', '09:30', 'pass'],
    ['Cyanide, total', '2026-06-01', '09:30', '2026-06-16', '09:30', 'fail'],
    ['Mercury', '2026-06-01', '09:30', '2026-06-30', '09:30', 'fail'],
    ['Copper', '2026-01-31', '09:30', '2026-07-31', '09:30', 'pass'],
    ['Copper', '2026-01-31', '09:30', '2026-08-01', '09:30', 'fail'],
    ['Hexavalent chromium', '2026-06-01', '09:30', '2026-06-02', '10:00', 'fail'],
  ])('%s collected %s %s, analysed %s %s → %s', (name, d, t, ad, at, status) => {
    expect(checkHoldingTime(grab(name, d, t, ad, at)).status).toBe(status);
  });

  it('a composite is timed from the end of collection (Table II footnote 4)', () => {
    const c = candidate({
      chemical_name: 'TSS',
      cas_rn: '',
      sample_date: '2026-06-01',
      result_unit: 'mg/L',
      analysis_date: '2026-06-09',
      analysis_time: '07:00',
    });
    expect(checkHoldingTime(c).status).toBe('fail');
    const composite = { ...c, collectedEnd: '2026-06-02T08:00' };
    expect(checkHoldingTime(composite)).toMatchObject({ status: 'pass', field: 'analysis_date' });
  });

  it('unknown times of day warn when they could decide it; no analysis date warns', () => {
    expect(checkHoldingTime(grab('pH', '2026-06-01', '', '2026-06-01', '')).status).toBe('warn');
    expect(checkHoldingTime(grab('Oil & Grease', '2026-06-01', '', '2026-07-15', '')).status).toBe('fail');
    expect(checkHoldingTime(grab('Oil & Grease', '2026-06-01', '', '', ''))).toMatchObject({
      status: 'warn',
      message:
        'no analysis date: the 28 days holding time cannot be checked (403.12(o) requires analysis dates)',
    });
    expect(checkHoldingTime(grab('Oil & Grease', '2026-06-05', '09:00', '2026-06-01', '09:00')).status).toBe(
      'fail',
    );
  });

  it('a parameter without a shipped holding time warns', () => {
    expect(
      checkHoldingTime({
        ...grab('Copper', '2026-06-01', '08:00', '2026-06-02', '08:00'),
        parameterCode: '34461',
      }).status,
    ).toBe('warn');
  });
});

describe('Part 136 method (40 CFR 136.3 Table IB excerpt)', () => {
  it.each([
    ['Copper', 'EPA 200.8', 'pass'],
    ['Copper', 'EPA Method 200.7', 'pass'],
    ['Copper', 'SM 3111B', 'pass'],
    ['Copper', 'SM 3120 B-2011', 'pass'],
    ['Mercury', 'EPA 1631E', 'pass'],
    ['Cyanide, total', 'SM 4500-CN E', 'pass'],
    ['Oil & Grease', 'EPA 1664B', 'pass'],
    ['TSS', 'SM 2540D', 'pass'],
    ['BOD', 'SM 5210 B', 'pass'],
    ['pH', 'SM 4500-H+ B', 'pass'],
    ['TTO', 'EPA 624.1', 'pass'],
    ['Copper', 'EPA 1664B', 'warn'],
    ['Copper', '', 'warn'],
  ])('%s by %s → %s', (name, method, status) => {
    const c = grab(name, '2026-06-01', '08:00', '2026-06-01', '08:05', method, name === 'pH' ? 'SU' : 'mg/L');
    const check = checkMethod(c);
    expect(check).toMatchObject({ status, field: 'method', check: 'method' });
    expect(check.source).toMatch(/^40 CFR 136\.3 Table IB/);
  });

  it('method names compare without spelling differences', () => {
    expect(methodKey('EPA 200.8')).toBe(methodKey('200.8'));
    expect(methodKey('Standard Methods 2540 D')).toBe(methodKey('SM 2540D'));
    expect(isApprovedMethod('metal', 'EPA 245.1')).toBe(false);
  });
});

describe('units, duplicates and QC in the quality report', () => {
  const cu = grab('Copper', '2026-06-01', '08:00', '2026-06-02', '08:00', 'EPA 200.8', 'ug/L');

  it('units must convert to the limit unit', () => {
    const ok = checkResultQuality(cu, { limitUnits: ['mg/L'] });
    expect(ok.checks.find((c) => c.check === 'unit')).toMatchObject({ status: 'pass', field: 'unit' });
    const bad = checkResultQuality(cu, { limitUnits: ['lb/d'] });
    expect(bad.status).toBe('fail');
    expect(bad.checks.find((c) => c.check === 'unit')?.message).toBe(
      "ug/L cannot be converted to the limit's unit lb/d",
    );
    expect(bad.countsForCompliance).toBe(true);
  });

  it('a re-import is recognised by fingerprint, a changed value as a possible correction', () => {
    const same = checkResultQuality(cu, {
      existing: [{ id: 'R-9', fingerprint: cu.fingerprint, resultKey: cu.resultKey }],
    });
    expect(same.checks.find((c) => c.check === 'duplicate')?.message).toBe(
      'already imported as result R-9: it will not be added again',
    );
    const changed = checkResultQuality(cu, {
      existing: [{ id: 'R-9', fingerprint: 'f'.repeat(64), resultKey: cu.resultKey }],
    });
    expect(changed.checks.find((c) => c.check === 'duplicate')).toMatchObject({
      status: 'warn',
      field: 'row',
    });
  });

  it('a clean result passes every check', () => {
    const report = checkResultQuality(cu, { limitUnits: ['mg/L'] });
    expect(report.checks.map((c) => [c.check, c.status])).toEqual([
      ['method', 'pass'],
      ['holding_time', 'pass'],
      ['unit', 'pass'],
      ['duplicate', 'pass'],
      ['qc_sample', 'pass'],
      ['lab_qualifier', 'pass'],
    ]);
    expect(report.status).toBe('pass');
  });
});
