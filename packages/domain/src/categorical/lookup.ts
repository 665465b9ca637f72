import { type DecimalInput, dec } from '../numbers/decimal';
import { CFR_STANDARDS } from './data/cfr-standards.gen';
import { POINT_SOURCE_CATEGORIES, POINT_SOURCE_SUBCATEGORIES } from './data/point-source-categories.gen';
import { isSamePollutant, pollutantKey } from './pollutant-key';
import type {
  CategoricalStandard,
  PointSourceCategory,
  PointSourceSubcategory,
  StandardApplicability,
  StandardSourceType,
} from './types';

/** What to look up; only `part` is required. */
export interface CategoricalStandardQuery {
  part: string | number;
  subpart?: string;
  pollutant?: string;
  sourceType?: StandardSourceType;
  /** Selects the flow band where a table has one (413.14: < or ≥ 10,000 gpd). */
  processFlowGpd?: DecimalInput;
  /** Include rows that replace another limit upon agreement (433.15(b) amenable cyanide). */
  includeAlternatives?: boolean;
}

/** The shipped categorical standards that match the query, in table order. */
export function findCategoricalStandards(
  query: CategoricalStandardQuery,
  standards: readonly CategoricalStandard[] = CFR_STANDARDS,
): CategoricalStandard[] {
  const part = String(query.part).trim();
  const key = query.pollutant === undefined ? null : pollutantKey(query.pollutant);
  return standards.filter(
    (s) =>
      s.part === part &&
      (query.subpart === undefined || s.subpart.toUpperCase() === query.subpart.trim().toUpperCase()) &&
      (query.sourceType === undefined || s.sourceType === query.sourceType) &&
      (key === null || isSamePollutant(s.pollutantKey, key)) &&
      (query.includeAlternatives === true || !s.applicability?.alternativeTo) &&
      inFlowBand(s.applicability, query.processFlowGpd),
  );
}

function inFlowBand(applicability: StandardApplicability | null, flow: DecimalInput | undefined): boolean {
  const band = applicability?.flowGpd;
  if (!band || flow === undefined) return true;
  const f = dec(flow);
  return (band.min === undefined || f.gte(band.min)) && (band.below === undefined || f.lt(band.below));
}

/** Every standard row shipped (CSV excerpts plus the §7.3 tables). */
export function listCategoricalStandards(): readonly CategoricalStandard[] {
  return CFR_STANDARDS;
}

/** The 40 CFR point source categories (Parts 405–471), ordered by part. */
export function listPointSourceCategories(): readonly PointSourceCategory[] {
  return POINT_SOURCE_CATEGORIES;
}

export function findPointSourceCategory(part: string | number): PointSourceCategory | undefined {
  const p = String(part).trim();
  return POINT_SOURCE_CATEGORIES.find((c) => c.part === p);
}

/** Subparts of a part, A, B, … then AA, AB, …; reserved subparts only when asked. */
export function listPointSourceSubcategories(
  part: string | number,
  includeReserved = false,
): PointSourceSubcategory[] {
  const p = String(part).trim();
  return POINT_SOURCE_SUBCATEGORIES.filter((s) => s.part === p && (includeReserved || !s.reserved));
}
