import type { StandardAverageType } from '../categorical/types';
import { D, type DecimalInput } from '../numbers/decimal';
import { type Alternative, averageAvailability, type CwfStream, type RegulatedPart } from './cwf-streams';
import { type DerivationDraft, type DerivationValue, refuse, type ToolResult } from './derivation';
import { nonNegativeField } from './inputs';

/** The daily-maximum and average alternative limits (403.6(e): compute both). */
export interface CwfAlternatives {
  dailyMax: ToolResult;
  /** Null when no regulated stream has an average standard (e.g. TTO). */
  average: ToolResult | null;
}

export function alternatives(
  streams: CwfStream[],
  compute: (alternative: Alternative) => ToolResult,
): CwfAlternatives {
  return {
    dailyMax: compute('dailyMax'),
    average: averageAvailability(streams) === 'none' ? null : compute('average'),
  };
}

export function refuseMissingAverage(draft: DerivationDraft, streams: CwfStream[]): ToolResult | null {
  if (averageAvailability(streams) !== 'partial') return null;
  return refuse(
    draft,
    'missing_average_standard',
    'Some regulated streams have an average standard for this pollutant and others do not; no average alternative can be computed.',
  );
}

export function alternativeLabel(
  alternative: Alternative,
  averageType: StandardAverageType | undefined,
): string {
  if (alternative === 'dailyMax') return 'daily maximum';
  const type = averageType ?? 'MONTHLY';
  if (type === 'FOUR_DAY') return '4 consecutive monitoring day average';
  if (type === '30_CONSECUTIVE_DAY') return '30 consecutive day average';
  return 'monthly average';
}

export function sumFlows(parts: RegulatedPart[]): D {
  return parts.reduce((sum, p) => sum.plus(p.flow), new D(0));
}

export function sumProducts(parts: RegulatedPart[]): D {
  return parts.reduce((sum, p) => sum.plus(p.standard.times(p.flow)), new D(0));
}

export function productsExpression(parts: RegulatedPart[]): string {
  return parts.map((p) => `${p.standard.toFixed()} × ${p.flow.toFixed()}`).join(' + ');
}

export function baseInputs(
  pollutant: string,
  alternative: Alternative,
  averageType: StandardAverageType | undefined,
): Record<string, DerivationValue> {
  return {
    pollutant,
    alternative,
    averageType: alternative === 'average' ? (averageType ?? 'MONTHLY') : null,
  };
}

/** 403.6(e)(2): an alternative limit below the analytical detection limit may not be used. */
export function refuseBelowDetection(
  draft: DerivationDraft,
  compared: D,
  detectionLimit: DecimalInput | null | undefined,
  what: string,
  unit: string,
): ToolResult | null {
  if (detectionLimit === null || detectionLimit === undefined || detectionLimit === '') return null;
  const dl = nonNegativeField(detectionLimit, 'detectionLimit');
  if (!compared.lt(dl)) return null;
  return refuse(
    draft,
    'below_detection_limit',
    `${what} ${compared.toSignificantDigits(6).toFixed()} ${unit} is below the analytical detection limit ${dl.toFixed()} ${unit}; 403.6(e)(2) does not allow an alternative limit below the detection limit.`,
  );
}
