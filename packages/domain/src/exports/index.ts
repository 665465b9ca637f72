export * from './dmr-report';
export * from './export-error';
export * from './icis-dmr-read';
export * from './icis-dmr-xml';
export * from './icis-pretreatment-xml';
export * from './netdmr-csv';
export * from './netdmr-report';
