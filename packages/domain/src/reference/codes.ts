import type { UnitId } from '../units/unit-catalog';
import { STATISTICAL_BASE_ROWS, UNIT_CODE_ROWS } from './data/codes.gen';
import { NODI_CODES, type NodiCode } from './data/nodi-codes';
import { UNIT_CODE_TO_UNIT } from './data/unit-codes';

/** ICIS statistical base type (§13: MIN, AVG, MAX and TTL). */
export type StatisticalBaseType = 'MIN' | 'AVG' | 'MAX' | 'TTL';

/** A statistical base code with its type; `type` null where no source confirms it. */
export interface StatisticalBase {
  readonly code: string;
  readonly shortDescription: string;
  readonly type: StatisticalBaseType | null;
  readonly verified: boolean;
}

/** Looks up a statistical base code ('DD' → DAILY MX, MAX). */
export function findStatisticalBase(code: string): StatisticalBase | null {
  return STATISTICAL_BASE_ROWS.find((b) => b.code === code) ?? null;
}

/** All statistical base codes shipped. */
export function listStatisticalBases(): readonly StatisticalBase[] {
  return STATISTICAL_BASE_ROWS;
}

/** Looks up a NODI code (§9.10). */
export function findNodiCode(code: string): NodiCode | null {
  return NODI_CODES.find((n) => n.code === code) ?? null;
}

/** All NODI codes (§9.10). */
export function listNodiCodes(): readonly NodiCode[] {
  return NODI_CODES;
}

/** An ICIS unit code with its description and, where confirmed, the engine unit. */
export interface UnitCode {
  readonly code: string;
  readonly description: string;
  readonly unit: UnitId | null;
}

/** Looks up an ICIS unit code ('19' → mg/L). */
export function findUnitCode(code: string): UnitCode | null {
  const row = UNIT_CODE_ROWS.find((u) => u.code === code);
  if (!row) return null;
  return { code: row.code, description: row.description, unit: UNIT_CODE_TO_UNIT[row.code] ?? null };
}

/** All ICIS unit codes seen in EPA data. */
export function listUnitCodes(): UnitCode[] {
  return UNIT_CODE_ROWS.map((u) => ({ ...u, unit: UNIT_CODE_TO_UNIT[u.code] ?? null }));
}

export type { NodiCode };
