import type { ModifyPermitInput } from '@outfall/domain/contracts/permits';
import { transitionPermit, validatePermit } from '@outfall/domain/permits/index';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import type { Db } from '../db/connect';
import { permits } from '../db/schema';
import { AppError } from '../errors';
import { refuseIssues } from './act-on-permit';
import { assertBaseVersion, loadPermitForChange } from './permit-access';
import { contentChanges, insertVersion } from './permit-versions';

/** Modifies an issued or effective permit: a new immutable version, still valid per 403.8(f)(1)(iii). */
export async function modifyPermit({
  db,
  actor,
  permitId,
  input,
}: {
  db: Db;
  actor: Actor;
  permitId: string;
  input: ModifyPermitInput;
}) {
  return db.transaction(async (tx) => {
    const { permit, content } = await loadPermitForChange(tx, actor, permitId);
    const t = transitionPermit(permit, { action: 'modify', effectiveDate: input.effectiveDate });
    if (!t.ok) throw new AppError('invalid_state', t.reason);
    assertBaseVersion(permit, input.baseVersionNo);
    const { issues } = validatePermit(input.content, permit);
    const blocking =
      permit.issuingAuthorityId === null && permit.kind !== 'pretreatment_iu'
        ? issues.filter((i) => !i.path.startsWith('conditions.'))
        : issues;
    if (blocking.length > 0)
      throw refuseIssues(`The modification of ${permit.permitNumber} is refused`, blocking);
    const versionNo = permit.currentVersionNo + 1;
    await insertVersion(tx, {
      permitId: permit.id,
      versionNo,
      reason: 'modification',
      summary: input.reason,
      effectiveDate: input.effectiveDate,
      content: input.content,
      userId: actor.userId,
    });
    const [updated] = await tx
      .update(permits)
      .set({ currentVersionNo: versionNo, updatedAt: new Date() })
      .where(eq(permits.id, permit.id))
      .returning();
    await appendAudit(tx, auditActorOf(actor), {
      type: 'permit.modified',
      subjectId: permit.id,
      organizationId: permit.facilityId,
      before: { versionNo: permit.currentVersionNo },
      after: {
        versionNo,
        reason: input.reason,
        effectiveDate: input.effectiveDate,
        ...contentChanges(content, input.content),
      },
    });
    return updated!;
  });
}
