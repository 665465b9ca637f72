export * from './echo-file-error';
export * from './echo-reconcile-json';
export * from './echo-types';
export * from './judge-echo-value';
export * from './parse-echo-dmr-file';
export * from './reconcile-echo-file';
export * from './reconcile-with-epa';
