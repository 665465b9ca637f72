import {
  SNC_CRITERION_TITLES,
  type SncArithmeticView,
  type SncCriterionCode,
  type SncCriterionExplanation,
  type SncItemView,
  type SncMeasurementView,
  type SncSeriesView,
  type SncSettingsUsed,
  type SncWarningView,
} from '@outfall/domain/contracts/snc-program';
import { findParameter } from '@outfall/domain/reference/parameters';
import type {
  NearSncWarning,
  PercentCriterionResult,
  PretreatmentSncResult,
  SeriesVerdict,
  SncWarning,
} from '@outfall/domain/snc/index';

const CRITERIA: SncCriterionCode[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];

/** "4 of 6 = 66.7 % ≥ 66 %" (or "< 66 %"). */
export function arithmeticOf(c: PercentCriterionResult): SncArithmeticView {
  return {
    criterion: c.criterion,
    isMet: c.isMet,
    exceeding: c.exceeding,
    total: c.total,
    percent: c.percent,
    thresholdPercent: c.thresholdPercent,
    test: c.test,
    arithmetic: `${c.exceeding} of ${c.total} = ${c.percent} % ${c.isMet ? '≥' : '<'} ${c.thresholdPercent} %`,
  };
}

// A range reads "min 5.0 / max 11.0".
const minFirst = (a: { direction: string }, b: { direction: string }) =>
  a.direction === b.direction ? 0 : a.direction === 'min' ? -1 : 1;

function measurementsOf(s: SeriesVerdict): SncMeasurementView[] {
  return s.measurements.map((m) => {
    const bounds = [...m.bounds].sort(minFirst);
    return {
      key: m.key,
      date: m.date,
      value: bounds[0]?.value ?? '',
      limit: bounds.map((b) => `${b.direction} ${b.limit}`).join(' / '),
      bounds: bounds.map((b) => ({
        limit: b.limit,
        direction: b.direction,
        value: b.value,
        isOutside: b.isOutside,
        trcFactor: b.trcFactor,
        trcValue: b.trcValue,
        meetsTrc: b.meetsTrc,
      })),
      exceedsLimit: m.exceedsLimit,
      meetsTrc: m.meetsTrc,
      isNonDetect: m.isNonDetect,
      needsReview: m.needsReview,
    };
  });
}

function seriesView(s: SeriesVerdict, units: ReadonlyMap<string, string>): SncSeriesView {
  return {
    parameterCode: s.parameterCode,
    parameterName: findParameter(s.parameterCode)?.description ?? null,
    monitoringPoint: s.monitoringPoint,
    limitKind: s.limitKind,
    unit: units.get(`${s.monitoringPoint}|${s.parameterCode}`) ?? null,
    measurements: measurementsOf(s),
    chronic: arithmeticOf(s.chronic),
    trc: s.trc ? arithmeticOf(s.trc) : null,
  };
}

function itemsOf(r: PretreatmentSncResult, c: SncCriterionCode): SncItemView[] {
  if (c === 'E') return r.milestones.map((m) => ({ id: m.milestoneId, isSnc: m.isSnc, text: m.explanation }));
  if (c === 'F')
    return r.reports
      .filter((x) => x.isCoveredKind)
      .map((x) => ({ id: x.reportId, isSnc: x.isSnc, text: x.explanation }));
  if (c === 'A' || c === 'B') return [];
  return r.determinations
    .filter((d) => d.criterion === c)
    .map((d) => ({ id: d.determinationId, isSnc: d.isSnc, text: d.explanation }));
}

/**
 * Per criterion: whether it applies and is met, the engine's reasons, and for A and B every series
 * with its measurements (date, value, limit, exceeding?) and the arithmetic.
 */
export function explanationOf(
  r: PretreatmentSncResult,
  units: ReadonlyMap<string, string>,
): SncCriterionExplanation[] {
  return CRITERIA.map((c) => {
    const finding = r.criteria[c];
    const series =
      c === 'A'
        ? r.series.map((s) => seriesView(s, units))
        : c === 'B'
          ? r.series.filter((s) => s.trc !== null).map((s) => seriesView(s, units))
          : [];
    return {
      criterion: c,
      title: SNC_CRITERION_TITLES[c],
      isApplicable: finding.isApplicable,
      isMet: finding.isMet,
      reasons: [...finding.reasons],
      series,
      items: itemsOf(r, c),
    };
  });
}

export function warningsOf(oneMore: SncWarning[], near: NearSncWarning[]): SncWarningView[] {
  return [
    ...oneMore.map((w) => ({
      kind: 'one-more' as const,
      criterion: w.criterion,
      parameterCode: w.parameterCode,
      monitoringPoint: w.monitoringPoint,
      message: w.message,
    })),
    ...near.map((w) => ({
      kind: 'near' as const,
      criterion: w.criterion,
      parameterCode: w.parameterCode,
      monitoringPoint: w.monitoringPoint,
      message: w.message,
    })),
  ];
}

export function settingsUsedOf(r: PretreatmentSncResult, nearSncMarginPercent: number): SncSettingsUsed {
  return {
    windowMode: r.settings.windowMode,
    lateReportDays: r.settings.lateReportDays,
    nearSncMarginPercent,
    dailyLimitCounting: r.settings.dailyLimitCounting,
    averageLimitCounting: r.settings.averageLimitCounting,
    limitKindEvaluation: r.settings.limitKindEvaluation,
    nonDetectAboveLimit: r.settings.nonDetectAboveLimit,
  };
}
