import type { RenewPermitInput } from '@outfall/domain/contracts/permits';
import { transitionPermit } from '@outfall/domain/permits/index';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import type { Db } from '../db/connect';
import { permits } from '../db/schema';
import { AppError } from '../errors';
import { insertPermit } from './insert-permit';
import { loadPermitForChange } from './permit-access';
import { findSuccessor } from './permits.queries';

const RENEWABLE = ['issued', 'effective', 'expired'];

/**
 * Starts the renewal: a new permit linked to this one (`renewedFromPermitId`), content copied from
 * the current version. The old permit becomes `renewed` when the new one is issued.
 */
export async function renewPermit({
  db,
  actor,
  permitId,
  input,
}: {
  db: Db;
  actor: Actor;
  permitId: string;
  input: RenewPermitInput;
}) {
  return db.transaction(async (tx) => {
    const { permit, content } = await loadPermitForChange(tx, actor, permitId);
    if (!RENEWABLE.includes(permit.status)) {
      throw new AppError('invalid_state', `Cannot renew a permit that is ${permit.status}`);
    }
    const existing = await findSuccessor(tx, permit.id);
    if (existing) {
      throw new AppError(
        'conflict',
        `Permit ${permit.permitNumber} is already being renewed by ${existing.permitNumber} (${existing.status})`,
      );
    }
    const successor = await insertPermit(tx, {
      facilityId: permit.facilityId,
      issuingAuthorityId: permit.issuingAuthorityId,
      permitNumber: input.permitNumber,
      kind: permit.kind,
      status: input.applicationReceivedOn ? 'application_received' : 'draft',
      effectiveDate: input.effectiveDate,
      expirationDate: input.expirationDate,
      renewedFromPermitId: permit.id,
      reason: 'renewal',
      summary: `Renewal of ${permit.permitNumber} (version ${permit.currentVersionNo})`,
      content,
      userId: actor.userId,
    });
    const received = input.applicationReceivedOn
      ? transitionPermit(permit, {
          action: 'record_renewal_application',
          receivedOn: input.applicationReceivedOn,
        })
      : null;
    if (received?.ok) {
      await tx
        .update(permits)
        .set({ ...received.changes, updatedAt: new Date() })
        .where(eq(permits.id, permit.id));
    }
    await appendAudit(tx, auditActorOf(actor), {
      type: 'permit.renewal_started',
      subjectId: successor.id,
      organizationId: permit.facilityId,
      before: {
        renewedPermitId: permit.id,
        renewalApplicationReceivedOn: permit.renewalApplicationReceivedOn,
      },
      after: {
        permitNumber: successor.permitNumber,
        status: successor.status,
        renewedFromPermitId: permit.id,
        copiedFromVersionNo: permit.currentVersionNo,
        renewalApplicationReceivedOn: received?.ok
          ? input.applicationReceivedOn
          : permit.renewalApplicationReceivedOn,
      },
    });
    return successor;
  });
}
