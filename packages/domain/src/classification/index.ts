export { classifyIndustrialUser } from './classify-industrial-user';
export type {
  CategoricalFacts,
  CheckOutcome,
  Classification,
  ClassificationCheck,
  ClassificationSettings,
  IndustrialUserFacts,
  IuClass,
  PotwCapacities,
} from './types';
