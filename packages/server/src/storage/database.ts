import { eq } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { storedFiles } from '../db/schema';
import { checkKey, type StorageProvider } from './provider';

/** Bytes in the `stored_files` table: the default, nothing to set up, backed up with the database. */
export function databaseStorage(db: Db): StorageProvider {
  return {
    name: 'database',
    async put(key, bytes) {
      await db
        .insert(storedFiles)
        .values({ key: checkKey(key), bytes: Buffer.from(bytes) })
        .onConflictDoUpdate({ target: storedFiles.key, set: { bytes: Buffer.from(bytes) } });
    },
    async get(key) {
      const [row] = await db
        .select()
        .from(storedFiles)
        .where(eq(storedFiles.key, checkKey(key)));
      return row ? Buffer.from(row.bytes) : null;
    },
    async delete(key) {
      await db.delete(storedFiles).where(eq(storedFiles.key, checkKey(key)));
    },
  };
}
