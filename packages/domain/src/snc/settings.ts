import type { PretreatmentSncSettings } from './types';

/** Federal defaults: fixed half-years, 45-day late reports, §4.3 recommended counting. */
export const DEFAULT_PRETREATMENT_SNC_SETTINGS: Readonly<PretreatmentSncSettings> = Object.freeze({
  windowMode: 'FIXED_SEMIANNUAL',
  lateReportDays: 45,
  dailyLimitCounting: 'DAILY_AVERAGE',
  averageLimitCounting: 'PERIOD_RESULT',
  limitKindEvaluation: 'SEPARATE',
  nonDetectAboveLimit: 'MANUAL_REVIEW',
  trcFactorOverrides: {},
});

/** Fills unset settings with the federal defaults. */
export function resolveSncSettings(settings: Partial<PretreatmentSncSettings> = {}): PretreatmentSncSettings {
  const resolved = { ...DEFAULT_PRETREATMENT_SNC_SETTINGS, ...settings };
  if (!Number.isInteger(resolved.lateReportDays) || resolved.lateReportDays < 0) {
    throw new RangeError('lateReportDays must be a whole number of days');
  }
  return { ...resolved, trcFactorOverrides: { ...resolved.trcFactorOverrides } };
}
