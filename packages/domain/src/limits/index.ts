export * from './evaluate-program';
export * from './evaluate-series';
export * from './exceedance';
export * from './headroom';
export * from './limit';
export * from './prepared-limit';
export * from './series-context';
export * from './verdict';
