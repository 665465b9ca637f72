export * from './echo-permit';
export * from './netdmr';
