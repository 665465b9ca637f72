import type { DailyContext, DailyValue } from '../stats/daily-values';
import { DX } from '../stats/exact';
import { detectionLimitOf } from '../stats/sample';
import type { Window } from '../stats/windows';
import { approxConvert } from '../units/approx-convert';
import { convertUnit } from '../units/convert';
import type { PreparedLimit } from './prepared-limit';
import { approxSign, isOutside } from './verdict';

/**
 * An all-non-detect value never counts as an exceedance; it is flagged for manual review when its
 * highest detection limit is itself outside the limit (domain-spec §4.3 rule 7; §9.8 "<" values).
 */
export function judgeNonDetect(
  prepared: PreparedLimit,
  ctx: DailyContext,
  values: readonly DailyValue[],
  w: Window,
  exactOnly: boolean,
): boolean {
  if (ctx.mode === 'MASS') return false;
  let best: DX | null = null;
  let bestApprox = -Infinity;
  for (let i = w.from; i < w.to; i++) {
    for (const s of values[i]!.samples) {
      const dl = detectionLimitOf(s.value);
      if (dl === null) continue;
      const approx = approxConvert(Number(dl), s.unit, ctx.unit);
      if (best !== null && approx < bestApprox) continue;
      const exact = new DX(s.unit === ctx.unit ? dl : convertUnit(dl, s.unit, ctx.unit).toString());
      if (best === null || exact.gt(best)) {
        best = exact;
        bestApprox = approx;
      }
    }
  }
  if (best === null) return false;
  const sign = exactOnly ? 0 : approxSign(bestApprox, Math.abs(bestApprox), prepared);
  return isOutside(sign !== 0 ? sign : best.comparedTo(prepared.threshold), prepared);
}
