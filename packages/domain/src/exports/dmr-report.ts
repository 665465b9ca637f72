import type { PermitLimit, PermitLimitSet, PermitOutfall } from '../contracts/permits';
import type { ReportParameter, ReportValue } from '../contracts/reports';
import type { DmrParameter, DmrValue } from '../dmr/dmr-types';
import { D } from '../numbers/decimal';
import type { ReportedValue } from '../numbers/reported-value';
import type { RoundingMode } from '../numbers/significant-figures';
import { findParameter } from '../reference/parameters';
import { detectionLimitOf } from '../stats/sample';
import { exceedancePercentOf, plainDecimal, roundedReported } from './report-numbers';

/** What the engine rows do not carry: the permit's limit metadata and the results as reported. */
export interface DmrReportContext {
  /** The outfall of the monitoring point: its location code stands where a limit names none. */
  outfall: Pick<PermitOutfall, 'monitoringLocationCode'>;
  /** The limit sets the engine limits came from (engine `Limit.id` = permit limit id). */
  limitSets: readonly Pick<PermitLimitSet, 'seasonNumber' | 'limits'>[];
  /**
   * The results given to `buildDmr`: a value that is one sample's value exactly is printed as that
   * sample was reported ('2.80', not '2.8'). Without them every value is printed as computed.
   */
  results?: readonly { id: string; value: ReportedValue }[];
}

export interface DmrReportOptions {
  /** Significant digits of a computed value (average, load); default 4 (§9.11). */
  significantDigits?: number;
  /** Default HALF_UP; which rule applies is LOCAL (§9.11). */
  rounding?: RoundingMode;
  /**
   * Frequency of analysis printed on the row: the permit's code (default), or the frequency the
   * samples of the period show ('04/30'), falling back to the permit's when there was no sample.
   */
  frequency?: 'permit' | 'samples';
}

interface LimitInfo {
  limit: PermitLimit;
  seasonNumber: number;
}

const QUANTITY = (slot: string | null) => slot === 'Q1' || slot === 'Q2';

/**
 * The engine's DMR rows (`buildDmr`) as report rows of the contract: one `ReportParameter` per
 * parameter and season, with the permit's names, codes, units, sample type and frequency, and each
 * value printed per §9.11 (one sample's value as reported, a computed one rounded).
 */
export function dmrParametersToReport(
  rows: readonly DmrParameter[],
  context: DmrReportContext,
  options: DmrReportOptions = {},
): ReportParameter[] {
  const digits = options.significantDigits ?? 4;
  if (!Number.isInteger(digits) || digits < 1)
    throw new RangeError('significantDigits must be a whole number ≥ 1');
  const rounding = options.rounding ?? 'HALF_UP';
  const limits = new Map<string, LimitInfo>();
  for (const set of context.limitSets)
    for (const limit of set.limits) limits.set(limit.id, { limit, seasonNumber: set.seasonNumber });
  const results = new Map((context.results ?? []).map((r) => [r.id, r.value]));
  const print = (v: DmrValue) => reportedOf(v, results, digits, rounding);

  return rows.flatMap((row) => {
    const bySeason = new Map<number, DmrValue[]>();
    for (const v of row.values) {
      const season = limits.get(v.limitId)?.seasonNumber ?? 0;
      bySeason.set(season, [...(bySeason.get(season) ?? []), v]);
    }
    if (bySeason.size === 0) bySeason.set(0, []);
    return [...bySeason].map(([seasonNumber, values]) =>
      parameterOf(row, seasonNumber, values, limits, context, options, print),
    );
  });
}

