import { addDays, compareIsoDates, daysBetween, type IsoDate } from './dates';

export interface ReportLateness {
  dueDate: IsoDate;
  /** The date that counts as submitted, or null while not received. */
  submittedOn: IsoDate | null;
  /** Whole days after the due date (0 when on time); for an unreceived report, counted to `asOf`. */
  daysLate: number;
  isLate: boolean;
  isReceived: boolean;
}

/** Days late of a report: submitted − due, or asOf − due while it is still outstanding. */
export function reportLateness(
  dueDate: IsoDate,
  submittedOn: IsoDate | null | undefined,
  asOf: IsoDate,
): ReportLateness {
  const isReceived = submittedOn != null && compareIsoDates(submittedOn, asOf) <= 0;
  const end = isReceived ? submittedOn : asOf;
  const daysLate = Math.max(0, daysBetween(dueDate, end));
  return {
    dueDate,
    submittedOn: isReceived ? submittedOn : null,
    daysLate,
    isLate: daysLate > 0,
    isReceived,
  };
}

/** How a report was delivered. */
export type DeliveryMethod = 'mail' | 'electronic' | 'hand' | 'courier';

/**
 * §3.3 (LOCAL / UNVERIFIED): many ordinances deem a mailed report submitted on its postmark date and
 * any other on the date received. `receipt` uses the receipt date for everything. Electronic
 * reports use their CROMERR receipt date (pass it as `receivedOn`).
 */
export type SubmissionDateRule = 'postmark-for-mail' | 'receipt';

/** The date a report counts as submitted under the program's rule. */
export function effectiveSubmissionDate(input: {
  receivedOn: IsoDate;
  postmarkedOn?: IsoDate | null;
  method: DeliveryMethod;
  rule: SubmissionDateRule;
}): IsoDate {
  if (input.rule === 'postmark-for-mail' && input.method === 'mail' && input.postmarkedOn) {
    return compareIsoDates(input.postmarkedOn, input.receivedOn) <= 0 ? input.postmarkedOn : input.receivedOn;
  }
  return input.receivedOn;
}

/** 403.12(b): BMR due 180 days after the later of the standard's effective date and a final category determination. */
export function baselineReportDueDate(
  standardEffectiveDate: IsoDate,
  categoryDeterminationDate?: IsoDate,
): IsoDate {
  const later =
    categoryDeterminationDate && compareIsoDates(categoryDeterminationDate, standardEffectiveDate) > 0
      ? categoryDeterminationDate
      : standardEffectiveDate;
  return addDays(later, 180);
}

/** 403.12(b): new sources and new CIUs submit the BMR at least 90 days before discharge starts. */
export function newSourceBaselineReportDueDate(dischargeStartDate: IsoDate): IsoDate {
  return addDays(dischargeStartDate, -90);
}

/** 403.12(c); 122.41(l)(5): a compliance schedule progress report is due within 14 days of each schedule date. */
export function scheduleProgressReportDueDate(scheduleDate: IsoDate): IsoDate {
  return addDays(scheduleDate, 14);
}

/** 403.12(d): the 90-day compliance report is due 90 days after the final compliance date (new sources: discharge start). */
export function ninetyDayReportDueDate(finalComplianceDate: IsoDate): IsoDate {
  return addDays(finalComplianceDate, 90);
}
