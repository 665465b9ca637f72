import type { Config } from './config';
import { openDatabase } from './db/open';
import { isDatabaseEmpty, printDemoAccounts, seedDemo } from './demo/seed';
import { buildApp } from './http/app';
import { dailySweepsJob } from './jobs/daily-sweeps';
import { startJobRunner } from './jobs/job-runner';
import { createMailer } from './mail/outbox';
import { createStorage } from './storage/index';
import { VERSION } from './version';

/** Opens the database, seeds the demo where configured, and listens. */
export async function startServer(config: Config) {
  const database = await openDatabase(config);
  const mailer = createMailer(database.db, config.smtpUrl, config.mailFrom);
  if (config.seedDemo && (await isDatabaseEmpty(database.db))) {
    const demo = await seedDemo(database.db, { labImport: config.demoLabImport });
    printDemoAccounts(demo);
  }
  const storage = createStorage(config, database.db);
  const app = await buildApp({ database, config, mailer, storage, version: VERSION });
  const timer = setInterval(() => void mailer.flush().catch((err) => app.log.error(err)), 30_000);
  timer.unref();
  const jobs = await startJobRunner(database, {
    jobs: [{ ...dailySweepsJob(database.db, config.publicUrl), firstRunAfterSeconds: 60 }],
    onError: (err) => app.log.error(err, 'background job failed'),
  });
  /** Stops the jobs (a running one may finish) before the app, and closes the database last. */
  const close = async () => {
    clearInterval(timer);
    await jobs.stop();
    await app.close();
    mailer.close();
    await database.close();
  };
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await close();
    throw err;
  }
  return { app, database, close };
}
