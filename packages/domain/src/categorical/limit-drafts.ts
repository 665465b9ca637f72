import type { CategoricalStandard, StandardAverageType, StandardSourceType } from './types';

/** The statistic a categorical limit applies to. */
export type CategoricalStatistic = 'DAILY_MAX' | StandardAverageType | 'RANGE_MIN' | 'RANGE_MAX';

/** A permit limit pre-filled from a categorical standard, for the permit editor to review. */
export interface CategoricalLimitDraft {
  pollutant: string;
  pollutantKey: string;
  statistic: CategoricalStatistic;
  value: string;
  unit: string;
  direction: 'max' | 'min';
  basis: 'categorical';
  sourceType: StandardSourceType;
  /** e.g. `40 CFR 433.15(a)`. */
  citation: string;
  applicability: string | null;
}

/** The limits a standard row implies: daily max, its average, or a min/max range (pH). */
export function categoricalLimitDrafts(standard: CategoricalStandard): CategoricalLimitDraft[] {
  const base = {
    pollutant: standard.pollutant,
    pollutantKey: standard.pollutantKey,
    unit: standard.units,
    basis: 'categorical' as const,
    sourceType: standard.sourceType,
    citation: `40 CFR ${standard.section}`,
    applicability: standard.applicability?.text ?? null,
  };
  const drafts: CategoricalLimitDraft[] = [];
  if (standard.dailyMax !== null)
    drafts.push({ ...base, statistic: 'DAILY_MAX', value: standard.dailyMax, direction: 'max' });
  if (standard.avgValue !== null && standard.avgType !== null) {
    drafts.push({ ...base, statistic: standard.avgType, value: standard.avgValue, direction: 'max' });
  }
  if (standard.range !== null) {
    drafts.push(
      { ...base, statistic: 'RANGE_MIN', value: standard.range.min, direction: 'min' },
      { ...base, statistic: 'RANGE_MAX', value: standard.range.max, direction: 'max' },
    );
  }
  return drafts;
}
