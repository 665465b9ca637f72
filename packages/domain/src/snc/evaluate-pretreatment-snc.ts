import { compareIsoDates, type IsoDate, isIsoDate } from '../schedules/dates';
import { evaluateBatchCriteria } from './batch-criteria';
import type { SncWarning } from './explain';
import { type DeterminationVerdict, evaluateDeterminations } from './manual-criteria';
import type { SncMeasurementBatch } from './measurement-batch';
import { evaluateMeasurementCriteria, type SeriesVerdict } from './measurement-criteria';
import { evaluateReports, PRETREATMENT_LATE_REPORT_KINDS, type ReportVerdict } from './report-criterion';
import { evaluateMilestones, type MilestoneVerdict } from './schedule-criterion';
import { resolveSncSettings } from './settings';
import { type CriterionFinding, summariseCriteria } from './summarise-criteria';
import type {
  ManualDetermination,
  PretreatmentSncSettings,
  RequiredReport,
  ScheduleMilestone,
  SncCriterion,
  SncMeasurement,
  SncWindow,
} from './types';
import { sncWindowContaining } from './windows';

export interface PretreatmentSncInput {
  /** The evaluation date: later measurements are ignored, open items are counted late up to it. */
  asOf: IsoDate;
  /** 403.8(f)(2)(viii): SNC applies to SIUs; any other IU only under C, D or H. */
  isSignificantIndustrialUser: boolean;
  /** Default: the window containing `asOf` under the settings' window mode. */
  window?: SncWindow;
  measurements?: SncMeasurement[];
  /**
   * The same measurements as columns (a program-wide sweep builds no object per measurement); gives
   * the same verdicts as the equivalent `measurements`. At most one of the two may hold rows.
   */
  measurementBatch?: SncMeasurementBatch;
  milestones?: ScheduleMilestone[];
  reports?: RequiredReport[];
  determinations?: ManualDetermination[];
  settings?: Partial<PretreatmentSncSettings>;
  /** Decide every measurement comparison in exact decimal (no fast path): audits and property tests. */
  exactOnly?: boolean;
}

/** A dated SNC record (§4.2: kept per window for the 12-month public notice). */
export interface SncFinding {
  criterion: SncCriterion;
  parameterCode: string | null;
  monitoringPoint: string | null;
  windowStart: IsoDate;
  windowEnd: IsoDate;
  windowMode: SncWindow['mode'];
  determinedOn: IsoDate;
}

export interface PretreatmentSncResult {
  isSnc: boolean;
  criteriaMet: SncCriterion[];
  criteria: Record<SncCriterion, CriterionFinding>;
  findings: SncFinding[];
  warnings: SncWarning[];
  window: SncWindow;
  asOf: IsoDate;
  isWindowOpen: boolean;
  settings: PretreatmentSncSettings;
  series: SeriesVerdict[];
  milestones: MilestoneVerdict[];
  reports: ReportVerdict[];
  determinations: DeterminationVerdict[];
}

function measurementSeries(
  input: PretreatmentSncInput,
  window: SncWindow,
  settings: PretreatmentSncSettings,
): SeriesVerdict[] {
  const options = { exactOnly: input.exactOnly === true };
  const batch = input.measurementBatch;
  if (batch === undefined || batch.length === 0)
    return evaluateMeasurementCriteria(input.measurements ?? [], window, input.asOf, settings, options);
  if (input.measurements !== undefined && input.measurements.length > 0)
    throw new RangeError('Give measurements either as rows or as a batch, not both');
  return evaluateBatchCriteria(batch, window, input.asOf, settings, options);
}

/** Pretreatment SNC, criteria A–H of 403.8(f)(2)(viii), for one IU in one window, with explanations. */
export function evaluatePretreatmentSnc(input: PretreatmentSncInput): PretreatmentSncResult {
  const settings = resolveSncSettings(input.settings);
  const { asOf } = input;
  if (!isIsoDate(asOf)) throw new RangeError(`asOf is not an ISO date: '${asOf}'`);
  const window = input.window ?? sncWindowContaining(asOf, settings.windowMode);
  if (window.mode !== settings.windowMode) {
    throw new RangeError(
      `Window mode ${window.mode} differs from the program setting ${settings.windowMode}`,
    );
  }
  const series = measurementSeries(input, window, settings);
  // 403.8(f)(2)(viii)(E): more than 90 days late.
  const milestones = evaluateMilestones(input.milestones ?? [], window, asOf, 91);
  const isReportCovered = (r: RequiredReport) => PRETREATMENT_LATE_REPORT_KINDS.includes(r.kind);
  // 403.8(f)(2)(viii)(F): more than 45 days after the due date (LOCAL setting).
  const reports = evaluateReports(
    input.reports ?? [],
    isReportCovered,
    window,
    asOf,
    settings.lateReportDays,
  );
  const determinations = evaluateDeterminations(input.determinations ?? [], window, asOf);
  const summary = summariseCriteria({
    isSignificantIndustrialUser: input.isSignificantIndustrialUser,
    series,
    milestones,
    reports,
    determinations,
  });
  const findings: SncFinding[] = summary.findings.map((f) => ({
    ...f,
    windowStart: window.start,
    windowEnd: window.end,
    windowMode: window.mode,
    determinedOn: asOf,
  }));
  return {
    isSnc: summary.criteriaMet.length > 0,
    criteriaMet: summary.criteriaMet,
    criteria: summary.criteria,
    findings,
    warnings: input.isSignificantIndustrialUser ? summary.warnings : [],
    window,
    asOf,
    isWindowOpen: compareIsoDates(asOf, window.end) < 0,
    settings,
    series,
    milestones,
    reports,
    determinations,
  };
}
