import { type AuditEventContent, GENESIS_HASH, hashAuditEvent } from '@outfall/domain/audit/hash-chain';
import { desc, sql } from 'drizzle-orm';
import type { Tx } from '../db/connect';
import { auditEvents } from '../db/schema';
import { AUDIT_EVENTS, type AuditEventType } from './catalogue';

/** Who acted, from where: taken from the request (or `systemActor` for start-up and CLI work). */
export interface AuditActor {
  userId: string | null;
  organizationId: string | null;
  ip: string | null;
  userAgent: string | null;
}

export const systemActor: AuditActor = {
  userId: null,
  organizationId: null,
  ip: null,
  userAgent: 'outfall-system',
};

export interface AuditEventInput {
  type: AuditEventType;
  subjectId: string;
  /** The organization whose record this is (a facility's records belong to the facility). */
  organizationId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Plain JSON (Dates as ISO strings, no undefined) so the stored jsonb hashes the same when read back. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/**
 * Appends one event to the hash chain inside the caller's transaction. A transaction-scoped
 * advisory lock serialises appenders so `seq` has no gaps and each event links to the last.
 */
export async function appendAudit(tx: Tx, actor: AuditActor, input: AuditEventInput): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(7300410001)`);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const content: AuditEventContent = {
    seq: (last?.seq ?? 0) + 1,
    occurredAt: new Date().toISOString(),
    eventType: input.type,
    actorUserId: actor.userId,
    actorOrganizationId: actor.organizationId,
    organizationId: input.organizationId,
    subjectType: AUDIT_EVENTS[input.type],
    subjectId: input.subjectId,
    ip: actor.ip,
    userAgent: actor.userAgent,
    before: toJson(input.before),
    after: toJson(input.after),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = hashAuditEvent(content);
  await tx.insert(auditEvents).values({ ...content, occurredAt: new Date(content.occurredAt), hash });
  return content.seq;
}
