import type {
  PermitContent,
  PermitKind,
  PermitStatus,
  PermitVersionReason,
} from '@outfall/domain/contracts/permits';
import { and, eq, isNull } from 'drizzle-orm';
import type { ActiveMembership } from '../auth/actor';
import type { Queryable, Tx } from '../db/connect';
import { organizations, permits } from '../db/schema';
import { AppError, notFound } from '../errors';
import { insertVersion } from './permit-versions';

/** Kinds an authority issues on Outfall; anything else a facility tracks itself. */
const AUTHORITY_KINDS: readonly PermitKind[] = ['pretreatment_iu', 'general'];

/**
 * Who issues a new permit for `facilityId`: the acting authority, for a facility it regulates; or
 * nobody (self-managed) when a facility records its own. Outside one's jurisdiction answers 404.
 */
export async function issuerFor(db: Queryable, m: ActiveMembership, facilityId: string, kind: PermitKind) {
  if (m.kind === 'facility') {
    if (facilityId !== m.organizationId) throw notFound('Facility');
    return null;
  }
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        eq(organizations.id, facilityId),
        eq(organizations.kind, 'facility'),
        eq(organizations.regulatedById, m.organizationId),
      ),
    );
  if (!row) throw notFound('Facility');
  if (!AUTHORITY_KINDS.includes(kind)) {
    throw new AppError('validation_failed', `An authority issues pretreatment permits, not ${kind} permits`, [
      {
        path: 'kind',
        message: 'must be pretreatment_iu or general; the facility tracks its NPDES and state permits itself',
      },
    ]);
  }
  return m.organizationId;
}

/** 409 when the facility already holds an original permit with this number. */
export async function assertNumberFree(db: Queryable, facilityId: string, permitNumber: string) {
  const [row] = await db
    .select({ id: permits.id })
    .from(permits)
    .where(
      and(
        eq(permits.facilityId, facilityId),
        eq(permits.permitNumber, permitNumber),
        isNull(permits.renewedFromPermitId),
      ),
    );
  if (row) {
    throw new AppError('conflict', `The facility already holds a permit numbered ${permitNumber}`, [
      { path: 'permitNumber', message: 'is already used by another permit of this facility' },
    ]);
  }
}

export interface NewPermit {
  facilityId: string;
  issuingAuthorityId: string | null;
  permitNumber: string;
  kind: PermitKind;
  status: PermitStatus;
  effectiveDate: string | null;
  expirationDate: string | null;
  renewedFromPermitId: string | null;
  reason: PermitVersionReason;
  summary: string | null;
  content: PermitContent;
  userId: string | null;
}

/** Inserts a permit and its version 1 in the caller's transaction (the caller audits). */
export async function insertPermit(tx: Tx, p: NewPermit) {
  const [permit] = await tx
    .insert(permits)
    .values({
      facilityId: p.facilityId,
      issuingAuthorityId: p.issuingAuthorityId,
      permitNumber: p.permitNumber,
      kind: p.kind,
      status: p.status,
      effectiveDate: p.effectiveDate,
      expirationDate: p.expirationDate,
      renewedFromPermitId: p.renewedFromPermitId,
      currentVersionNo: 1,
    })
    .returning();
  await insertVersion(tx, {
    permitId: permit!.id,
    versionNo: 1,
    reason: p.reason,
    summary: p.summary,
    effectiveDate: p.effectiveDate,
    content: p.content,
    userId: p.userId,
  });
  return permit!;
}
