import type { RoundingMode } from '../numbers/significant-figures';
import { KG_FACTOR, LB_FACTOR } from '../units/mass-loading';

/** How a non-detect enters an average (domain-spec §9.4; LOCAL, per permit). */
export type NdAveragingMode = 'ZERO' | 'DL' | 'HALF_DL' | 'ML_ZERO';

/** What a period reports when every result is non-detect (§9.4). */
export type AllNdReporting = 'QUALIFIED_MAX_DL' | 'NODI_B';

/** Substitution for non-detects in a geometric mean (§9.4: DL for bacteria, ½ DL otherwise). */
export type GeomeanNdRule = 'DL_FOR_BACTERIA_ELSE_HALF_DL' | 'DL' | 'HALF_DL';

/** Same-day concentrations: time-weighted arithmetic mean, or Σ C·Q / Σ Q where the permit says (§9.2). */
export type DailyAveraging = 'ARITHMETIC' | 'FLOW_WEIGHTED';

/** Month a Sunday–Saturday week spanning two months belongs to (§9.1; LOCAL). */
export type WeekMonthRule = 'END_MONTH' | 'START_MONTH' | 'MAJORITY';

/** Whether a verdict uses the value at full precision or rounded to the limit's last significant place (§9.11). */
export type CompareAt = 'FULL_PRECISION' | 'ROUNDED_TO_LIMIT_SIGFIGS';

/**
 * Every LOCAL choice that changes a statistic or verdict (engineering principle 14). Results
 * carry the settings object that produced them.
 */
export interface StatisticsSettings {
  readonly ndAveragingMode: NdAveragingMode;
  readonly allNdReporting: AllNdReporting;
  readonly geomeanNdRule: GeomeanNdRule;
  readonly dailyAveraging: DailyAveraging;
  readonly weekMonthRule: WeekMonthRule;
  readonly compareAt: CompareAt;
  readonly rounding: RoundingMode;
  /**
   * Value a daily value ≤ 0 takes in a geometric mean (a positive decimal, default '1'): the
   * bacteria convention that a count below 1 is reported as <1, so 0 CFU counts as 1 (UNVERIFIED,
   * LOCAL; §9.1 defines the geometric mean for positive values only).
   */
  readonly geomeanNonPositiveValue: string;
  /** lb/d per (mg/L × MGD): 8.34 by default, 8.345 in some permits (§9.3). */
  readonly lbPerMgLMgd: string;
  /** kg/d per (mg/L × MGD): 3.785411784. */
  readonly kgPerMgLMgd: string;
}

/** Defaults: Oregon-style ND = 0, full-precision comparison, weeks to the month they end in. */
export const DEFAULT_STATISTICS_SETTINGS: StatisticsSettings = Object.freeze({
  ndAveragingMode: 'ZERO',
  allNdReporting: 'QUALIFIED_MAX_DL',
  geomeanNdRule: 'DL_FOR_BACTERIA_ELSE_HALF_DL',
  dailyAveraging: 'ARITHMETIC',
  weekMonthRule: 'END_MONTH',
  compareAt: 'FULL_PRECISION',
  rounding: 'HALF_UP',
  geomeanNonPositiveValue: '1',
  lbPerMgLMgd: LB_FACTOR,
  kgPerMgLMgd: KG_FACTOR,
});

/** Settings with overrides applied. */
export function statisticsSettings(overrides: Partial<StatisticsSettings> = {}): StatisticsSettings {
  return Object.freeze({ ...DEFAULT_STATISTICS_SETTINGS, ...overrides });
}
