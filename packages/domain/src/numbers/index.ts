export * from './reported-value';
export * from './significant-figures';
