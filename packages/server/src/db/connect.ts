import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or a transaction: queries accept both. */
export type Queryable = Db | Tx;

export interface Database {
  db: Db;
  kind: 'embedded' | 'postgres';
  /** The PGlite instance behind an embedded database (tests clone it). */
  pglite?: PGlite;
  /** The connection string of a PostgreSQL database (the job runner opens its own small pool on it). */
  connectionString?: string;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Opens PGlite in `dataDir/pg` (created as needed) and applies the migrations. */
export async function openEmbedded(dataDir: string | null): Promise<Database> {
  let client: PGlite;
  if (dataDir) {
    const pgDir = join(dataDir, 'pg');
    mkdirSync(pgDir, { recursive: true });
    client = await PGlite.create(pgDir);
  } else {
    client = await PGlite.create();
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR });
  return { db, kind: 'embedded', pglite: client, close: () => client.close() };
}

/** Connects a pool to a PostgreSQL server (15 or newer) and applies the migrations. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  await migratePg(db as never, { migrationsFolder: MIGRATIONS_DIR });
  return { db, kind: 'postgres', connectionString: url, close: () => pool.end() };
}

/** Wraps an existing PGlite instance (tests clone a migrated template). */
export function wrapPglite(client: PGlite): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, kind: 'embedded', pglite: client, close: () => client.close() };
}
