import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json';

/** The hash of the chain before its first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit event that its hash covers (everything but the hash itself). */
export interface AuditEventContent {
  seq: number;
  occurredAt: string;
  eventType: string;
  actorUserId: string | null;
  actorOrganizationId: string | null;
  organizationId: string | null;
  subjectType: string;
  subjectId: string;
  ip: string | null;
  userAgent: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** Exactly the hashed fields of an event, whatever else the record carries. */
export function auditEventContent(e: AuditEventContent): AuditEventContent {
  return {
    seq: e.seq,
    occurredAt: e.occurredAt,
    eventType: e.eventType,
    actorUserId: e.actorUserId,
    actorOrganizationId: e.actorOrganizationId,
    organizationId: e.organizationId,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    ip: e.ip,
    userAgent: e.userAgent,
    before: e.before,
    after: e.after,
    prevHash: e.prevHash,
  };
}

/** hash = SHA-256(canonical JSON of the event's content, prev_hash included). */
export function hashAuditEvent(event: AuditEventContent): string {
  return sha256Hex(canonicalJson(event));
}

export type ChainVerdict =
  | { ok: true; events: number; lastHash: string }
  | { ok: false; events: number; firstBadSeq: number; reason: string };

/** Walks events in seq order and reports the first one whose seq, link or hash is wrong. */
export function verifyAuditChain(events: Iterable<AuditEventContent & { hash: string }>): ChainVerdict {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  for (const event of events) {
    count++;
    if (event.seq !== expectedSeq) {
      return { ok: false, events: count, firstBadSeq: event.seq, reason: `expected seq ${expectedSeq}` };
    }
    if (event.prevHash !== prevHash) {
      return {
        ok: false,
        events: count,
        firstBadSeq: event.seq,
        reason: 'prev_hash does not match the previous event',
      };
    }
    if (hashAuditEvent(auditEventContent(event)) !== event.hash) {
      return {
        ok: false,
        events: count,
        firstBadSeq: event.seq,
        reason: 'hash does not match the event content',
      };
    }
    prevHash = event.hash;
    expectedSeq++;
  }
  return { ok: true, events: count, lastHash: prevHash };
}
