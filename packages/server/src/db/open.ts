import type { Config } from '../config';
import { type Database, openEmbedded, openPostgres } from './connect';
import { acquireDataDirLock } from './lock';

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR (locked). */
export async function openDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  const release = acquireDataDirLock(config.dataDir);
  try {
    const database = await openEmbedded(config.dataDir);
    return {
      ...database,
      async close() {
        await database.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
