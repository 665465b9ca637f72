import { exceedancePercent } from '../limits/compare';
import { evaluateSeries } from '../limits/evaluate-series';
import { comparedValueOf } from '../limits/exceedance';
import { LIMIT_BASES, type Limit } from '../limits/limit';
import { prepareLimit } from '../limits/prepared-limit';
import { dailyContextFor } from '../limits/series-context';
import { D } from '../numbers/decimal';
import { exactAggregate, statisticValue } from '../stats/aggregate';
import { percentRemoval } from '../stats/percent-removal';
import type { SampleResult } from '../stats/sample';
import type { StatisticsSettings } from '../stats/settings';

/** Percent removal for a month and its verdict against a minimum removal limit (§9.7). */
export interface PercentRemovalValue {
  readonly influentAverage: string;
  readonly effluentAverage: string;
  readonly percentRemoval: string;
  readonly limit: string;
  readonly exceedance: boolean;
  /** ECHO rule round(|value − limit| / limit × 100). */
  readonly exceedancePercent: number | null;
  readonly settings: StatisticsSettings;
}

function monthlyAverage(
  results: readonly SampleResult[],
  month: string,
  settings: StatisticsSettings,
  unit: Limit['unit'],
): string {
  const limit: Limit = {
    id: 'monthly-average',
    parameterCode: '',
    monitoringPoint: '',
    basis: LIMIT_BASES.monthlyAverage,
    value: '0',
    unit,
    direction: 'max',
    effectiveFrom: '0000-01-01',
    enforceable: false,
  };
  const evaluation = evaluateSeries({ results, limits: [limit], settings });
  const v = evaluation.values.find((x) => x.period.start.slice(0, 7) === month);
  if (!v) throw new RangeError(`No results in ${month} for percent removal`);
  return statisticValue(
    exactAggregate(v.dailyValues, v.from, v.to, 'MEAN', dailyContextFor(limit, settings)),
  );
}

/**
 * Percent removal of one month ('YYYY-MM') from the monthly averages of influent and effluent
 * concentrations (40 CFR 133.101(j)), compared with a minimum limit such as 85 % (133.102).
 */
export function percentRemovalForMonth(
  influent: readonly SampleResult[],
  effluent: readonly SampleResult[],
  month: string,
  limit: Limit,
  settings: StatisticsSettings,
): PercentRemovalValue {
  const unit = influent[0]?.unit ?? 'mg/L';
  const influentAverage = monthlyAverage(influent, month, settings, unit);
  const effluentAverage = monthlyAverage(effluent, month, settings, unit);
  const removal = percentRemoval(influentAverage, effluentAverage);
  const prepared = prepareLimit(limit, settings);
  const compared = new D(comparedValueOf(removal.toString(), prepared, settings));
  const sign = compared.comparedTo(limit.value);
  const exceedance = prepared.isMax ? sign > 0 : sign < 0;
  return {
    influentAverage,
    effluentAverage,
    percentRemoval: removal.toString(),
    limit: limit.value,
    exceedance,
    exceedancePercent: exceedance ? exceedancePercent(compared, limit.value) : null,
    settings,
  };
}
