import { describe, expect, it } from 'vitest';
import { LIMIT_BASES } from '../src/limits/limit';
import { checkTypedValue } from '../src/quality';
import { makeLimit, makeResult } from './limits-factories';

// §9.5: Zn daily max 2.61 mg/L, monthly average 1.48 mg/L.
const daily = makeLimit({ id: 'zn-dmax', value: '2.61' });
const monthly = makeLimit({ id: 'zn-mavg', value: '1.48', basis: LIMIT_BASES.monthlyAverage });

describe('fast entry: a typed value against the limits in effect', () => {
  it('§9.5: 2.80 mg/L exceeds the daily maximum 2.61', () => {
    const check = checkTypedValue({ text: '2.80', unit: 'mg/L', date: '2025-06-10', limits: [daily] });
    expect(check.status).toBe('exceeds');
    expect(check.message).toBe('2.80 mg/L — exceeds daily maximum 2.61');
  });

  it('copper 3520 µg/L exceeds the 433 daily maximum 3.38 mg/L after conversion', () => {
    const cu = makeLimit({ id: 'cu', parameterCode: '01042', value: '3.38' });
    const check = checkTypedValue({ text: '3520', unit: 'µg/L', date: '2026-06-08', limits: [cu] });
    expect(check.message).toBe('3520 µg/L — exceeds daily maximum 3.38 mg/L');
  });

  it('within: the headroom is shown; close to the limit warns', () => {
    const ok = checkTypedValue({ text: '1.20', unit: 'mg/L', date: '2025-06-03', limits: [daily] });
    expect(ok).toMatchObject({
      status: 'ok',
      message: '1.20 mg/L — within daily maximum 2.61: headroom 1.41 mg/L (54%)',
    });
    const close = checkTypedValue({ text: '2.50', unit: 'mg/L', date: '2025-06-03', limits: [daily] });
    expect(close.status).toBe('warning');
  });

  it('a monthly average counts the results already entered (§9.5 June series)', () => {
    const results = [
      makeResult('2025-06-03', '1.20'),
      makeResult('2025-06-10', '2.80'),
      makeResult('2025-06-17', '<0.05'),
    ];
    const within = checkTypedValue({
      text: '1.10',
      unit: 'mg/L',
      date: '2025-06-24',
      limits: [monthly],
      results,
    });
    expect(within.status).toBe('ok');
    expect(within.message).toBe(
      '1.10 mg/L — within monthly average 1.48: the next daily value may be up to 1.92 mg/L',
    );
    const over = checkTypedValue({
      text: '2.00',
      unit: 'mg/L',
      date: '2025-06-24',
      limits: [monthly],
      results,
    });
    expect(over).toMatchObject({
      status: 'exceeds',
      message: '2.00 mg/L — exceeds monthly average 1.48 (monthly average would be 1.5)',
    });
  });

  it('alert levels warn, non-detects above a limit are indeterminate, bad text is invalid', () => {
    const alert = makeLimit({ id: 'alert', value: '2.0', enforceable: false });
    expect(checkTypedValue({ text: '2.2', unit: 'mg/L', date: '2025-06-03', limits: [alert] })).toMatchObject(
      {
        status: 'warning',
        message: '2.2 mg/L — alert level: exceeds daily maximum 2.0',
      },
    );
    expect(
      checkTypedValue({ text: '<3', unit: 'mg/L', date: '2025-06-03', limits: [daily] }).limits[0]?.verdict,
    ).toBe('indeterminate');
    expect(checkTypedValue({ text: 'abc', unit: 'mg/L', date: '2025-06-03', limits: [daily] }).status).toBe(
      'invalid',
    );
    expect(checkTypedValue({ text: '1', unit: 'furlongs', date: '2025-06-03', limits: [daily] }).status).toBe(
      'invalid',
    );
  });

  it('limits not in effect on the date are ignored; other dimensions are not comparable', () => {
    const later = makeLimit({ effectiveFrom: '2026-01-01' });
    expect(checkTypedValue({ text: '9', unit: 'mg/L', date: '2025-06-03', limits: [later] }).message).toBe(
      '9 mg/L — no limit in effect',
    );
    const mass = makeLimit({ id: 'q', unit: 'lb/d', value: '1.0' });
    expect(checkTypedValue({ text: '2', unit: 'mg/L', date: '2025-06-03', limits: [mass] })).toMatchObject({
      status: 'warning',
      limits: [{ limitId: 'q', verdict: 'not_comparable' }],
    });
  });
});
