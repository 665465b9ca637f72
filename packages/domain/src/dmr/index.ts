export * from './build-dmr';
export * from './dmr-types';
export * from './frequency';
export * from './percent-removal-dmr';
