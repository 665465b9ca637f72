import { z } from 'zod';
import { IsoDateText } from './permits-common';
import { SncWindowModeSchema } from './program';

/** SNC for every IU through the stored data (§4): the API's shapes. */

export const SncCriterionCode = z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
export type SncCriterionCode = z.infer<typeof SncCriterionCode>;

/** The words of each criterion of 403.8(f)(2)(viii), for lists and the public notice. */
export const SNC_CRITERION_TITLES: Record<SncCriterionCode, string> = {
  A: 'Chronic violation (66 % of measurements exceed a limit)',
  B: 'Technical review criteria (33 % of measurements at or above limit × TRC)',
  C: 'Pass-through or interference',
  D: 'Imminent endangerment or emergency halt',
  E: 'Compliance schedule milestone more than 90 days late',
  F: 'Required report late',
  G: 'Failure to accurately report noncompliance',
  H: 'Other violation affecting the pretreatment program',
};

export const SncBoundView = z.object({
  limit: z.string(),
  direction: z.enum(['max', 'min']),
  value: z.string(),
  isOutside: z.boolean(),
  trcFactor: z.string().nullable(),
  trcValue: z.string().nullable(),
  meetsTrc: z.boolean(),
});
export type SncBoundView = z.infer<typeof SncBoundView>;

/** One counted measurement as shown in an explanation. */
export const SncMeasurementView = z.object({
  key: z.string(),
  date: z.string(),
  /** The value compared (for a pH range, the grab); a non-detect shows its detection limit. */
  value: z.string(),
  /** 'max 3.38', 'min 5.0 / max 11.0'. */
  limit: z.string(),
  bounds: z.array(SncBoundView),
  exceedsLimit: z.boolean(),
  meetsTrc: z.boolean(),
  isNonDetect: z.boolean(),
  needsReview: z.boolean(),
});
export type SncMeasurementView = z.infer<typeof SncMeasurementView>;

/** The count behind A or B: "4 of 6 = 66.7 % ≥ 66 %". */
export const SncArithmeticView = z.object({
  criterion: z.enum(['A', 'B']),
  isMet: z.boolean(),
  exceeding: z.number().int(),
  total: z.number().int(),
  percent: z.string(),
  thresholdPercent: z.number().int(),
  /** The exact integer test ('100 × 4 >= 66 × 6'). */
  test: z.string(),
  arithmetic: z.string(),
});
export type SncArithmeticView = z.infer<typeof SncArithmeticView>;

export const SncSeriesView = z.object({
  parameterCode: z.string(),
  parameterName: z.string().nullable(),
  monitoringPoint: z.string(),
  limitKind: z.string(),
  unit: z.string().nullable(),
  measurements: z.array(SncMeasurementView),
  chronic: SncArithmeticView,
  trc: SncArithmeticView.nullable(),
});
export type SncSeriesView = z.infer<typeof SncSeriesView>;

/** One item (milestone, report, determination) behind C–H. */
export const SncItemView = z.object({
  id: z.string(),
  isSnc: z.boolean(),
  text: z.string(),
});
export type SncItemView = z.infer<typeof SncItemView>;

export const SncCriterionExplanation = z.object({
  criterion: SncCriterionCode,
  title: z.string(),
  isApplicable: z.boolean(),
  isMet: z.boolean(),
  reasons: z.array(z.string()),
  /** A and B: the series with their measurements and arithmetic. */
  series: z.array(SncSeriesView),
  /** C–H: the milestones, reports or determinations judged. */
  items: z.array(SncItemView),
});
export type SncCriterionExplanation = z.infer<typeof SncCriterionExplanation>;

export const SncWarningView = z.object({
  kind: z.enum(['one-more', 'near']),
  criterion: z.enum(['A', 'B']),
  parameterCode: z.string(),
  monitoringPoint: z.string(),
  message: z.string(),
});
export type SncWarningView = z.infer<typeof SncWarningView>;

export const SncFindingView = z.object({
  criterion: SncCriterionCode,
  parameterCode: z.string().nullable(),
  monitoringPoint: z.string().nullable(),
  windowStart: z.string(),
  windowEnd: z.string(),
  windowMode: SncWindowModeSchema,
  determinedOn: z.string(),
});
export type SncFindingView = z.infer<typeof SncFindingView>;

