import type { EpaVerdicts } from './echo-types';

/** One of our findings, reduced to what agreement needs. */
export interface OurExceedance {
  readonly dmrValueId: string;
  readonly exceedancePct: number | null;
}

export interface PctMismatch {
  readonly dmrValueId: string;
  readonly ours: number | null;
  readonly epa: number | null;
}

export interface EchoAgreement {
  readonly matched: number;
  readonly onlyOurs: readonly string[];
  readonly onlyEpa: readonly string[];
  readonly pctMismatches: readonly PctMismatch[];
}

/** DMR values EPA flagged as effluent violations (§9.8: E90 = DMR value exceeds limit). */
export function epaE90Ids(epa: EpaVerdicts): string[] {
  return [...epa.byDmrValueId].filter(([, v]) => v.violationCodes.includes('E90')).map(([id]) => id);
}

/** Compares our exceedances with EPA's E90 flags and, where both exist, the exceedance percent. */
export function reconcileWithEpa(ours: readonly OurExceedance[], epa: EpaVerdicts): EchoAgreement {
  const e90 = new Set(epaE90Ids(epa));
  const ourIds = new Set(ours.map((o) => o.dmrValueId));
  const pctMismatches: PctMismatch[] = [];
  for (const o of ours) {
    if (!e90.has(o.dmrValueId) || !epa.hasPctColumn) continue;
    const theirs = epa.byDmrValueId.get(o.dmrValueId)?.exceedancePct ?? null;
    if (theirs !== o.exceedancePct)
      pctMismatches.push({ dmrValueId: o.dmrValueId, ours: o.exceedancePct, epa: theirs });
  }
  return {
    matched: ours.filter((o) => e90.has(o.dmrValueId)).length,
    onlyOurs: ours.filter((o) => !e90.has(o.dmrValueId)).map((o) => o.dmrValueId),
    onlyEpa: [...e90].filter((id) => !ourIds.has(id)),
    pctMismatches,
  };
}
