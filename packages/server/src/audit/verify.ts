import { type ChainVerdict, verifyAuditChain } from '@outfall/domain/audit/hash-chain';
import { asc, gt } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { auditEvents } from '../db/schema';

async function* readChain(db: Queryable, pageSize = 5000) {
  let after = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, after))
      .orderBy(asc(auditEvents.seq))
      .limit(pageSize);
    for (const row of rows) {
      yield { ...row, occurredAt: row.occurredAt.toISOString() };
    }
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.seq;
  }
}

/** Re-computes every hash of the chain in seq order; reports the first event that does not hold. */
export async function verifyAuditTrail(db: Queryable): Promise<ChainVerdict> {
  const events = [];
  for await (const e of readChain(db)) events.push(e);
  return verifyAuditChain(events);
}
