import type { Db } from '../db/connect';
import { AppError } from '../errors';
import { providerFor, type StorageProvider } from '../storage/index';

/** The bytes of a stored version, from the provider that stored them. */
export async function readVersionBytes(
  db: Db,
  storage: StorageProvider,
  version: { storageProvider: string; storageKey: string; fileName: string },
): Promise<Buffer> {
  const bytes = await providerFor(storage, db, version.storageProvider).get(version.storageKey);
  if (!bytes)
    throw new AppError(
      'not_found',
      `The file “${version.fileName}” is no longer in the ${version.storageProvider} storage`,
    );
  return bytes;
}
