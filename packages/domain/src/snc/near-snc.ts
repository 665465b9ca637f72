import type { PretreatmentSncResult } from './evaluate-pretreatment-snc';
import type { PercentCriterionResult, SeriesVerdict } from './measurement-criteria';
import { percentText } from './ratio';

/** A series whose A or B percentage is within the program's margin below the threshold. */
export interface NearSncWarning {
  kind: 'near';
  criterion: 'A' | 'B';
  parameterCode: string;
  monitoringPoint: string;
  limitKind: SeriesVerdict['limitKind'];
  exceeding: number;
  total: number;
  percent: string;
  thresholdPercent: number;
  marginPercent: number;
  message: string;
}

/**
 * True when k of n is below `threshold` % but at least `threshold − margin` %, decided in integers
 * (100·k ≥ (threshold − margin)·n and 100·k < threshold·n), never with floats.
 */
export function isWithinMargin(
  k: number,
  n: number,
  thresholdPercent: number,
  marginPercent: number,
): boolean {
  if (n <= 0) return false;
  const floor = Math.max(0, thresholdPercent - marginPercent);
  return 100 * k < thresholdPercent * n && 100 * k >= floor * n && k > 0;
}

function warningOf(s: SeriesVerdict, c: PercentCriterionResult, margin: number): NearSncWarning {
  const point = s.monitoringPoint ? ` at ${s.monitoringPoint}` : '';
  const test = c.criterion === 'A' ? 'exceed the limit' : 'equal or exceed limit × TRC';
  return {
    kind: 'near',
    criterion: c.criterion,
    parameterCode: s.parameterCode,
    monitoringPoint: s.monitoringPoint,
    limitKind: s.limitKind,
    exceeding: c.exceeding,
    total: c.total,
    percent: percentText(c.exceeding, c.total),
    thresholdPercent: c.thresholdPercent,
    marginPercent: margin,
    message: `Near SNC (${c.criterion}): parameter ${s.parameterCode}${point} (${s.limitKind} limits): ${c.exceeding} of ${c.total} measurements (${percentText(c.exceeding, c.total)} %) ${test}, within ${margin} points of ${c.thresholdPercent} %.`,
  };
}

/**
 * "Near SNC" (program setting `nearSncMarginPercent`): besides the engine's one-more warnings, every
 * series whose chronic (A) or TRC (B) percentage is below the threshold by at most `marginPercent`
 * percentage points. Only for SIUs (A and B apply to SIUs only); a series already meeting the
 * criterion is SNC, not near.
 */
export function nearSnc(result: PretreatmentSncResult, marginPercent: number): NearSncWarning[] {
  if (!Number.isInteger(marginPercent) || marginPercent < 0 || marginPercent > 100)
    throw new RangeError('marginPercent must be a whole number of percentage points (0–100)');
  if (marginPercent === 0 || !result.criteria.A.isApplicable) return [];
  const out: NearSncWarning[] = [];
  for (const s of result.series) {
    for (const c of [s.chronic, s.trc]) {
      if (!c || c.isMet) continue;
      if (isWithinMargin(c.exceeding, c.total, c.thresholdPercent, marginPercent))
        out.push(warningOf(s, c, marginPercent));
    }
  }
  return out;
}
