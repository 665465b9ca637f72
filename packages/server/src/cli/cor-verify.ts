import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open';
import { verifyCopyOfRecord } from '../reports/copy-of-record';
import { type CliCommand, EXIT } from './cli-command';

/** `cor verify FILE`: checks a downloaded copy of record (JSON or PDF) against the stored digests. */
export const corVerify: CliCommand = {
  summary:
    'Verify a copy of record file (JSON or PDF; an annual report’s XML too) against the copies stored in the configured database',
  usage: 'FILE [--json]',
  async run(args, io) {
    const file = args.find((a) => !a.startsWith('--'));
    if (!file) {
      io.err('Usage: npm run outfall -- cor verify FILE [--json]');
      return EXIT.badInput;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (err) {
      io.err(`Cannot read ${file}: ${(err as Error).message}`);
      return EXIT.badInput;
    }
    const database = await openDatabase(loadConfig());
    try {
      const verdict = await verifyCopyOfRecord(database.db, bytes);
      if (args.includes('--json')) io.out(JSON.stringify(verdict));
      else if (verdict.verified) io.out(`VERIFIED: ${verdict.message}\nSHA-256 ${verdict.sha256}`);
      else io.err(`NOT VERIFIED: ${verdict.message}\nSHA-256 ${verdict.sha256}`);
      return verdict.verified ? EXIT.ok : EXIT.checkFailed;
    } finally {
      await database.close();
    }
  },
};
