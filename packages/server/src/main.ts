import { loadConfig } from './config';
import { DataDirLockedError } from './db/lock';
import { startServer } from './server';

try {
  const config = loadConfig();
  const server = await startServer(config);
  const db = server.database.kind === 'embedded' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
  console.log(`Outfall is running at ${config.publicUrl} (${db})`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void server.close().finally(() => process.exit(0));
    });
  }
} catch (err) {
  if (
    err instanceof DataDirLockedError ||
    (err instanceof Error && err.message.startsWith('Invalid configuration'))
  ) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
