import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connect';
import { DAILY_SWEEPS_CRON, dailySweepsJob } from '../src/jobs/daily-sweeps';
import { JOB_SCHEMA, type JobRunner, startJobRunner } from '../src/jobs/job-runner';
import { pgliteJobDatabase } from '../src/jobs/pglite-database';
import { onPostgres, testDatabase } from './harness';

let database: Database;
let runner: JobRunner;
const errors: unknown[] = [];

/** The rows of a raw query (drizzle types them per driver). */
async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

async function countRuns(): Promise<number> {
  const [row] = await rows<{ n: number }>(sql`select count(*)::int as n from job_test_runs`);
  return Number(row!.n);
}

beforeAll(async () => {
  database = await testDatabase();
  await database.db.execute(sql`create table job_test_runs (as_of timestamptz not null)`);
  runner = await startJobRunner(database, {
    pollingIntervalSeconds: 0.5,
    onError: (err) => errors.push(err),
    jobs: [
      {
        name: 'test-insert',
        cron: '0 3 * * *',
        run: async (asOf) => {
          // Through a transaction with several awaits, as the sweeps do.
          await database.db.transaction(async (tx) => {
            await tx.execute(sql`select 1`);
            await tx.execute(sql`insert into job_test_runs (as_of) values (${asOf.toISOString()})`);
          });
        },
      },
      {
        name: 'test-failing',
        cron: '0 4 * * *',
        run: async () => {
          throw new Error('the job failed on purpose');
        },
      },
      { ...dailySweepsJob(database.db, 'http://outfall.test'), firstRunAfterSeconds: 3600 },
    ],
  });
});

afterAll(async () => {
  await runner?.stop();
});

describe(`background jobs on pg-boss (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('keeps its tables in the pgboss schema', async () => {
    const [row] = await rows<{ n: number }>(
      sql`select count(*)::int as n from information_schema.tables where table_schema = ${JOB_SCHEMA}`,
    );
    expect(Number(row!.n)).toBeGreaterThan(0);
  });

  it('schedules each job by cron in UTC', async () => {
    const schedules = await runner.boss.getSchedules();
    const byName = new Map(schedules.map((s) => [s.name, s]));
    expect(byName.get('test-insert')).toMatchObject({ cron: '0 3 * * *', timezone: 'UTC' });
    expect(byName.get('test-failing')).toMatchObject({ cron: '0 4 * * *', timezone: 'UTC' });
    expect(byName.get('daily-sweeps')).toMatchObject({ cron: DAILY_SWEEPS_CRON, timezone: 'UTC' });
  });

  it('queues the first run after start-up, deferred', async () => {
    const jobs = await runner.boss.findJobs('daily-sweeps');
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.state).toBe('created');
    expect(jobs[0]!.startAfter.getTime()).toBeGreaterThan(Date.now() + 3000 * 1000);
  });

  it('runs a job now and waits for it: the row is in the database', async () => {
    const before = new Date();
    await runner.runNow('test-insert');
    expect(await countRuns()).toBe(1);
    const [row] = await rows<{ as_of: string | Date }>(sql`select as_of from job_test_runs`);
    expect(new Date(row!.as_of).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    await runner.runNow('test-insert');
    expect(await countRuns()).toBe(2);
  });

  it('runs a job while request transactions share the database', async () => {
    const requests = Array.from({ length: 20 }, (_, i) =>
      database.db.transaction(async (tx) => {
        await tx.execute(sql`select ${i}::int`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        await tx.execute(sql`select ${i}::int + 1`);
      }),
    );
    await Promise.all([runner.runNow('test-insert'), ...requests]);
    expect(await countRuns()).toBe(3);
  });

  it('reports a failing job and rejects runNow', async () => {
    await expect(runner.runNow('test-failing')).rejects.toThrow(/test-failing failed.*on purpose/);
    expect(errors.map(String)).toContain('Error: the job failed on purpose');
  });

  it('runs the daily sweeps', async () => {
    await runner.runNow('daily-sweeps');
    expect(errors.filter((e) => !String(e).includes('on purpose'))).toEqual([]);
  });

  it.skipIf(onPostgres)('rolls back a failed pg-boss block before anything else reaches PGlite', async () => {
    const adapter = pgliteJobDatabase(database.pglite!);
    const failed = adapter.executeSql('BEGIN; SELECT 1; SELECT 1/0; COMMIT;');
    // Queued on PGlite's lock behind the failing block: must not start inside its aborted transaction.
    const next = database.db.transaction(async (tx) => tx.execute(sql`select 2 as n`));
    await expect(failed).rejects.toThrow(/division by zero/);
    expect(((await next) as unknown as { rows: unknown[] }).rows).toEqual([{ n: 2 }]);
    expect(database.pglite!.isInTransaction()).toBe(false);
  });
});
