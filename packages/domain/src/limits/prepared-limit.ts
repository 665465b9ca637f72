import { D } from '../numbers/decimal';
import { lastDigitUnit } from '../numbers/significant-figures';
import { isPhParameter } from '../reference/parameters';
import { DX } from '../stats/exact';
import type { StatisticsSettings } from '../stats/settings';
import type { Limit } from './limit';

/**
 * A limit ready for evaluation: the threshold a value is compared with, as an exact decimal and as
 * a double. FULL_PRECISION compares with the limit itself. ROUNDED_TO_LIMIT_SIGFIGS rounds the
 * value to the place of the limit's last significant figure, which is the same as comparing the
 * unrounded value with limit ± half that place and resolving an exact tie by the rounding mode.
 */
export interface PreparedLimit {
  readonly limit: Limit;
  readonly isMax: boolean;
  readonly threshold: DX;
  readonly thresholdApprox: number;
  /** Verdict when the value equals the threshold exactly. */
  readonly outsideOnTie: boolean;
  /** Place the value is rounded to before comparison, or null at full precision. */
  readonly roundingUnit: D | null;
  /** ECHO gives no exceedance percent for pH (domain-spec §9.8). */
  readonly hasPercent: boolean;
}

/** Prepares a limit under the given settings. */
export function prepareLimit(limit: Limit, settings: StatisticsSettings): PreparedLimit {
  const isMax = limit.direction === 'max';
  const value = new DX(limit.value.replace(/,/g, ''));
  const hasPercent = !(limit.unit === 'SU' || isPhParameter(limit.parameterCode));
  if (settings.compareAt === 'FULL_PRECISION') {
    return {
      limit,
      isMax,
      threshold: value,
      thresholdApprox: value.toNumber(),
      outsideOnTie: false,
      roundingUnit: null,
      hasPercent,
    };
  }
  const unit = lastDigitUnit(limit.value);
  const threshold = isMax ? value.plus(new DX(unit).div(2)) : value.minus(new DX(unit).div(2));
  const rounded = roundToUnit(new D(threshold.toString()), unit, settings);
  const outsideOnTie = isMax ? rounded.gt(value.toString()) : rounded.lt(value.toString());
  return {
    limit,
    isMax,
    threshold,
    thresholdApprox: threshold.toNumber(),
    outsideOnTie,
    roundingUnit: unit,
    hasPercent,
  };
}

/** Rounds a value to a multiple of `unit` with the settings' rounding mode (§9.11). */
export function roundToUnit(value: D, unit: D, settings: StatisticsSettings): D {
  const mode = settings.rounding === 'HALF_UP' ? D.ROUND_HALF_UP : D.ROUND_HALF_EVEN;
  return value.div(unit).toDecimalPlaces(0, mode).times(unit);
}
