import { D } from '../numbers/decimal';

/**
 * §4.3(8): k of n meets a percent threshold iff 100·k >= pct·n, in integers (33 of 50 is 66 %, SNC;
 * a `> 2/3` test would be wrong). Zero measurements never meet a threshold.
 */
export function meetsPercentThreshold(count: number, total: number, percent: number): boolean {
  if (!Number.isInteger(count) || !Number.isInteger(total) || count < 0 || count > total) {
    throw new RangeError(`Invalid count ${count} of ${total}`);
  }
  return total > 0 && 100 * count >= percent * total;
}

/** k / n as a percentage with one decimal, half up, for explanations ('66.7'); '0.0' for zero measurements. */
export function percentText(count: number, total: number): string {
  if (total === 0) return '0.0';
  if (!(count >= 0 && total > 0 && Number.isSafeInteger(count * 2000) && Number.isSafeInteger(total * 2)))
    return new D(count).times(100).div(total).toFixed(1, D.ROUND_HALF_UP);
  // Tenths of a percent, rounded half up in integers: ⌊(2000·k + n) / 2n⌋.
  const tenths = Math.floor((2000 * count + total) / (2 * total));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}
