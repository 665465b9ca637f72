export * from './audit';
export * from './auth';
export * from './errors';
export * from './facilities';
export * from './monitoring';
export * from './organizations';
export * from './permits';
export * from './roles';
