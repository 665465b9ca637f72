import type { AuthorityProfileInput, AuthorityProfileView } from '@outfall/domain/contracts/facilities';
import { and, eq } from 'drizzle-orm';
import { type AuditActor, appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db, Tx } from '../db/connect';
import { authorityProfiles, organizations } from '../db/schema';
import { loadAuthorityProfile, toAuthorityProfileView } from './facilities.queries';
import { reclassifyFacility } from './reclassify';

function audited(view: AuthorityProfileView) {
  const { updatedAt: _, ...rest } = view;
  return rest;
}

/** Capacities and settings feed every IU's classification (§1.2), so each regulated facility is re-run. */
async function reclassifyAll(tx: Tx, authorityId: string, actorUserId: string | null) {
  const facilities = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.regulatedById, authorityId), eq(organizations.kind, 'facility')));
  const changed = [];
  for (const f of facilities) {
    const r = await reclassifyFacility(tx, {
      facilityId: f.id,
      regulatedById: authorityId,
      cause: 'authority_profile',
      actorUserId,
    });
    const same =
      r?.before?.effectiveClass === r?.after.effectiveClass && r?.before?.middleTier === r?.after.middleTier;
    if (r && !same) {
      changed.push({
        facilityId: f.id,
        from: r.before?.effectiveClass ?? null,
        to: r.after.effectiveClass,
        middleTier: r.after.middleTier,
      });
    }
  }
  return changed;
}

/** Writes the authority profile, re-classifies its facilities and appends one audit event, in one transaction. */
export function saveAuthorityProfile({
  db,
  actor,
  authorityId,
  input,
}: {
  db: Db;
  actor: AuditActor;
  authorityId: string;
  input: AuthorityProfileInput;
}): Promise<AuthorityProfileView> {
  return db.transaction(async (tx) => {
    await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, authorityId))
      .for('update');
    const before = toAuthorityProfileView(authorityId, await loadAuthorityProfile(tx, authorityId));
    const values = { ...input, updatedAt: new Date(), updatedByUserId: actor.userId };
    const [row] = await tx
      .insert(authorityProfiles)
      .values({ authorityId, ...values })
      .onConflictDoUpdate({ target: authorityProfiles.authorityId, set: values })
      .returning();
    const after = toAuthorityProfileView(authorityId, row!);
    const reclassified = await reclassifyAll(tx, authorityId, actor.userId);
    await appendAudit(tx, actor, {
      type: 'authority.profile_updated',
      subjectId: authorityId,
      organizationId: authorityId,
      before: audited(before),
      after: { ...audited(after), reclassified },
    });
    return after;
  });
}

/** An authority admin or coordinator sets the POTW design capacities and the classification settings. */
export function updateAuthorityProfile({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Actor;
  input: AuthorityProfileInput;
}) {
  const m = authorize(actor, 'authority.profile.edit');
  return saveAuthorityProfile({ db, actor: auditActorOf(actor), authorityId: m.organizationId, input });
}
