/** Deterministic content ids: re-importing the same file yields the same ids. */
export const importIds = {
  outfall: (outfall: string) => `outfall:${outfall}`,
  limitSet: (outfall: string, designator: string, season: number) =>
    season === 0 ? `limitset:${outfall}:${designator}` : `limitset:${outfall}:${designator}:s${season}`,
  monitoring: (outfall: string, parameter: string, location: string, defaultLocation: string) =>
    location === defaultLocation
      ? `monitoring:${outfall}:${parameter}`
      : `monitoring:${outfall}:${parameter}:${location}`,
  reporting: (outfall: string, designator: string) => `reporting:dmr:${outfall}:${designator}`,
  report: (outfall: string, designator: string, periodEnd: string) =>
    `dmr:${outfall}:${designator}:${periodEnd}`,
};

export interface IdCandidate {
  base: string;
  /** Appended one by one, only while the id still collides. */
  qualifiers: readonly string[];
}

function counts(ids: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const id of ids) map.set(id, (map.get(id) ?? 0) + 1);
  return map;
}

/** Unique ids: colliding ones get their next qualifier until none collide (then '#n'). */
export function disambiguate(items: readonly IdCandidate[]): string[] {
  let ids = items.map((item) => item.base);
  for (let level = 0; ; level += 1) {
    const seen = counts(ids);
    const isDuplicate = ids.map((id) => (seen.get(id) ?? 0) > 1);
    if (!isDuplicate.includes(true)) return ids;
    const canExtend = items.some((item, i) => isDuplicate[i] && item.qualifiers[level] !== undefined);
    if (!canExtend) {
      const n = new Map<string, number>();
      return ids.map((id) => {
        if ((seen.get(id) ?? 0) < 2) return id;
        n.set(id, (n.get(id) ?? 0) + 1);
        return `${id}#${n.get(id)}`;
      });
    }
    ids = ids.map((id, i) => {
      const q = items[i]?.qualifiers[level];
      return isDuplicate[i] && q !== undefined ? `${id}:${q}` : id;
    });
  }
}

export interface LimitKey {
  outfall: string;
  parameter: string;
  location: string;
  defaultLocation: string;
  slot: string;
  base: string;
  /** Distinguishes two limit sets of one outfall (ECHO limit_set_id). */
  set?: string;
}

/**
 * 'limit:001:00400:ME' ('limit:001:00400@G:ME' at another location); the value slot, then the
 * limit set, is appended only where the plain id would repeat (e.g. MK for both load Q1 and
 * concentration C2: 'limit:001:00530:MK:Q1', 'limit:001:00530:MK:C2').
 */
export function limitIds(keys: readonly LimitKey[]): string[] {
  return disambiguate(
    keys.map((k) => ({
      base: `limit:${k.outfall}:${k.parameter}${k.location === k.defaultLocation ? '' : `@${k.location}`}:${k.base}`,
      qualifiers: k.set === undefined ? [k.slot] : [k.slot, k.set],
    })),
  );
}

/** 'value:001:00400:C1:2018-08-31' (then base, then limit set, when that repeats). */
export function valueIds(
  keys: readonly {
    outfall: string;
    parameter: string;
    location: string;
    slot: string;
    periodEnd: string;
    base: string;
    set?: string;
  }[],
): string[] {
  return disambiguate(
    keys.map((k) => ({
      base: `value:${k.outfall}:${k.parameter}:${k.location}:${k.slot}:${k.periodEnd}`,
      qualifiers: k.set === undefined ? [k.base] : [k.base, k.set],
    })),
  );
}
