export {
  type CategoricalLimitDraft,
  type CategoricalStatistic,
  categoricalLimitDrafts,
} from './limit-drafts';
export {
  type CategoricalStandardQuery,
  findCategoricalStandards,
  findPointSourceCategory,
  listCategoricalStandards,
  listPointSourceCategories,
  listPointSourceSubcategories,
} from './lookup';
export { isSamePollutant, pollutantKey } from './pollutant-key';
export type {
  CategoricalStandard,
  PointSourceCategory,
  PointSourceSubcategory,
  StandardApplicability,
  StandardAverageType,
  StandardBasis,
  StandardSourceType,
} from './types';
