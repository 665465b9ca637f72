import type { FacilityProfileInput, FacilityProfileView } from '@outfall/domain/contracts/facilities';
import { eq } from 'drizzle-orm';
import { type AuditActor, appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db, Tx } from '../db/connect';
import { facilityCategoricalStandards, facilityProfiles, organizations } from '../db/schema';
import { notFound } from '../errors';
import { type FacilityOrg, findFacility, loadProfile, toProfileView } from './facilities.queries';
import { reclassifyFacility } from './reclassify';

/** The profile as the audit trail records it (the event carries its own timestamp). */
function audited(view: FacilityProfileView | null) {
  if (!view) return null;
  const { updatedAt: _, ...rest } = view;
  return rest;
}

async function lockFacility(tx: Tx, facilityId: string): Promise<FacilityOrg> {
  const [org] = await tx
    .select({ id: organizations.id, name: organizations.name, regulatedById: organizations.regulatedById })
    .from(organizations)
    .where(eq(organizations.id, facilityId))
    .for('update');
  if (!org) throw notFound('Facility');
  return org;
}

async function writeProfile(tx: Tx, facilityId: string, input: FacilityProfileInput, userId: string | null) {
  const values = {
    status: input.status,
    siteAddress: input.siteAddress,
    mailingAddress: input.mailingAddress,
    naicsCodes: input.naicsCodes,
    sicCodes: input.sicCodes,
    contacts: input.contacts,
    processFlowGpd: input.flows.processGpd,
    sanitaryFlowGpd: input.flows.sanitaryGpd,
    nonContactCoolingFlowGpd: input.flows.nonContactCoolingGpd,
    boilerBlowdownFlowGpd: input.flows.boilerBlowdownGpd,
    otherFlowGpd: input.flows.otherGpd,
    processOrganicLoadLbPerDay: input.processOrganicLoadLbPerDay,
    categoricalFacts: input.categoricalFacts,
    notes: input.notes,
    updatedAt: new Date(),
    updatedByUserId: userId,
  };
  await tx
    .insert(facilityProfiles)
    .values({ facilityId, ...values })
    .onConflictDoUpdate({ target: facilityProfiles.facilityId, set: values });
  await tx
    .delete(facilityCategoricalStandards)
    .where(eq(facilityCategoricalStandards.facilityId, facilityId));
  if (input.categoricalStandards.length > 0) {
    await tx
      .insert(facilityCategoricalStandards)
      .values(input.categoricalStandards.map((s) => ({ facilityId, part: s.part, subpart: s.subpart })));
  }
}

/**
 * Writes a facility's profile (and its name), re-runs the classification and appends one audit
 * event, all in one transaction. Used by the API (after authorization) and by the factories.
 */
export function saveFacilityProfile({
  db,
  actor,
  facilityId,
  input,
}: {
  db: Db;
  actor: AuditActor;
  facilityId: string;
  input: FacilityProfileInput;
}): Promise<FacilityProfileView> {
  return db.transaction(async (tx) => {
    const facility = await lockFacility(tx, facilityId);
    const previous = await loadProfile(tx, facilityId);
    const before = previous ? toProfileView(facility, previous) : null;
    if (input.name !== facility.name) {
      await tx.update(organizations).set({ name: input.name }).where(eq(organizations.id, facilityId));
    }
    await writeProfile(tx, facilityId, input, actor.userId);
    const classification = await reclassifyFacility(tx, {
      facilityId,
      regulatedById: facility.regulatedById,
      cause: 'profile',
      actorUserId: actor.userId,
    });
    const after = toProfileView({ ...facility, name: input.name }, (await loadProfile(tx, facilityId))!);
    await appendAudit(tx, actor, {
      type: 'facility.profile_updated',
      subjectId: facilityId,
      organizationId: facilityId,
      before: { profile: audited(before), classification: classification?.before ?? null },
      after: { profile: audited(after), classification: classification?.after ?? null },
    });
    return after;
  });
}

/** An authority admin or coordinator keeps the profile of a facility it regulates. */
export async function updateFacilityProfile({
  db,
  actor,
  facilityId,
  input,
}: {
  db: Db;
  actor: Actor;
  facilityId: string;
  input: FacilityProfileInput;
}) {
  const m = authorize(actor, 'facility.profile.edit');
  await findFacility(db, m, facilityId, 'manage');
  return saveFacilityProfile({ db, actor: auditActorOf(actor), facilityId, input });
}
