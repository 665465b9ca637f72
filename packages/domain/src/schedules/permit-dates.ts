import { addDays, addYears, compareIsoDates, type IsoDate } from './dates';

/** 403.8(f)(1)(iii)(B)(1): a control mechanism lasts no more than five years. */
export const MAX_PERMIT_TERM_YEARS = 5;

/** Default renewal application lead time (LOCAL: 90 or 180 days before expiry are common). */
export const DEFAULT_RENEWAL_LEAD_DAYS = 180;

/** The expiration date of a term starting on `effectiveDate`: effective + years − 1 day (2025-01-01 + 5 y → 2029-12-31). */
export function permitExpirationDate(
  effectiveDate: IsoDate,
  termYears: number = MAX_PERMIT_TERM_YEARS,
): IsoDate {
  return addDays(addYears(effectiveDate, termYears), -1);
}

export interface PermitDates {
  effectiveDate: IsoDate;
  expirationDate: IsoDate;
  /** The latest expiration 403.8(f)(1)(iii)(B)(1) allows: effective + 5 years. */
  latestAllowedExpiration: IsoDate;
  isTermValid: boolean;
  /** expiration − lead days. */
  renewalApplicationDue: IsoDate;
  renewalLeadDays: number;
}

/** Renewal and term dates of a permit; the lead time is a setting (default 180 days). */
export function permitDates(
  effectiveDate: IsoDate,
  expirationDate: IsoDate,
  renewalLeadDays: number = DEFAULT_RENEWAL_LEAD_DAYS,
): PermitDates {
  const latestAllowedExpiration = addYears(effectiveDate, MAX_PERMIT_TERM_YEARS);
  const isTermValid =
    compareIsoDates(expirationDate, effectiveDate) > 0 &&
    compareIsoDates(expirationDate, latestAllowedExpiration) <= 0;
  return {
    effectiveDate,
    expirationDate,
    latestAllowedExpiration,
    isTermValid,
    renewalApplicationDue: addDays(expirationDate, -renewalLeadDays),
    renewalLeadDays,
  };
}

/** Where a permit stands on a date. */
export type PermitTermStatus = 'not-yet-effective' | 'effective' | 'renewal-application-due' | 'expired';

/**
 * The permit's status on `asOf`: `renewal-application-due` from the application due date until
 * expiry while no application has been received.
 */
export function permitTermStatus(
  dates: PermitDates,
  asOf: IsoDate,
  applicationReceivedOn?: IsoDate | null,
): PermitTermStatus {
  if (compareIsoDates(asOf, dates.effectiveDate) < 0) return 'not-yet-effective';
  if (compareIsoDates(asOf, dates.expirationDate) > 0) return 'expired';
  const hasApplied = applicationReceivedOn != null && compareIsoDates(applicationReceivedOn, asOf) <= 0;
  if (!hasApplied && compareIsoDates(asOf, dates.renewalApplicationDue) >= 0)
    return 'renewal-application-due';
  return 'effective';
}
