import { D } from '../numbers/decimal';
import { type ExactStatistic, statisticValue } from '../stats/aggregate';
import type { DailyValue } from '../stats/daily-values';
import type { Period } from '../stats/periods';
import type { StatisticsSettings } from '../stats/settings';
import type { UnitId } from '../units/unit-catalog';
import { exceedancePercent, type LimitDirection } from './compare';
import type { DmrValueType, Limit } from './limit';
import { type PreparedLimit, roundToUnit } from './prepared-limit';

/** A computed value outside an enforceable or alert-only limit, with everything that produced it. */
export interface Exceedance {
  readonly limitId: string;
  readonly parameterCode: string;
  readonly monitoringPoint: string;
  readonly statisticalBaseCode: string | null;
  readonly valueType: DmrValueType | null;
  readonly period: Period;
  /** The computed value at full precision (40 significant digits). */
  readonly value: string;
  /** The value the verdict used: full precision, or rounded to the limit's last significant place. */
  readonly comparedValue: string;
  readonly limit: string;
  readonly unit: UnitId;
  readonly direction: LimitDirection;
  /** ECHO rule: round(|value − limit| / limit × 100), half up; null for pH (§9.8). */
  readonly exceedancePercent: number | null;
  /** The result ids that produced the value. */
  readonly resultIds: readonly string[];
  readonly enforceable: boolean;
  readonly settings: StatisticsSettings;
}

/** Ids of the results behind daily values `[from, to)`. */
export function resultIdsOf(values: readonly DailyValue[], from: number, to: number): string[] {
  const ids: string[] = [];
  for (let i = from; i < to; i++) for (const s of values[i]!.samples) ids.push(s.id);
  return ids;
}

/** The value a verdict compares: full precision or rounded per §9.11. */
export function comparedValueOf(
  value: string,
  prepared: PreparedLimit,
  settings: StatisticsSettings,
): string {
  if (prepared.roundingUnit === null) return value;
  return roundToUnit(new D(value), prepared.roundingUnit, settings).toString();
}

/** Builds an exceedance record for a value already found outside its limit. */
export function buildExceedance(
  prepared: PreparedLimit,
  period: Period,
  stat: ExactStatistic,
  resultIds: readonly string[],
  settings: StatisticsSettings,
): Exceedance {
  const limit: Limit = prepared.limit;
  const value = statisticValue(stat);
  const comparedValue = comparedValueOf(value, prepared, settings);
  return {
    limitId: limit.id,
    parameterCode: limit.parameterCode,
    monitoringPoint: limit.monitoringPoint,
    statisticalBaseCode: limit.statisticalBaseCode ?? null,
    valueType: limit.valueType ?? null,
    period,
    value,
    comparedValue,
    limit: limit.value,
    unit: limit.unit,
    direction: limit.direction,
    exceedancePercent: prepared.hasPercent
      ? exceedancePercent(comparedValue, limit.value.replace(/,/g, ''))
      : null,
    resultIds,
    enforceable: limit.enforceable,
    settings,
  };
}
