import type { PermitContent, PermitLimit, PermitLimitSet, PermitOutfall } from '../contracts/permits';
import { basisForStatisticalBase, type Limit } from '../limits/limit';
import { UNIT_CODE_TO_UNIT } from '../reference/data/unit-codes';
import type { IsoDate } from '../schedules/dates';
import { resolveUnit, type UnitId } from '../units/unit-catalog';

export interface EngineLimitOptions {
  /** Used when a limit set has no effectiveFrom / effectiveTo of its own. */
  permitEffectiveDate: IsoDate | null;
  permitExpirationDate: IsoDate | null;
}

/** A permit limit the engine cannot evaluate, and why. */
export interface SkippedLimit {
  limitId: string;
  reason: string;
}

export interface EngineLimits {
  limits: Limit[];
  skipped: SkippedLimit[];
}

/**
 * Monitoring point key shared with results: the outfall code, or 'code/location' when the limit
 * is at another monitoring location than the outfall's (e.g. '001/G' raw influent).
 */
export function monitoringPointKey(
  outfall: Pick<PermitOutfall, 'code' | 'monitoringLocationCode'>,
  locationCode: string | null,
): string {
  return locationCode === null || locationCode === outfall.monitoringLocationCode
    ? outfall.code
    : `${outfall.code}/${locationCode}`;
}

function unitOf(limit: PermitLimit): UnitId | null {
  return (
    (limit.unitCode !== null ? UNIT_CODE_TO_UNIT[limit.unitCode] : undefined) ?? resolveUnit(limit.unitText)
  );
}

function toEngine(
  limit: PermitLimit,
  set: PermitLimitSet,
  outfall: PermitOutfall,
  options: EngineLimitOptions,
): Limit | string {
  if (limit.value === null) return 'monitor only (no numeric limit)';
  const basis = basisForStatisticalBase(limit.statisticalBaseCode);
  if (basis === null) return `statistical base ${limit.statisticalBaseCode} has no confirmed averaging rule`;
  const unit = unitOf(limit);
  if (unit === null) return `unit '${limit.unitText}' is not known to the engine`;
  const effectiveFrom = set.effectiveFrom ?? options.permitEffectiveDate;
  if (effectiveFrom === null) return 'no effective date (limit set or permit)';
  const effectiveTo = set.effectiveTo ?? options.permitExpirationDate;
  return {
    id: limit.id,
    parameterCode: limit.parameterCode,
    monitoringPoint: monitoringPointKey(outfall, limit.monitoringLocationCode),
    basis,
    value: limit.value,
    unit,
    direction: limit.direction,
    statisticalBaseCode: limit.statisticalBaseCode,
    ...(limit.valueSlot !== null ? { valueType: limit.valueSlot } : {}),
    ...(set.season !== null ? { season: { from: set.season.start, to: set.season.end } } : {}),
    effectiveFrom,
    ...(effectiveTo !== null ? { effectiveTo } : {}),
    enforceable: limit.enforceable,
  };
}

/** The permit's numeric limits as the engine's `Limit`s, so results are judged by the one engine. */
export function limitsForEngine(content: PermitContent, options: EngineLimitOptions): EngineLimits {
  const outfalls = new Map(content.outfalls.map((o) => [o.id, o]));
  const result: EngineLimits = { limits: [], skipped: [] };
  for (const set of content.limitSets) {
    const outfall = outfalls.get(set.outfallId);
    for (const limit of set.limits) {
      const mapped = outfall
        ? toEngine(limit, set, outfall, options)
        : `outfall '${set.outfallId}' is not in the permit`;
      if (typeof mapped === 'string') result.skipped.push({ limitId: limit.id, reason: mapped });
      else result.limits.push(mapped);
    }
  }
  return result;
}
