import type { PermitContent } from '@outfall/domain/contracts/permits';
import type { SignatoryKind } from '@outfall/domain/contracts/roles';
import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Queryable } from '../db/connect';
import { signatoryAuthorizations } from '../db/schema';

export type AuthorizationRow = typeof signatoryAuthorizations.$inferSelect;

export type SignerCheck =
  | { ok: true; kind: SignatoryKind; authorizationId: string | null; title: string | null }
  | { ok: false; reason: string };

/**
 * 403.12(l): may this user sign for the facility now? A responsible official (membership
 * signatory kind) may; a duly authorized representative only with a written authorization naming
 * them (or recorded for them) that the authority has received and that is not superseded — unless
 * the permit does not require one on file. The permit may also narrow who signs.
 */
export async function checkSigner(
  db: Queryable,
  actor: Actor,
  facilityId: string,
  rules: PermitContent['signatory'],
): Promise<SignerCheck> {
  const m = actor.active;
  if (!m || m.organizationId !== facilityId || m.kind !== 'facility')
    return { ok: false, reason: 'Only a signatory of the facility can sign its reports.' };
  if (!m.signatory)
    return {
      ok: false,
      reason:
        'You are not a signatory of this facility (40 CFR 403.12(l)): a responsible official or a duly authorized representative signs.',
    };
  if (!rules.allowedSignatories.includes(m.signatory))
    return {
      ok: false,
      reason: `The permit does not allow a ${m.signatory.replace('_', ' ')} to sign reports.`,
    };
  if (m.signatory === 'responsible_official')
    return { ok: true, kind: 'responsible_official', authorizationId: null, title: null };
  const current = await currentAuthorization(db, facilityId, actor.userId);
  if (current)
    return {
      ok: true,
      kind: 'authorized_representative',
      authorizationId: current.id,
      title: current.position,
    };
  if (!rules.authorizationOnFileRequired)
    return { ok: true, kind: 'authorized_representative', authorizationId: null, title: null };
  const superseded = await latestAuthorization(db, facilityId, actor.userId);
  return {
    ok: false,
    reason: superseded?.supersededAt
      ? 'Your written signatory authorization was superseded; a new one must be on file with the control authority before you sign (40 CFR 403.12(l)(4)).'
      : superseded && !superseded.receivedByAuthorityOn
        ? 'Your written signatory authorization has not been received by the control authority yet (40 CFR 403.12(l)(3)(iii)).'
        : 'No written authorization naming you as authorized representative is on file with the control authority (40 CFR 403.12(l)(3)).',
  };
}

/** The user's authorization in force: received by the authority and not superseded. */
export async function currentAuthorization(db: Queryable, facilityId: string, userId: string) {
  const [row] = await db
    .select()
    .from(signatoryAuthorizations)
    .where(
      and(
        eq(signatoryAuthorizations.facilityId, facilityId),
        eq(signatoryAuthorizations.delegateUserId, userId),
        isNotNull(signatoryAuthorizations.receivedByAuthorityOn),
        isNull(signatoryAuthorizations.supersededAt),
      ),
    )
    .orderBy(desc(signatoryAuthorizations.createdAt))
    .limit(1);
  return row ?? null;
}

async function latestAuthorization(db: Queryable, facilityId: string, userId: string) {
  const [row] = await db
    .select()
    .from(signatoryAuthorizations)
    .where(
      and(
        eq(signatoryAuthorizations.facilityId, facilityId),
        eq(signatoryAuthorizations.delegateUserId, userId),
      ),
    )
    .orderBy(desc(signatoryAuthorizations.createdAt))
    .limit(1);
  return row ?? null;
}
