import { describe, expect, it } from 'vitest';
import { PermitStatus } from '../src/contracts/permits';
import {
  allowedPermitActions,
  PERMIT_ACTIONS,
  type PermitAction,
  type PermitActionName,
  type PermitLifecycleState,
  transitionPermit,
} from '../src/permits';

const ISSUED: PermitLifecycleState = {
  status: 'issued',
  issuedDate: '2025-01-01',
  effectiveDate: '2025-02-01',
  expirationDate: '2030-01-31',
  renewalApplicationReceivedOn: null,
};

function state(status: PermitLifecycleState['status']): PermitLifecycleState {
  return { ...ISSUED, status };
}

/** An action that passes every date guard for a permit in `ISSUED`'s dates. */
const VALID: Record<PermitActionName, PermitAction> = {
  begin_draft: { action: 'begin_draft' },
  issue: {
    action: 'issue',
    issuedDate: '2025-01-01',
    effectiveDate: '2025-02-01',
    expirationDate: '2030-01-31',
  },
  take_effect: { action: 'take_effect', asOf: '2025-02-01' },
  modify: { action: 'modify', effectiveDate: '2026-01-01' },
  record_renewal_application: { action: 'record_renewal_application', receivedOn: '2029-07-01' },
  mark_renewed: { action: 'mark_renewed', successorPermitId: 'p2', successorEffectiveDate: '2030-02-01' },
  expire: { action: 'expire', asOf: '2030-02-01' },
  terminate: { action: 'terminate', date: '2026-05-01', reason: 'Facility closed' },
  revoke: { action: 'revoke', date: '2026-05-01', reason: 'Repeated SNC' },
  withdraw: { action: 'withdraw', reason: 'Application withdrawn' },
};

/** The lifecycle, written out: status → action → next status; anything missing is refused. */
const ALLOWED: Record<
  PermitLifecycleState['status'],
  Partial<Record<PermitActionName, PermitLifecycleState['status']>>
> = {
  application_received: { begin_draft: 'draft', withdraw: 'withdrawn' },
  draft: { issue: 'issued', withdraw: 'withdrawn' },
  issued: {
    take_effect: 'effective',
    modify: 'issued',
    record_renewal_application: 'issued',
    expire: 'expired',
    terminate: 'terminated',
    revoke: 'revoked',
  },
  effective: {
    modify: 'effective',
    record_renewal_application: 'effective',
    mark_renewed: 'renewed',
    expire: 'expired',
    terminate: 'terminated',
    revoke: 'revoked',
  },
  renewed: {},
  expired: { mark_renewed: 'renewed' },
  terminated: {},
  revoked: {},
  withdrawn: {},
};

describe('transitionPermit: every status × every action', () => {
  const cases = PermitStatus.options.flatMap((status) =>
    PERMIT_ACTIONS.map((action) => [status, action] as const),
  );
  it.each(cases)('%s + %s', (status, action) => {
    const result = transitionPermit(state(status), VALID[action]);
    const expected = ALLOWED[status][action];
    if (expected === undefined) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/^Cannot .* a permit that is /);
    } else {
      expect(result).toMatchObject({ ok: true, from: status, status: expected });
    }
  });

  it('covers all 9 statuses and 10 actions', () => {
    expect(cases).toHaveLength(90);
  });
});

