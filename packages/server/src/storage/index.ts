import { join } from 'node:path';
import type { Config } from '../config';
import type { Db } from '../db/connect';
import { databaseStorage } from './database';
import { diskStorage } from './disk';
import type { StorageProvider } from './provider';
import { s3Storage } from './s3';

export type { StorageKind, StorageProvider } from './provider';

/** The provider chosen by `STORAGE` (database by default). */
export function createStorage(config: Pick<Config, 'storage' | 'dataDir' | 's3'>, db: Db): StorageProvider {
  if (config.storage === 'disk') return diskStorage(join(config.dataDir, 'files'));
  if (config.storage === 's3') {
    if (!config.s3) throw new Error('STORAGE=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY');
    return s3Storage(config.s3);
  }
  return databaseStorage(db);
}

/**
 * Reads files whatever provider stored them: records keep the provider's name, so bytes written
 * before a change of `STORAGE` stay readable when that provider is still configured.
 */
export function providerFor(storage: StorageProvider, db: Db, name: string): StorageProvider {
  if (name === storage.name) return storage;
  if (name === 'database') return databaseStorage(db);
  throw new Error(`Files stored with the ${name} provider cannot be read while STORAGE=${storage.name}`);
}
