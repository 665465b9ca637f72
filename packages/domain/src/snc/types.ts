import type { LimitDirection } from '../limits/compare';
import type { IsoDate } from '../schedules/dates';

/** The SNC criteria of 403.8(f)(2)(viii)(A)–(H). */
export type SncCriterion = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H';

/**
 * The limit type a measurement is compared with (§4.3): `daily` (daily maximum/minimum: one
 * measurement per daily value), `instantaneous` (every grab counts), `average` (one measurement per
 * averaging-period result, dated on the period's last day).
 */
export type SncLimitKind = 'daily' | 'instantaneous' | 'average';

/** Pretreatment TRC class, 403.8(f)(2)(viii)(B): 1.4 for BOD, TSS, FOG; 1.2 all others; none for pH. */
export type PretreatmentTrcClass = '1.4' | '1.2' | 'none';

/**
 * One result compared with one limit. A result checked against two bounds (pH 5.0–11.0) is two rows
 * with the same `id`; they count as one measurement that exceeds when outside either bound.
 */
export interface SncMeasurement {
  /** The result's id (rows sharing an id within a series are one measurement). */
  id: string;
  parameterCode: string;
  /** Monitoring point / outfall; §4.3(1) evaluates per point. Default ''. */
  monitoringPoint?: string;
  date: IsoDate;
  /** The value as a decimal string, in the limit's unit (for a non-detect: the detection limit). */
  value: string;
  limit: string;
  direction: LimitDirection;
  limitKind: SncLimitKind;
  trcClass: PretreatmentTrcClass;
  /** Reported as not detected; `value` holds the detection limit. */
  isNonDetect?: boolean;
  /** Invalidated by QA (§4.3(2)): never counted. */
  isInvalid?: boolean;
  /**
   * Optional fast-path hint from the engine (a DailyValue's `approx` and `mag`): `value` as a double
   * and the scale of its rounding error. Comparisons the doubles cannot decide within
   * FAST_PATH_TOLERANCE are re-decided exactly from `value`. Without it, `value` is parsed.
   */
  approx?: number;
  approxMagnitude?: number;
}

/** §4.2 (UNVERIFIED, LOCAL): fixed Jan–Jun / Jul–Dec windows, or the two latest quarters at each quarter end. */
export type SncWindowMode = 'FIXED_SEMIANNUAL' | 'ROLLING_QUARTERLY';

export interface SncWindow {
  mode: SncWindowMode;
  start: IsoDate;
  end: IsoDate;
  /** '2025-H1' or '2025-Q2+Q3'. */
  label: string;
}

/** Program settings that change pretreatment SNC verdicts (§4.2, §4.3; all LOCAL). Recorded on every verdict. */
export interface PretreatmentSncSettings {
  windowMode: SncWindowMode;
  /** 403.8(f)(2)(viii)(F): days after the due date; federal 45, many ordinances 30. */
  lateReportDays: number;
  /** §4.3(3): same-day results against a daily limit count as one averaged daily value, or each result. */
  dailyLimitCounting: 'DAILY_AVERAGE' | 'EACH_RESULT';
  /** §4.3(5): average-limit results count one per averaging period, or are left out of A/B. */
  averageLimitCounting: 'PERIOD_RESULT' | 'EXCLUDE';
  /** §4.3(6): evaluate each limit kind separately (SNC if any is), or pool all kinds of a parameter. */
  limitKindEvaluation: 'SEPARATE' | 'POOLED';
  /** §4.3(7): a non-detect whose detection limit is outside the limit goes to manual review, or counts. */
  nonDetectAboveLimit: 'MANUAL_REVIEW' | 'COUNT';
  /** §4.3(12): per-program TRC factor per parameter code (decimal string; null = no TRC test). */
  trcFactorOverrides: Record<string, string | null>;
}

/** A compliance schedule milestone in a control mechanism or enforcement order. */
export interface ScheduleMilestone {
  id: string;
  /** Only the first three are criterion E (S8); anything else is `other`. */
  kind: 'start-construction' | 'complete-construction' | 'final-compliance' | 'other';
  description?: string;
  scheduledDate: IsoDate;
  achievedDate?: IsoDate | null;
}

/** A required report and when it arrived (the program's submission-date rule already applied). */
export interface RequiredReport {
  id: string;
  kind:
    | 'baseline-monitoring'
    | 'ninety-day-compliance'
    | 'periodic-compliance'
    | 'compliance-schedule-progress'
    | 'dmr'
    | 'pretreatment-program'
    | 'other';
  /** A final compliance-schedule progress report (NPDES Category I counts only these). */
  isFinal?: boolean;
  dueDate: IsoDate;
  receivedDate?: IsoDate | null;
}

/** A POTW determination for a criterion decided by judgment (C, D, G, H); D may come from an emergency halt. */
export interface ManualDetermination {
  id: string;
  criterion: 'C' | 'D' | 'G' | 'H';
  /** When the violation happened (or began). */
  occurredOn: IsoDate;
  /** When it ended, if it lasted; default: the same day. */
  endedOn?: IsoDate | null;
  source?: 'manual' | 'emergency-halt';
  parameterCode?: string;
  note?: string;
}
