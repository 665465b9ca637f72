import type { DocumentKind, RetentionRule } from '../contracts/documents';
import { DocumentKind as DocumentKinds } from '../contracts/documents';
import { addYears, compareIsoDates, type IsoDate } from '../schedules/dates';

/**
 * Record retention (domain-spec §3.6; 40 CFR 403.12(o), 122.41(j)): how long each kind of document
 * is kept, when it may go, and why not yet. Pure: the caller passes today's date.
 */

/**
 * Defaults: 3 years after the document date for monitoring records, lab reports, chain of custody,
 * calibration logs, reports, correspondence, permits, signatory authorizations and everything else;
 * 5 years for sewage sludge records (503.17); 3 years after the expiry of what it documents for
 * waiver and eligibility documentation.
 */
export function defaultRetentionRule(kind: DocumentKind): RetentionRule {
  if (kind === 'sewage_sludge_record') return { kind, years: 5, basis: 'document_date' };
  if (kind === 'waiver_documentation') return { kind, years: 3, basis: 'expiry' };
  return { kind, years: 3, basis: 'document_date' };
}

/** Every kind's rule: the organization's own where it has one, the default otherwise, in kind order. */
export function effectiveRetentionRules(own: readonly RetentionRule[]): RetentionRule[] {
  return DocumentKinds.options.map((kind) => own.find((r) => r.kind === kind) ?? defaultRetentionRule(kind));
}

export interface RetentionSubject {
  documentDate: IsoDate;
  expiresOn: IsoDate | null;
}

/** The last day the document must be kept; null while the basis (an expiry) is not recorded. */
export function keepUntil(rule: RetentionRule, doc: RetentionSubject): IsoDate | null {
  const basis = rule.basis === 'expiry' ? doc.expiresOn : doc.documentDate;
  return basis ? addYears(basis, rule.years) : null;
}

export interface RetentionStatus {
  keepUntil: IsoDate | null;
  deletable: boolean;
  /** Why it may not be deleted now, in words; null when it may. */
  blockedReason: string | null;
}

const basisWords = (rule: RetentionRule) =>
  `${rule.years} year${rule.years === 1 ? '' : 's'} after the ${rule.basis === 'expiry' ? 'expiry' : 'document date'}`;

/**
 * Whether the document may be deleted on `today`: only after its keep-until date has passed and
 * while no hold is open. An open hold is named first (it blocks whatever the dates say).
 */
export function retentionStatus(
  rule: RetentionRule,
  doc: RetentionSubject,
  openHolds: readonly { reason: string }[],
  today: IsoDate,
): RetentionStatus {
  const until = keepUntil(rule, doc);
  const [hold] = openHolds;
  if (hold)
    return {
      keepUntil: until,
      deletable: false,
      blockedReason: `It is under a hold: ${hold.reason}${openHolds.length > 1 ? ` (and ${openHolds.length - 1} more)` : ''}`,
    };
  if (until === null)
    return {
      keepUntil: null,
      deletable: false,
      blockedReason: `It is kept ${basisWords(rule)}, and no expiry date is recorded`,
    };
  if (compareIsoDates(today, until) <= 0)
    return {
      keepUntil: until,
      deletable: false,
      blockedReason: `It must be kept until ${until} (${basisWords(rule)})`,
    };
  return { keepUntil: until, deletable: true, blockedReason: null };
}
