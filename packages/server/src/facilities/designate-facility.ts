import type { DesignationInput, FacilityClassificationView } from '@outfall/domain/contracts/facilities';
import { type AuditActor, appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { AppError } from '../errors';
import { classificationView, type FacilityOrg, findFacility, loadClassification } from './facilities.queries';
import { reclassifyFacility } from './reclassify';

const refuse = (message: string) =>
  new AppError('invalid_state', message, [{ path: 'designation', message }]);

/** Applies a designation (or its withdrawal) with its audit event in one transaction; no authorization. */
export function applyDesignation({
  db,
  actor,
  facility,
  input,
}: {
  db: Db;
  actor: AuditActor;
  facility: FacilityOrg;
  input: DesignationInput;
}): Promise<FacilityClassificationView> {
  const facilityId = facility.id;
  return db.transaction(async (tx) => {
    const current = await loadClassification(tx, facilityId);
    if (!current) throw refuse('Enter the facility profile before designating the facility');
    if (input.designation === 'non_significant' && current.computed.isCategorical) {
      throw refuse(
        'A categorical industrial user leaves SIU status only through the NSCIU route (403.3(v)(3)); it cannot be designated non-significant',
      );
    }
    if (input.designation === 'none' && !current.designation) {
      throw refuse('The facility has no designation to withdraw');
    }
    const designation =
      input.designation === 'none' ? null : { kind: input.designation, reason: input.reason };
    const result = await reclassifyFacility(tx, {
      facilityId,
      regulatedById: facility.regulatedById,
      cause: 'designation',
      actorUserId: actor.userId,
      designation,
      reason: input.reason,
    });
    await appendAudit(tx, actor, {
      type: 'facility.designation_changed',
      subjectId: facilityId,
      organizationId: facilityId,
      before: result!.before,
      after: { ...result!.after, reason: input.reason },
    });
    return (await classificationView(tx, facilityId))!;
  });
}

/**
 * The authority designates a facility significant (403.3(v)(1)(ii)(c): reasonable potential) or
 * non-significant (403.3(v)(3): no reasonable potential), or withdraws its designation; always
 * with a reason. The designation overrides the computed class, which is kept and shown beside it.
 */
export async function designateFacility({
  db,
  actor,
  facilityId,
  input,
}: {
  db: Db;
  actor: Actor;
  facilityId: string;
  input: DesignationInput;
}): Promise<FacilityClassificationView> {
  const m = authorize(actor, 'facility.designate');
  const facility = await findFacility(db, m, facilityId, 'manage');
  return applyDesignation({ db, actor: auditActorOf(actor), facility, input });
}
