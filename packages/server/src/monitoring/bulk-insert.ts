import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Transaction as PgliteTransaction } from '@electric-sql/pglite';
import { is } from 'drizzle-orm';
import { NodePgSession } from 'drizzle-orm/node-postgres';
import { PgliteSession } from 'drizzle-orm/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Tx } from '../db/connect';

/** A column: its name, its SQL type, and the row's value as text (null for NULL). */
export type BulkColumn<R> = readonly [name: string, type: string, text: (row: R) => string | null];

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A value in COPY's text format: backslash, tab and line breaks escaped; NULL as \N. */
export function copyText(value: string | null): string {
  if (value === null) return '\\N';
  return SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : value;
}

/** A text[] literal ('{}', '{"J","B"}') for COPY, elements quoted so that any text survives. */
export function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

// Rows per chunk: big enough that a chunk costs little, small enough to bound memory.
const CHUNK_ROWS = 5_000;
// PostgreSQL: how much unsent COPY data to let pile up before waiting for the server.
const MAX_BUFFERED = 32 * 1024 * 1024;

function* chunksOf<R>(rows: Iterable<R>, columns: readonly BulkColumn<R>[]): Generator<string> {
  let lines: string[] = [];
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) line += '\t';
      line += copyText(columns[i]![2](row));
    }
    lines.push(line);
    if (lines.length === CHUNK_ROWS) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

/** PostgreSQL: COPY FROM STDIN, written while the rows are made, so the server works meanwhile. */
async function copyToPostgres(
  client: pg.PoolClient | pg.Client,
  statement: string,
  chunks: Iterable<string>,
) {
  const stream = client.query(copyFrom(statement));
  let failure: unknown = null;
  stream.on('error', (error) => {
    failure ??= error;
  });
  const done = finished(stream);
  done.catch(() => {}); // observed below; a failed COPY must not go unhandled while rows are made
  try {
    for (const chunk of chunks) {
      if (failure !== null || stream.destroyed) break;
      stream.write(chunk);
      if (stream.writableLength > MAX_BUFFERED) await Promise.race([once(stream, 'drain'), done]);
      else await new Promise((resolve) => setImmediate(resolve)); // let the socket take what it can
    }
    if (failure === null && !stream.destroyed) stream.end();
    await done;
  } catch (error) {
    if (failure === null && !stream.destroyed) {
      // Making the rows failed: abandon the COPY (CopyFail) so the connection can roll back.
      stream.destroy(error as Error);
      await done.catch(() => {});
      throw error;
    }
    // The server's own error (a bad value, a broken constraint) says more than what the stream made of it.
    throw failure ?? error;
  }
  if (failure !== null) throw failure;
}

/** Column arrays of up to CHUNK_ROWS rows each (for INSERT … SELECT FROM unnest). */
function* columnChunksOf<R>(
  rows: Iterable<R>,
  columns: readonly BulkColumn<R>[],
): Generator<(string | null)[][]> {
  let arrays: (string | null)[][] = columns.map(() => []);
  let count = 0;
  for (const row of rows) {
    for (let i = 0; i < columns.length; i++) arrays[i]!.push(columns[i]![2](row));
    if (++count === CHUNK_ROWS) {
      yield arrays;
      arrays = columns.map(() => []);
      count = 0;
    }
  }
  if (count > 0) yield arrays;
}

/**
 * PGlite: one INSERT … SELECT FROM unnest per chunk, every column sent as one text array. A jsonb
 * column (a result's quality report) is sent as its distinct values plus an index per row, since
 * reports repeat: far less text to encode and parse. (PGlite's COPY extends the table file in a
 * way that slows down as the table grows, so it is not used here.)
 */
async function insertIntoPglite<R>(
  client: PgliteTransaction,
  table: string,
  columns: readonly BulkColumn<R>[],
  rows: Iterable<R>,
) {
  const names = columns.map(([name]) => name).join(', ');
  const json = columns.map(([, type]) => type === 'jsonb');
  const distinctParam = new Map<number, number>(); // column → parameter number of its distinct values
  columns.forEach((_, i) => {
    if (json[i]) distinctParam.set(i, columns.length + distinctParam.size + 1);
  });
  const selected = columns
    .map(([, type], i) => (json[i] ? `($${distinctParam.get(i)}::jsonb[])[c${i}::int]` : `c${i}::${type}`))
    .join(', ');
  const arrays = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  const statement = `insert into ${table} (${names}) select ${selected} from unnest(${arrays}) as u(${aliases})`;
  for (const chunk of columnChunksOf(rows, columns)) {
    const distinct: string[][] = [];
    for (const i of distinctParam.keys()) {
      const index = new Map<string, string>();
      const values: string[] = [];
      chunk[i] = chunk[i]!.map((v) => {
        if (v === null) return null;
        let n = index.get(v);
        if (n === undefined) {
          values.push(v);
          n = String(values.length);
          index.set(v, n);
        }
        return n;
      });
      distinct.push(values);
    }
    await client.query(statement, [...chunk, ...distinct]);
  }
}

/**
 * Inserts rows in bulk in the caller's transaction: PostgreSQL through `COPY … FROM STDIN` (text
 * format, pg-copy-streams), written while the rows are made so the server works meanwhile;
 * PGlite through INSERT … SELECT FROM unnest of column arrays. Rows may be an iterable made lazily.
 */
export async function bulkInsert<R>(
  tx: Tx,
  table: string,
  columns: readonly BulkColumn<R>[],
  rows: Iterable<R>,
): Promise<void> {
  const session = (tx as unknown as { _: { session: unknown } })._.session;
  if (is(session, NodePgSession)) {
    const client = (session as unknown as { client: pg.PoolClient | pg.Client }).client;
    const names = columns.map(([name]) => name).join(', ');
    await copyToPostgres(client, `copy ${table} (${names}) from stdin`, chunksOf(rows, columns));
    return;
  }
  if (is(session, PgliteSession)) {
    const client = (session as unknown as { client: PgliteTransaction }).client;
    await insertIntoPglite(client, table, columns, rows);
    return;
  }
  throw new Error(`bulkInsert: unsupported database session ${String(session)}`);
}
