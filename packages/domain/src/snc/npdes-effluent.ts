import { isOutsideLimit, type LimitDirection } from '../limits/compare';
import { dec } from '../numbers/decimal';
import type { IsoMonth } from '../schedules/dates';
import { groupBy } from './group-by';
import { type NpdesTrcGroup, trcFactorForNpdesGroup } from './trc';

/** One monthly-average DMR value against its monthly-average limit (NPDES Category I input). */
export interface NpdesMonthlyAverage {
  id: string;
  parameterCode: string;
  monitoringPoint?: string;
  /** Separates limits of one parameter (e.g. concentration and load); default ''. */
  limitId?: string;
  month: IsoMonth;
  /** Decimal string in the limit's unit. */
  value: string;
  limit: string;
  direction: LimitDirection;
  /** 123.45 Appendix A group; not the Part 403 TRC class (do not reuse one table for the other). */
  trcGroup: NpdesTrcGroup;
}

export interface NpdesMonthCheck {
  month: IsoMonth;
  id: string;
  value: string;
  limit: string;
  isOutside: boolean;
  trcValue: string | null;
  meetsTrc: boolean;
}

export interface NpdesCountResult {
  kind: 'trc' | 'chronic';
  months: IsoMonth[];
  count: number;
  /** Months needed in the 6-month period: 2 for TRC, 4 for chronic. */
  threshold: number;
  isMet: boolean;
  isOneExceedanceAway: boolean;
}

export interface NpdesSeriesVerdict {
  parameterCode: string;
  monitoringPoint: string;
  limitId: string;
  months: NpdesMonthCheck[];
  trc: NpdesCountResult | null;
  chronic: NpdesCountResult;
}

function checkMonth(row: NpdesMonthlyAverage): NpdesMonthCheck {
  // A minimum limit has no "TRC × limit" to reach; TRC applies to maximum limits only.
  const factor = row.direction === 'max' ? trcFactorForNpdesGroup(row.trcGroup) : null;
  const trcValue = factor ? dec(row.limit).times(factor) : null;
  return {
    month: row.month,
    id: row.id,
    value: row.value,
    limit: row.limit,
    isOutside: isOutsideLimit(row.value, row.limit, row.direction),
    trcValue: trcValue ? trcValue.toString() : null,
    meetsTrc: trcValue ? dec(row.value).gte(trcValue) : false,
  };
}

function countMonths(
  kind: NpdesCountResult['kind'],
  checks: NpdesMonthCheck[],
  isOpen: boolean,
): NpdesCountResult {
  const threshold = kind === 'trc' ? 2 : 4;
  const hit = (c: NpdesMonthCheck) => (kind === 'trc' ? c.meetsTrc : c.isOutside);
  const months = [...new Set(checks.filter(hit).map((c) => c.month))].sort();
  const isMet = months.length >= threshold;
  return {
    kind,
    months,
    count: months.length,
    threshold,
    isMet,
    isOneExceedanceAway: isOpen && !isMet && months.length + 1 >= threshold,
  };
}

/**
 * 123.45 Appendix A, Category I effluent: a monthly-average limit exceeded by any amount in 4 months,
 * or by ≥ TRC × limit in 2 months, of the 6-month period. `rows` must already be limited to the period.
 */
export function evaluateNpdesEffluent(
  rows: NpdesMonthlyAverage[],
  isWindowOpen: boolean,
): NpdesSeriesVerdict[] {
  const keyOf = (r: NpdesMonthlyAverage) =>
    [r.parameterCode, r.monitoringPoint ?? '', r.limitId ?? ''].join('\u0000');
  const groups = [...groupBy(rows, keyOf).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return groups.map(([, group]) => {
    const first = group[0]!;
    const months = group
      .map(checkMonth)
      .sort((a, b) => (a.month === b.month ? (a.id < b.id ? -1 : 1) : a.month < b.month ? -1 : 1));
    const hasTrc = months.some((m) => m.trcValue !== null);
    return {
      parameterCode: first.parameterCode,
      monitoringPoint: first.monitoringPoint ?? '',
      limitId: first.limitId ?? '',
      months,
      trc: hasTrc ? countMonths('trc', months, isWindowOpen) : null,
      chronic: countMonths('chronic', months, isWindowOpen),
    };
  });
}
