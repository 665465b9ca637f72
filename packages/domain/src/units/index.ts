export * from './approx-convert';
export * from './convert';
export * from './mass-loading';
export * from './unit-catalog';
