import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../src/audit/canonical-json';
import {
  type AuditEventContent,
  GENESIS_HASH,
  hashAuditEvent,
  sha256Hex,
  verifyAuditChain,
} from '../src/audit/hash-chain';

function chain(n: number) {
  const events: (AuditEventContent & { hash: string })[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content: AuditEventContent = {
      seq,
      occurredAt: `2026-01-0${seq}T00:00:00.000Z`,
      eventType: 'organization.created',
      actorUserId: 'u1',
      actorOrganizationId: 'o1',
      organizationId: 'o1',
      subjectType: 'organization',
      subjectId: `o${seq}`,
      ip: '127.0.0.1',
      userAgent: null,
      before: null,
      after: { name: `Org ${seq}`, n: seq },
      prevHash,
    };
    const hash = hashAuditEvent(content);
    events.push({ ...content, hash });
    prevHash = hash;
  }
  return events;
}

describe('canonical JSON', () => {
  it('sorts keys at every depth, drops undefined and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: true, y: null }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":null,"z":true}]},"b":1}',
    );
  });
  it('writes dates as ISO strings and refuses non-finite numbers', () => {
    expect(canonicalJson({ at: new Date('2026-11-26T07:00:00Z') })).toBe('{"at":"2026-11-26T07:00:00.000Z"}');
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(/non-finite/);
  });
});

describe('audit hash chain', () => {
  it('hashes with SHA-256 (known vector)', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('accepts an intact chain', () => {
    expect(verifyAuditChain(chain(5))).toEqual({ ok: true, events: 5, lastHash: chain(5)[4]!.hash });
  });
  it('names the first event whose content was changed', () => {
    const events = chain(5);
    events[2] = { ...events[2]!, after: { name: 'Tampered', n: 3 } };
    expect(verifyAuditChain(events)).toMatchObject({ ok: false, firstBadSeq: 3, reason: /hash/ });
  });
  it('names a break in the links and a gap in seq', () => {
    const relinked = chain(4);
    relinked[1] = { ...relinked[1]!, prevHash: GENESIS_HASH };
    expect(verifyAuditChain(relinked)).toMatchObject({ ok: false, firstBadSeq: 2, reason: /prev_hash/ });
    const gap = chain(4).filter((e) => e.seq !== 2);
    expect(verifyAuditChain(gap)).toMatchObject({ ok: false, firstBadSeq: 3, reason: /seq/ });
  });
});
