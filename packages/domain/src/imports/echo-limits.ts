import type { PermitLimit, PermitLimitSet, ValueSlot } from '../contracts/permits';
import type { EchoPermitRow } from './echo-rows';
import { limitIds } from './ids';
import { limitDirection } from './limit-direction';

/** The row holding the limit in effect for each feature/limit set/parameter/location/base/value type. */
export function latestLimitRows(rows: readonly EchoPermitRow[]): EchoPermitRow[] {
  const latest = new Map<string, EchoPermitRow>();
  for (const r of rows) {
    const key = [r.feature, r.limitSetId, r.parameterCode, r.location, r.baseCode, r.slot].join('|');
    const held = latest.get(key);
    if (!held || isLater(r, held)) latest.set(key, r);
  }
  return [...latest.values()].sort((a, b) => a.row - b.row);
}

function isLater(a: EchoPermitRow, b: EchoPermitRow): boolean {
  const ab = a.limitBegin ?? '';
  const bb = b.limitBegin ?? '';
  if (ab !== bb) return ab > bb;
  return a.periodEnd > b.periodEnd;
}

export function limitSetKey(r: EchoPermitRow): string {
  return `limitset:${r.feature}:${r.limitSetId}${r.seasonNumber === 0 ? '' : `:s${r.seasonNumber}`}${r.limitBegin ? `:${r.limitBegin}` : ''}`;
}

/** §11.3: the qualifier, else STATISTICAL_BASE_TYPE_CODE (MIN / AVG / MAX), decides the direction. */
function directionOf(r: EchoPermitRow): 'max' | 'min' {
  if (r.limitQualifier === null && r.baseType !== null)
    return r.baseType.toUpperCase() === 'MIN' ? 'min' : 'max';
  return limitDirection(r.limitQualifier, r.baseCode, r.baseName);
}

function limitOf(r: EchoPermitRow, id: string, defaultLocation: string): PermitLimit {
  return {
    id,
    parameterCode: r.parameterCode,
    parameterName: r.parameterName,
    monitoringLocationCode: r.location === defaultLocation ? null : r.location,
    statisticalBaseCode: r.baseCode,
    statisticalBaseName: r.baseName,
    valueSlot: r.slot as ValueSlot,
    value: r.limitValue,
    unitCode: r.limitUnitCode,
    unitText: r.limitUnitText ?? r.limitUnitCode ?? '',
    direction: directionOf(r),
    enforceable: true,
    basis: 'other',
    derivation: null,
    categoricalCitation: null,
    sampleType: null,
    frequencyCode: null,
    notes: null,
  };
}

/** Deterministic ids of the limits in effect ('limit:001:00530:DD', slot/limit set added on collision). */
export function echoLimitIds(
  latest: readonly EchoPermitRow[],
  locations: ReadonlyMap<string, string>,
): string[] {
  return limitIds(
    latest.map((r) => ({
      outfall: r.feature,
      parameter: r.parameterCode,
      location: r.location,
      defaultLocation: locations.get(r.feature) ?? r.location,
      slot: r.slot,
      base: r.baseCode,
      set: r.limitSetId,
    })),
  );
}

/** Limit sets (one per ECHO limit set, season and effective window) with their limits in effect. */
export function echoLimitSets(
  latest: readonly EchoPermitRow[],
  ids: readonly string[],
  locations: ReadonlyMap<string, string>,
): PermitLimitSet[] {
  const sets = new Map<string, PermitLimitSet>();
  latest.forEach((r, i) => {
    const id = limitSetKey(r);
    const set = sets.get(id) ?? {
      id,
      outfallId: `outfall:${r.feature}`,
      designator: null,
      name: `Outfall ${r.feature} limit set ${r.limitSetId}${r.limitBegin ? ` from ${r.limitBegin}` : ''}`,
      seasonNumber: r.seasonNumber,
      season: null,
      effectiveFrom: r.limitBegin,
      effectiveTo: r.limitEnd,
      limits: [],
    };
    set.limits.push(limitOf(r, ids[i] ?? '', locations.get(r.feature) ?? r.location));
    sets.set(id, set);
  });
  return [...sets.values()];
}
