import type { ReportedValue } from '../numbers/reported-value';
import type { UnitId } from '../units/unit-catalog';
import { DX } from './exact';
import type { NdAveragingMode } from './settings';

/** One analytical result of one parameter at one monitoring point. */
export interface SampleResult {
  readonly id: string;
  /** Sample date 'YYYY-MM-DD' (start of a composite). */
  readonly date: string;
  readonly value: ReportedValue;
  readonly unit: UnitId;
  /** Flow (MGD) of the sampled day: flow-weighted means and single-composite loads (§9.2). */
  readonly flowMgd?: string;
  /** Volume (MG) a composite represents, for Σ C·V daily mass; defaults to flowMgd × 1 day. */
  readonly volumeMg?: string;
}

/** The number a non-detect contributes under an averaging mode, as exact decimal text (§9.4). */
export function substitutedText(value: ReportedValue, mode: NdAveragingMode): string {
  if (!value.nonDetect) {
    if (mode === 'ML_ZERO' && belowReportingLimit(value)) return '0';
    return value.number ?? '0';
  }
  const dl = value.detectionLimit ?? value.number;
  if (dl === null || mode === 'ZERO' || mode === 'ML_ZERO') return '0';
  return mode === 'DL' ? dl : halfOf(dl);
}

/** Same as substitutedText, as a double for the fast path. */
export function substitutedApprox(value: ReportedValue, mode: NdAveragingMode): number {
  if (!value.nonDetect) {
    if (mode === 'ML_ZERO' && belowReportingLimit(value)) return 0;
    return value.number === null ? 0 : value.approx;
  }
  const dl = value.detectionLimit ?? value.number;
  if (dl === null || mode === 'ZERO' || mode === 'ML_ZERO') return 0;
  return mode === 'DL' ? Number(dl) : Number(dl) / 2;
}

// "< ML counts as zero": a detected value below the Minimum Level counts as 0 (§9.4, LOCAL).
function belowReportingLimit(value: ReportedValue): boolean {
  return (
    value.reportingLimit !== null && value.number !== null && value.approx < Number(value.reportingLimit)
  );
}

function halfOf(text: string): string {
  return new DX(text).div(2).toString();
}

/** Detection limit reported for a non-detect (its DL, else its number), as text. */
export function detectionLimitOf(value: ReportedValue): string | null {
  return value.detectionLimit ?? value.number;
}
