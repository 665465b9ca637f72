export * from './codes';
export * from './parameters';
