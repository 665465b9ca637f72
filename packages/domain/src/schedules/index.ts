export * from './dates';
export * from './frequency';
export * from './missed-samples';
export * from './permit-dates';
export * from './report-lateness';
export * from './report-periods';
export * from './resample-clock';
export * from './sampling-slots';
