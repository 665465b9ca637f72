import type { IsoDate } from '../schedules/dates';
import { lateInterval } from './late-interval';
import type { RequiredReport } from './types';

/** 403.8(f)(2)(viii)(F): BMRs, 90-day reports, periodic self-monitoring reports, compliance schedule reports. */
export const PRETREATMENT_LATE_REPORT_KINDS: ReadonlyArray<RequiredReport['kind']> = [
  'baseline-monitoring',
  'ninety-day-compliance',
  'periodic-compliance',
  'compliance-schedule-progress',
];

/** One report judged against a late-report threshold. */
export interface ReportVerdict {
  reportId: string;
  kind: RequiredReport['kind'];
  dueDate: IsoDate;
  receivedDate: IsoDate | null;
  daysLate: number;
  isOutstanding: boolean;
  isCoveredKind: boolean;
  /** Days late allowed before SNC (45 federal pretreatment, 30 NPDES or LOCAL). */
  allowedDays: number;
  sncFrom: IsoDate | null;
  isSnc: boolean;
  explanation: string;
}

/** Report lateness: SNC when more than `allowedDays` days after the due date (received or still missing). */
export function evaluateReports(
  reports: RequiredReport[],
  isCovered: (report: RequiredReport) => boolean,
  window: { start: IsoDate; end: IsoDate },
  asOf: IsoDate,
  allowedDays: number,
): ReportVerdict[] {
  return [...reports]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => {
      const late = lateInterval({
        dueDate: r.dueDate,
        doneDate: r.receivedDate,
        asOf,
        firstSncDay: allowedDays + 1,
        window,
      });
      const isCoveredKind = isCovered(r);
      const isSnc = isCoveredKind && late.isSncInWindow;
      const state = late.isOutstanding ? `not received by ${asOf}` : `received ${r.receivedDate}`;
      const explanation = isCoveredKind
        ? `Report '${r.kind}' due ${r.dueDate}, ${state}: ${late.daysLate} days late; SNC when more than ${allowedDays} days late${isSnc ? ` (from ${late.sncFrom})` : late.sncFrom ? ', outside this window' : ''}.`
        : `Report '${r.kind}' is not a report kind this criterion covers.`;
      return {
        reportId: r.id,
        kind: r.kind,
        dueDate: r.dueDate,
        receivedDate: late.isOutstanding ? null : (r.receivedDate ?? null),
        daysLate: late.daysLate,
        isOutstanding: late.isOutstanding,
        isCoveredKind,
        allowedDays,
        sncFrom: isCoveredKind ? late.sncFrom : null,
        isSnc,
        explanation,
      };
    });
}
