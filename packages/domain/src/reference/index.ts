export * from './cas';
export * from './codes';
export * from './data/parameter-synonyms';
export * from './parameters';
export * from './synonyms';