describe('transitionPermit: results and date guards', () => {
  it('issue sets the dates; effective on the day of issue when it starts that day', () => {
    const future = transitionPermit(state('draft'), VALID.issue);
    expect(future).toEqual({
      ok: true,
      from: 'draft',
      status: 'issued',
      createsVersion: false,
      changes: { issuedDate: '2025-01-01', effectiveDate: '2025-02-01', expirationDate: '2030-01-31' },
    });
    const sameDay = transitionPermit(state('draft'), {
      ...VALID.issue,
      effectiveDate: '2025-01-01',
      expirationDate: '2029-12-31',
    } as PermitAction);
    expect(sameDay).toMatchObject({ ok: true, status: 'effective' });
  });

  it.each([
    [
      { effectiveDate: '2025-02-01', expirationDate: '2025-02-01' },
      'expirationDate 2025-02-01 must be after effectiveDate 2025-02-01',
    ],
    [
      { effectiveDate: '2025-02-01', expirationDate: '2030-02-02' },
      'more than 5 years after effectiveDate 2025-02-01 (latest 2030-02-01)',
    ],
    [{ issuedDate: '2025-03-01' }, 'effectiveDate 2025-02-01 is before issuedDate 2025-03-01'],
  ])('issue refuses %o', (patch, reason) => {
    const result = transitionPermit(state('draft'), { ...VALID.issue, ...patch } as PermitAction);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('a five-year term to the day is allowed — 403.8(f)(1)(iii)(B)(1)', () => {
    const result = transitionPermit(state('draft'), {
      ...VALID.issue,
      expirationDate: '2030-02-01',
    } as PermitAction);
    expect(result.ok).toBe(true);
  });

  it('take_effect refuses before the effective date and after expiry', () => {
    const early = transitionPermit(state('issued'), { action: 'take_effect', asOf: '2025-01-31' });
    expect(early).toMatchObject({
      ok: false,
      reason: 'Cannot take effect: it takes effect on 2025-02-01, not before',
    });
    const late = transitionPermit(state('issued'), { action: 'take_effect', asOf: '2030-02-01' });
    expect(late).toMatchObject({ ok: false, reason: 'Cannot take effect: it expired on 2030-01-31' });
    const undated = transitionPermit({ ...state('issued'), effectiveDate: null }, VALID.take_effect);
    expect(undated).toMatchObject({
      ok: false,
      reason: 'Cannot take effect: the permit has no effectiveDate',
    });
  });

  it('expire refuses while the permit is in force (the last day included)', () => {
    const result = transitionPermit(state('effective'), { action: 'expire', asOf: '2030-01-31' });
    expect(result).toMatchObject({ ok: false, reason: 'Cannot expire: it is in force until 2030-01-31' });
    const undated = transitionPermit({ ...state('effective'), expirationDate: null }, VALID.expire);
    expect(undated).toMatchObject({ ok: false, reason: 'Cannot expire: the permit has no expirationDate' });
  });

  it('modify creates a version and keeps the status; refused after expiry', () => {
    expect(transitionPermit(state('effective'), VALID.modify)).toEqual({
      ok: true,
      from: 'effective',
      status: 'effective',
      createsVersion: true,
      changes: {},
    });
    const late = transitionPermit(state('effective'), { action: 'modify', effectiveDate: '2030-03-01' });
    expect(late).toMatchObject({
      ok: false,
      reason: 'Cannot modify: effectiveDate 2030-03-01 is after the permit expires (2030-01-31)',
    });
  });

  it('terminate and revoke refuse a date before issue', () => {
    for (const action of ['terminate', 'revoke'] as const) {
      const result = transitionPermit(state('effective'), { action, date: '2024-12-31', reason: 'x' });
      expect(result).toMatchObject({
        ok: false,
        reason: `Cannot ${action}: date 2024-12-31 is before the permit was issued (2025-01-01)`,
      });
    }
  });

  it('record_renewal_application records the date', () => {
    expect(transitionPermit(state('effective'), VALID.record_renewal_application)).toMatchObject({
      ok: true,
      status: 'effective',
      changes: { renewalApplicationReceivedOn: '2029-07-01' },
    });
  });

  it('names the statuses an action needs', () => {
    const result = transitionPermit(state('revoked'), VALID.terminate);
    expect(result).toEqual({
      ok: false,
      from: 'revoked',
      action: 'terminate',
      reason: 'Cannot terminate a permit that is revoked; it must be issued or effective',
    });
  });
});

describe('allowedPermitActions', () => {
  it.each(PermitStatus.options)('%s', (status) => {
    expect(allowedPermitActions({ status }).sort()).toEqual(Object.keys(ALLOWED[status]).sort());
  });
});
