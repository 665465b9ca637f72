import { verifyAuditTrail } from '../audit/verify';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open';
import { type CliCommand, EXIT } from './cli-command';

/** `audit verify`: re-computes the hash chain; exit 0 when intact, 3 naming the first bad event. */
export const auditVerify: CliCommand = {
  summary: 'Verify the audit trail hash chain of the configured database (DATA_DIR or DATABASE_URL)',
  usage: '[--json]',
  async run(args, io) {
    const database = await openDatabase(loadConfig());
    try {
      const verdict = await verifyAuditTrail(database.db);
      if (args.includes('--json')) io.out(JSON.stringify(verdict));
      else if (verdict.ok)
        io.out(`Audit trail intact: ${verdict.events} events, last hash ${verdict.lastHash}`);
      else
        io.err(
          `Audit trail BROKEN at event seq ${verdict.firstBadSeq}: ${verdict.reason} (${verdict.events} events read)`,
        );
      return verdict.ok ? EXIT.ok : EXIT.checkFailed;
    } finally {
      await database.close();
    }
  },
};
