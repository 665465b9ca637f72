import { describe, expect, it } from 'vitest';
import { DocumentKind } from '../src/contracts/documents';
import {
  defaultRetentionRule,
  effectiveRetentionRules,
  keepUntil,
  retentionStatus,
} from '../src/documents/retention';

describe('retention defaults (§3.6)', () => {
  it.each([
    ['monitoring_record', 3, 'document_date'],
    ['lab_report', 3, 'document_date'],
    ['chain_of_custody', 3, 'document_date'],
    ['calibration_log', 3, 'document_date'],
    ['correspondence', 3, 'document_date'],
    ['inspection_report', 3, 'document_date'],
    ['permit', 3, 'document_date'],
    ['signatory_authorization', 3, 'document_date'],
    ['sewage_sludge_record', 5, 'document_date'],
    ['waiver_documentation', 3, 'expiry'],
    ['other', 3, 'document_date'],
  ] as const)('%s: %i years after the %s', (kind, years, basis) => {
    expect(defaultRetentionRule(kind)).toEqual({ kind, years, basis });
  });

  it('every kind has a rule; the organization’s own replaces the default', () => {
    const rules = effectiveRetentionRules([{ kind: 'lab_report', years: 10, basis: 'document_date' }]);
    expect(rules.map((r) => r.kind)).toEqual(DocumentKind.options);
    expect(rules.find((r) => r.kind === 'lab_report')!.years).toBe(10);
    expect(rules.find((r) => r.kind === 'photo')!.years).toBe(3);
  });
});

describe('keep-until', () => {
  const rule = defaultRetentionRule('lab_report');
  it.each([
    ['2023-03-15', '2026-03-15'],
    ['2020-02-29', '2023-02-28'],
    ['2024-12-31', '2027-12-31'],
  ])('%s + 3 years = %s', (documentDate, until) => {
    expect(keepUntil(rule, { documentDate, expiresOn: null })).toBe(until);
  });

  it('runs from the expiry for waiver documentation, unknown without one', () => {
    const waiver = defaultRetentionRule('waiver_documentation');
    expect(keepUntil(waiver, { documentDate: '2020-01-01', expiresOn: '2025-06-30' })).toBe('2028-06-30');
    expect(keepUntil(waiver, { documentDate: '2020-01-01', expiresOn: null })).toBeNull();
  });

  it('zero years keeps it through the basis date itself', () => {
    const rule0 = { kind: 'photo' as const, years: 0, basis: 'document_date' as const };
    expect(keepUntil(rule0, { documentDate: '2026-01-10', expiresOn: null })).toBe('2026-01-10');
  });
});

describe('whether a document may be deleted', () => {
  const rule = defaultRetentionRule('monitoring_record');
  const doc = { documentDate: '2022-05-01', expiresOn: null };

  it('not on or before the keep-until date, naming it', () => {
    for (const today of ['2024-01-01', '2025-05-01']) {
      const s = retentionStatus(rule, doc, [], today);
      expect(s).toMatchObject({ keepUntil: '2025-05-01', deletable: false });
      expect(s.blockedReason).toContain('2025-05-01');
      expect(s.blockedReason).toContain('3 years after the document date');
    }
  });

  it('the day after, when no hold is open', () => {
    expect(retentionStatus(rule, doc, [], '2025-05-02')).toEqual({
      keepUntil: '2025-05-01',
      deletable: true,
      blockedReason: null,
    });
  });

  it('never while a hold is open, naming its reason', () => {
    const s = retentionStatus(rule, doc, [{ reason: 'Litigation: Smith v. Basin' }], '2030-01-01');
    expect(s.deletable).toBe(false);
    expect(s.blockedReason).toBe('It is under a hold: Litigation: Smith v. Basin');
    const two = retentionStatus(rule, doc, [{ reason: 'A' }, { reason: 'B' }], '2030-01-01');
    expect(two.blockedReason).toBe('It is under a hold: A (and 1 more)');
  });

  it('never while the expiry a rule runs from is unknown', () => {
    const s = retentionStatus(defaultRetentionRule('waiver_documentation'), doc, [], '2099-01-01');
    expect(s).toMatchObject({ keepUntil: null, deletable: false });
    expect(s.blockedReason).toContain('no expiry date');
  });
});