/** The program settings the engine was given, recorded on the determination. */
export const SncSettingsUsed = z.object({
  windowMode: SncWindowModeSchema,
  lateReportDays: z.number().int(),
  nearSncMarginPercent: z.number().int(),
  dailyLimitCounting: z.string(),
  averageLimitCounting: z.string(),
  limitKindEvaluation: z.string(),
  nonDetectAboveLimit: z.string(),
});
export type SncSettingsUsed = z.infer<typeof SncSettingsUsed>;

export const SncEvaluationView = z.object({
  id: z.uuid(),
  facilityId: z.uuid(),
  windowMode: SncWindowModeSchema,
  windowStart: z.string(),
  windowEnd: z.string(),
  windowLabel: z.string(),
  asOf: z.string(),
  isWindowOpen: z.boolean(),
  isSignificantIndustrialUser: z.boolean(),
  isSnc: z.boolean(),
  isNearSnc: z.boolean(),
  criteriaMet: z.array(SncCriterionCode),
  findings: z.array(SncFindingView),
  warnings: z.array(SncWarningView),
  explanation: z.array(SncCriterionExplanation),
  settings: SncSettingsUsed,
  evaluatedAt: z.string(),
});
export type SncEvaluationView = z.infer<typeof SncEvaluationView>;

/** One IU on the program list with its latest verdict. */
export const SncProgramRow = z.object({
  facilityId: z.uuid(),
  facilityName: z.string(),
  /** Effective IU class (SIU_CATEGORICAL, NSCIU …), null when not classified. */
  facilityClass: z.string().nullable(),
  isSignificantIndustrialUser: z.boolean(),
  latest: z
    .object({
      id: z.uuid(),
      windowMode: SncWindowModeSchema,
      windowLabel: z.string(),
      windowStart: z.string(),
      windowEnd: z.string(),
      asOf: z.string(),
      isSnc: z.boolean(),
      isNearSnc: z.boolean(),
      criteriaMet: z.array(SncCriterionCode),
      warnings: z.array(SncWarningView),
      evaluatedAt: z.string(),
    })
    .nullable(),
});
export type SncProgramRow = z.infer<typeof SncProgramRow>;

export const SncListQuery = z.object({
  /** The latest evaluation of a window ending on or before this date (default: the latest of all). */
  windowEnd: IsoDateText.optional(),
});
export type SncListQuery = z.infer<typeof SncListQuery>;

export const SncFacilityView = z.object({
  facilityId: z.uuid(),
  facilityName: z.string(),
  facilityClass: z.string().nullable(),
  isSignificantIndustrialUser: z.boolean(),
  evaluations: z.array(SncEvaluationView),
});
export type SncFacilityView = z.infer<typeof SncFacilityView>;

export const SncEvaluateInput = z.object({
  /**
   * A date inside the window to evaluate (default: today, the current window). A closed window is
   * evaluated as of today, so every result and report now on record counts.
   */
  windowDate: IsoDateText.optional(),
});
export type SncEvaluateInput = z.infer<typeof SncEvaluateInput>;

export const SncPublicNoticeQuery = z.object({
  /** Publication date; the notice covers the 12 months before it (default today). */
  asOf: IsoDateText.optional(),
});
export type SncPublicNoticeQuery = z.infer<typeof SncPublicNoticeQuery>;

export const SncPublicNoticeEntry = z.object({
  facilityId: z.uuid(),
  name: z.string(),
  address: z.string(),
  criteria: z.array(SncCriterionCode),
  windows: z.array(z.object({ label: z.string(), start: z.string(), end: z.string() })),
});
export type SncPublicNoticeEntry = z.infer<typeof SncPublicNoticeEntry>;

export const SncPublicNoticeView = z.object({
  authorityName: z.string(),
  asOf: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  heading: z.string(),
  statement: z.string(),
  entries: z.array(SncPublicNoticeEntry),
});
export type SncPublicNoticeView = z.infer<typeof SncPublicNoticeView>;
