export * from './audit/canonical-json';
export * from './audit/hash-chain';
export * from './limits/compare';
export * from './numbers/decimal';
