import type { Aggregate } from '../stats/aggregate';
import type { CalendarPeriodKind } from '../stats/periods';
import type { UnitId } from '../units/unit-catalog';
import type { LimitDirection } from './compare';

/** DMR value type a limit is reported in (ICIS C1–C3 concentration, Q1–Q2 quantity). */
export type DmrValueType = 'C1' | 'C2' | 'C3' | 'Q1' | 'Q2';

/**
 * What a limit constrains (§9.1): each grab (instantaneous), each daily value (daily max/min), a
 * statistic of daily values over a calendar period (monthly/weekly average, monthly geomean,
 * monthly total, annual average …), a rolling N-day average or N consecutive monitoring days.
 */
export type LimitBasis =
  | { readonly kind: 'INSTANTANEOUS' }
  | { readonly kind: 'DAILY' }
  | { readonly kind: 'PERIOD'; readonly period: CalendarPeriodKind; readonly aggregate: Aggregate }
  | { readonly kind: 'ROLLING'; readonly days: number; readonly aggregate: 'MEAN' | 'GEOMEAN' }
  | { readonly kind: 'CONSECUTIVE_DAYS'; readonly days: number };

/** A season as inclusive month-day bounds ('05-01' … '10-31'); may wrap the year end. */
export interface Season {
  readonly from: string;
  readonly to: string;
}

/** One numeric permit limit. */
export interface Limit {
  readonly id: string;
  readonly parameterCode: string;
  readonly monitoringPoint: string;
  readonly basis: LimitBasis;
  /** The limit as written in the permit ('2.61', '30'): its significant figures matter (§9.11). */
  readonly value: string;
  readonly unit: UnitId;
  readonly direction: LimitDirection;
  readonly statisticalBaseCode?: string;
  readonly valueType?: DmrValueType;
  readonly season?: Season;
  /** First day in effect, 'YYYY-MM-DD'. */
  readonly effectiveFrom: string;
  /** Last day in effect, inclusive; open-ended when absent. */
  readonly effectiveTo?: string;
  /** False for alert/action levels that warn but are not permit violations. */
  readonly enforceable: boolean;
}

/** Limit bases for the common forms of §9.1. */
export const LIMIT_BASES = {
  instantaneous: { kind: 'INSTANTANEOUS' },
  daily: { kind: 'DAILY' },
  weeklyAverage: { kind: 'PERIOD', period: 'CALENDAR_WEEK', aggregate: 'MEAN' },
  monthlyAverage: { kind: 'PERIOD', period: 'CALENDAR_MONTH', aggregate: 'MEAN' },
  monthlyGeomean: { kind: 'PERIOD', period: 'CALENDAR_MONTH', aggregate: 'GEOMEAN' },
  monthlyTotal: { kind: 'PERIOD', period: 'CALENDAR_MONTH', aggregate: 'TOTAL' },
  quarterlyAverage: { kind: 'PERIOD', period: 'QUARTER', aggregate: 'MEAN' },
  annualAverage: { kind: 'PERIOD', period: 'YEAR', aggregate: 'MEAN' },
  sevenDayAverage: { kind: 'ROLLING', days: 7, aggregate: 'MEAN' },
  thirtyDayAverage: { kind: 'ROLLING', days: 30, aggregate: 'MEAN' },
} as const satisfies Record<string, LimitBasis>;

const BY_BASE_CODE: Readonly<Record<string, LimitBasis>> = {
  DD: LIMIT_BASES.daily,
  MB: LIMIT_BASES.daily,
  ME: LIMIT_BASES.daily,
  SA: LIMIT_BASES.instantaneous,
  DB: LIMIT_BASES.monthlyAverage,
  MK: LIMIT_BASES.monthlyAverage,
  AF: LIMIT_BASES.monthlyAverage,
  MJ: LIMIT_BASES.monthlyAverage,
  MP: LIMIT_BASES.monthlyTotal,
  '7D': LIMIT_BASES.sevenDayAverage,
};

/**
 * Limit basis implied by an ICIS statistical base code, for the codes whose meaning the spec
 * confirms (§13); null otherwise (the permit must say).
 */
export function basisForStatisticalBase(code: string): LimitBasis | null {
  return BY_BASE_CODE[code] ?? null;
}

function monthDay(iso: string): string {
  return iso.slice(5, 10);
}

/** True when the limit applies on an ISO date: within its effective dates and its season. */
export function isLimitInEffect(limit: Limit, date: string): boolean {
  if (date < limit.effectiveFrom) return false;
  if (limit.effectiveTo !== undefined && date > limit.effectiveTo) return false;
  const season = limit.season;
  if (!season) return true;
  const md = monthDay(date);
  return season.from <= season.to
    ? md >= season.from && md <= season.to
    : md >= season.from || md <= season.to;
}
