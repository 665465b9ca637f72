import type { Config } from './config';
import { openDatabase } from './db/open';
import { isDatabaseEmpty, printDemoAccounts, seedDemo } from './demo/seed';
import { buildApp } from './http/app';
import { createMailer } from './mail/outbox';
import { startSweepTimer } from './monitoring/sweep-timer';
import { VERSION } from './version';

/** Opens the database, seeds the demo where configured, and listens. */
export async function startServer(config: Config) {
  const database = await openDatabase(config);
  const mailer = createMailer(database.db, config.smtpUrl, config.mailFrom);
  if (config.seedDemo && (await isDatabaseEmpty(database.db))) {
    const demo = await seedDemo(database.db, { labImport: config.demoLabImport });
    printDemoAccounts(demo);
  }
  const app = await buildApp({ database, config, mailer, version: VERSION });
  const timer = setInterval(() => void mailer.flush().catch((err) => app.log.error(err)), 30_000);
  timer.unref();
  const stopSweep = startSweepTimer(database.db, (err) => app.log.error(err, 'missed-sample sweep failed'));
  await app.listen({ port: config.port, host: config.host });
  const close = async () => {
    clearInterval(timer);
    stopSweep();
    await app.close();
    mailer.close();
    await database.close();
  };
  return { app, database, close };
}
