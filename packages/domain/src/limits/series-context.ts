import { isBacteriaParameter } from '../reference/parameters';
import type { Aggregate } from '../stats/aggregate';
import type { DailyContext, DailyMode } from '../stats/daily-values';
import type { PeriodKind } from '../stats/periods';
import type { NdAveragingMode, StatisticsSettings } from '../stats/settings';
import type { WindowSpec } from '../stats/windows';
import { UNITS } from '../units/unit-catalog';
import type { Limit, LimitBasis } from './limit';

/** The statistic a limit basis applies to its window of daily values. */
export function aggregateOf(basis: LimitBasis, isMax: boolean): Aggregate {
  if (basis.kind === 'PERIOD' || basis.kind === 'ROLLING') return basis.aggregate;
  if (basis.kind === 'CONSECUTIVE_DAYS') return 'MEAN';
  return isMax ? 'MAX' : 'MIN';
}

/** The windows a limit basis evaluates. */
export function windowSpecOf(basis: LimitBasis): WindowSpec {
  switch (basis.kind) {
    case 'INSTANTANEOUS':
    case 'DAILY':
      return { kind: 'DAY' };
    case 'PERIOD':
      return { kind: basis.period };
    case 'ROLLING':
      return { kind: 'ROLLING_DAYS', days: basis.days };
    case 'CONSECUTIVE_DAYS':
      return { kind: 'CONSECUTIVE_MONITORING_DAYS', days: basis.days };
  }
}

/** Period kind of the values a limit basis produces. */
export function periodKindOf(basis: LimitBasis): PeriodKind {
  const spec = windowSpecOf(basis);
  return basis.kind === 'INSTANTANEOUS' ? 'SAMPLE' : spec.kind;
}

// §9.4: a geometric mean uses the DL for bacteria and ½ DL for other parameters (Oregon DEQ).
function geomeanNd(limit: Limit, settings: StatisticsSettings): NdAveragingMode {
  if (settings.geomeanNdRule === 'DL' || settings.geomeanNdRule === 'HALF_DL') return settings.geomeanNdRule;
  const bacteria = UNITS[limit.unit].dimension === 'bacteria' || isBacteriaParameter(limit.parameterCode);
  return bacteria ? 'DL' : 'HALF_DL';
}

/**
 * How daily values are formed for a limit (§9.2): loads as Σ C·V when the limit is a mass
 * loading, pH never averaged (the day's extreme on the limit's side), concentrations averaged.
 */
export function dailyContextFor(limit: Limit, settings: StatisticsSettings): DailyContext {
  const dimension = UNITS[limit.unit].dimension;
  const extreme: DailyMode = limit.direction === 'max' ? 'MAX' : 'MIN';
  const mode: DailyMode = dimension === 'massLoading' ? 'MASS' : dimension === 'ph' ? extreme : 'MEAN';
  const isGeomean = aggregateOf(limit.basis, limit.direction === 'max') === 'GEOMEAN';
  const nd = isGeomean ? geomeanNd(limit, settings) : settings.ndAveragingMode;
  return { mode, unit: limit.unit, nd, settings };
}
