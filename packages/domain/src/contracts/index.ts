export * from './audit';
export * from './auth';
export * from './errors';
export * from './organizations';
export * from './roles';
