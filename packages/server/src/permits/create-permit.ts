import type { CreatePermitInput } from '@outfall/domain/contracts/permits';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { AppError } from '../errors';
import { assertNumberFree, insertPermit, issuerFor } from './insert-permit';
import { contentCounts } from './permit-versions';

/**
 * An authority drafts a pretreatment permit for a facility it regulates, or a facility records a
 * permit it holds from another regulator (self-managed).
 */
export async function createPermit({ db, actor, input }: { db: Db; actor: Actor; input: CreatePermitInput }) {
  const m = authorize(actor, 'permit.write');
  if (input.renewedFromPermitId !== null) {
    throw new AppError('validation_failed', 'Renew a permit from the permit itself', [
      { path: 'renewedFromPermitId', message: 'use POST /api/v1/permits/{id}/renew' },
    ]);
  }
  const issuingAuthorityId = await issuerFor(db, m, input.facilityId, input.kind);
  return db.transaction(async (tx) => {
    await assertNumberFree(tx, input.facilityId, input.permitNumber);
    const permit = await insertPermit(tx, {
      ...input,
      issuingAuthorityId,
      status: input.initialStatus,
      reason: 'original',
      summary: input.initialStatus === 'application_received' ? 'Application received' : 'Draft',
      userId: actor.userId,
    });
    await appendAudit(tx, auditActorOf(actor), {
      type: 'permit.created',
      subjectId: permit.id,
      organizationId: permit.facilityId,
      after: {
        permitNumber: permit.permitNumber,
        kind: permit.kind,
        status: permit.status,
        issuingAuthorityId,
        effectiveDate: permit.effectiveDate,
        expirationDate: permit.expirationDate,
        versionNo: 1,
        content: contentCounts(input.content),
      },
    });
    return permit;
  });
}