function parameterOf(
  row: DmrParameter,
  seasonNumber: number,
  values: readonly DmrValue[],
  limits: ReadonlyMap<string, LimitInfo>,
  context: DmrReportContext,
  options: DmrReportOptions,
  print: (v: DmrValue) => string | null,
): ReportParameter {
  const own = values.flatMap((v) => {
    const info = limits.get(v.limitId);
    return info ? [info.limit] : [];
  });
  const first = <T>(pick: (l: PermitLimit) => T | null): T | null => {
    for (const l of own) {
      const value = pick(l);
      if (value !== null) return value;
    }
    return null;
  };
  const reportValues = values.map((v) => reportValueOf(v, limits.get(v.limitId)?.limit ?? null, print(v)));
  const unitOf = (quantity: boolean) =>
    reportValues.find((v) => QUANTITY(v.slot) === quantity && v.slot !== null)?.unitCode ?? null;
  const permitFrequency = first((l) => l.frequencyCode);
  const frequencyCode =
    options.frequency === 'samples' && row.sampleCount > 0 ? row.frequencyOfAnalysis : permitFrequency;
  const nodis = new Set(reportValues.map((v) => v.nodi));
  const [onlyNodi] = nodis;
  return {
    parameterCode: row.parameterCode,
    parameterName:
      first((l) => l.parameterName) ?? findParameter(row.parameterCode)?.description ?? row.parameterCode,
    monitoringLocationCode: first((l) => l.monitoringLocationCode) ?? context.outfall.monitoringLocationCode,
    seasonNumber,
    sampleType: first((l) => l.sampleType),
    frequencyCode,
    sampleCount: row.sampleCount,
    numberOfExcursions: row.numberOfExcursions,
    quantityUnitCode: unitOf(true),
    concentrationUnitCode: unitOf(false),
    nodi: nodis.size === 1 && onlyNodi !== undefined ? onlyNodi : reportValues.length === 0 ? row.nodi : null,
    comment: null,
    values: reportValues,
  };
}

function reportValueOf(v: DmrValue, limit: PermitLimit | null, reported: string | null): ReportValue {
  return {
    limitId: v.limitId,
    slot: v.valueType ?? limit?.valueSlot ?? null,
    statisticalBaseCode: v.statisticalBaseCode ?? limit?.statisticalBaseCode ?? null,
    statisticalBaseName: limit?.statisticalBaseName ?? null,
    limitValue: limit ? limit.value : plainDecimal(v.limit.replace(/,/g, '')),
    limitQualifier: v.direction === 'max' ? '<=' : '>=',
    unitCode: limit?.unitCode ?? null,
    unitText: limit?.unitText ?? v.unit,
    value: v.value === null ? null : plainDecimal(v.value),
    reported,
    qualifier: v.qualifier,
    nodi: v.nodi,
    exceedance: v.exceedance,
    // Recomputed from the printed value to 2 decimals (§9.5: 7.28 %); the engine's is ECHO's integer.
    exceedancePercent:
      v.exceedancePercent !== null && reported !== null ? exceedancePercentOf(reported, v.limit) : null,
    indeterminate: v.indeterminate,
    resultIds: [...v.resultIds],
  };
}

/** §9.11: a single sample's value (or detection limit) as it was reported, a computed one rounded. */
function reportedOf(
  v: DmrValue,
  results: ReadonlyMap<string, ReportedValue>,
  digits: number,
  rounding: RoundingMode,
): string | null {
  if (v.value === null) return null;
  return sampleText(v, results) ?? roundedReported(v.value, digits, rounding);
}

function sampleText(v: DmrValue, results: ReadonlyMap<string, ReportedValue>): string | null {
  const value = new D(v.value ?? '0');
  const same = (text: string | null) => text !== null && new D(text).eq(value);
  if (v.qualifier === '<') {
    // All non-detect: the value is the highest detection limit, one sample's as reported.
    for (const id of v.resultIds) {
      const r = results.get(id);
      const dl = r ? detectionLimitOf(r) : null;
      if (same(dl)) return plainDecimal(dl ?? '');
    }
    return null;
  }
  const [only, ...more] = v.resultIds;
  if (only === undefined || more.length > 0) return null;
  const r = results.get(only);
  return r && !r.nonDetect && same(r.number) ? plainDecimal(r.number ?? '') : null;
}
