import type { PGlite } from '@electric-sql/pglite';
import type { Db as JobDatabase } from 'pg-boss';

/**
 * pg-boss's database interface over the embedded PGlite instance, which the application's own queries
 * share (PGlite is one connection, serialised by its transaction lock: a query issued while a drizzle
 * transaction is open waits for it, and the other way round).
 *
 * - A statement with parameters is one statement on the extended protocol: `query`. A failure leaves
 *   nothing behind (the implicit transaction is rolled back).
 * - A statement without parameters may be a script of several (pg-boss's `BEGIN; ...; COMMIT;` blocks,
 *   migrations): `exec`, with the rows of every statement. A failure in the middle of an explicit
 *   `BEGIN` block leaves the one session in an aborted transaction; pg-boss's own `fromPglite` rolls it
 *   back with a second call, and a request transaction queued on the lock in between would start inside
 *   the aborted block and fail. So the script runs while PGlite's transaction lock is held, through
 *   `transaction()`: the transaction it opens is committed at once (empty) so the script runs exactly
 *   as written — `REINDEX/CREATE INDEX CONCURRENTLY` must not run inside a transaction block — and on a
 *   failure `transaction()` itself sends ROLLBACK before it lets the next caller in.
 *
 * The lock is held only for the statements of one call: pg-boss never keeps it across a handler, so a
 * job's own queries (and the request transactions around it) cannot deadlock with pg-boss. No
 * `beginTransaction` (no transactional workers, which would hold the lock across the handler) and no
 * `listen` (workers poll).
 */
export function pgliteJobDatabase(pglite: PGlite): JobDatabase {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values?.length) {
        const { rows } = await pglite.query(text, values);
        return { rows };
      }
      const results = await pglite.transaction(async (tx) => {
        await tx.exec('COMMIT');
        return tx.exec(text);
      });
      return { rows: results.flatMap((r) => r.rows ?? []) };
    },
  };
}
