import { setTimeout as sleep } from 'node:timers/promises';
import { PgBoss } from 'pg-boss';
import type { Database } from '../db/connect';
import { pgliteJobDatabase } from './pglite-database';

export interface BackgroundJob {
  /** The pg-boss queue (and schedule) name. */
  name: string;
  /** Five-field cron expression, evaluated in UTC. */
  cron: string;
  /** Also run once this many seconds after the runner starts. */
  firstRunAfterSeconds?: number;
  /** The work; `asOf` is the moment it runs. Throwing fails the job (pg-boss retries it). */
  run: (asOf: Date) => Promise<void>;
}

export interface JobRunnerOptions {
  jobs: BackgroundJob[];
  /** A job that threw, or an error of pg-boss itself (it keeps running). */
  onError(err: unknown): void;
  /** How often workers look for jobs, in seconds (pg-boss's default is 2). */
  pollingIntervalSeconds?: number;
}

export interface JobRunner {
  /** Stops fetching, waits (up to 30 s) for running jobs, and closes pg-boss's own pool if it has one. */
  stop(): Promise<void>;
  /** Sends the job now and resolves when it completed (rejects if it failed). */
  runNow(name: string): Promise<void>;
  /** The pg-boss instance (tests read schedules and jobs through it). */
  readonly boss: PgBoss;
}

/** The pg-boss schema, on PostgreSQL and in the embedded database alike. */
export const JOB_SCHEMA = 'pgboss';

const FINAL_STATES = new Set(['completed', 'failed', 'cancelled']);

/**
 * Runs the background jobs on pg-boss: one queue per job (at most one active job at a time, across
 * servers), its cron schedule (UTC) and a worker. pg-boss keeps its tables in the `pgboss` schema and
 * migrates it on start. On PostgreSQL it opens its own small pool on the same database; on the embedded
 * database it shares the one PGlite connection through `pgliteJobDatabase`.
 */
export async function startJobRunner(database: Database, options: JobRunnerOptions): Promise<JobRunner> {
  const boss = new PgBoss(bossOptions(database));
  boss.on('error', (err) => options.onError(err));
  await boss.start();
  const workers = new Map<string, string>();
  try {
    const names = new Set(options.jobs.map((job) => job.name));
    for (const schedule of await boss.getSchedules()) {
      if (!names.has(schedule.name)) await boss.unschedule(schedule.name, schedule.key);
    }
    for (const job of options.jobs) {
      await boss.createQueue(job.name, {
        policy: 'singleton',
        expireInSeconds: 60 * 60,
        retryLimit: 2,
        retryDelay: 5 * 60,
      });
      await boss.schedule(job.name, job.cron, null, { tz: 'UTC' });
      const workerId = await boss.work(
        job.name,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
        async () => {
          try {
            await job.run(new Date());
          } catch (err) {
            options.onError(err);
            throw err;
          }
        },
      );
      workers.set(job.name, workerId);
      if (job.firstRunAfterSeconds !== undefined) {
        await boss.send(job.name, null, { startAfter: job.firstRunAfterSeconds });
      }
    }
  } catch (err) {
    await boss.stop({ graceful: false }).catch(() => {});
    throw err;
  }

  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, timeout: 30_000 });
    },
    async runNow(name) {
      const workerId = workers.get(name);
      if (!workerId) throw new Error(`No background job named ${name}`);
      const id = await boss.send(name, null, { retryLimit: 0 });
      if (!id) throw new Error(`Job ${name} was not queued`);
      boss.notifyWorker(workerId);
      for (;;) {
        const job = await boss.getJobById(name, id);
        if (!job) throw new Error(`Job ${name} ${id} disappeared`);
        if (FINAL_STATES.has(job.state)) {
          if (job.state === 'completed') return;
          throw new Error(`Job ${name} ${job.state}: ${JSON.stringify(job.output)}`);
        }
        await sleep(50);
      }
    },
  };
}

function bossOptions(database: Database): ConstructorParameters<typeof PgBoss>[0] {
  const common = { schema: JOB_SCHEMA, application_name: 'outfall-jobs' } as const;
  if (database.kind === 'embedded') {
    if (!database.pglite) throw new Error('The embedded database has no PGlite instance');
    return { ...common, backend: 'pglite', db: pgliteJobDatabase(database.pglite) };
  }
  if (!database.connectionString) throw new Error('The PostgreSQL database has no connection string');
  return { ...common, connectionString: database.connectionString, max: 3 };
}
