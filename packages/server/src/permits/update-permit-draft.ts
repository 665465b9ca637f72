import type { UpdatePermitDraftInput } from '@outfall/domain/contracts/permits';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import type { Db } from '../db/connect';
import { permits } from '../db/schema';
import { AppError } from '../errors';
import { assertNumberFree } from './insert-permit';
import { assertBaseVersion, loadPermitForChange } from './permit-access';
import { contentChanges, insertVersion, isSameContent } from './permit-versions';
import { findVersion, type PermitRow } from './permits.queries';

const IDENTITY_FIELDS = ['permitNumber', 'kind', 'effectiveDate', 'expirationDate'] as const;

function identityChanges(permit: PermitRow, input: UpdatePermitDraftInput) {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const field of IDENTITY_FIELDS) {
    const value = input[field];
    if (value !== undefined && value !== permit[field]) {
      before[field] = permit[field];
      after[field] = value;
    }
  }
  return { before, after };
}

/**
 * Saves an application or draft: a new immutable version (every save is kept and comparable),
 * guarded by `baseVersionNo`. Issued permits change only by modification.
 */
export async function updatePermitDraft({
  db,
  actor,
  permitId,
  input,
}: {
  db: Db;
  actor: Actor;
  permitId: string;
  input: UpdatePermitDraftInput;
}) {
  return db.transaction(async (tx) => {
    const { m, permit, content } = await loadPermitForChange(tx, actor, permitId);
    if (permit.status !== 'draft' && permit.status !== 'application_received') {
      throw new AppError(
        'invalid_state',
        `Permit ${permit.permitNumber} is ${permit.status}; change it by a modification (a new version)`,
      );
    }
    assertBaseVersion(permit, input.baseVersionNo);
    if (m.kind === 'authority' && input.kind && !['pretreatment_iu', 'general'].includes(input.kind)) {
      throw new AppError('validation_failed', 'An authority issues pretreatment permits', [
        { path: 'kind', message: 'must be pretreatment_iu or general' },
      ]);
    }
    const identity = identityChanges(permit, input);
    if (identity.after.permitNumber && permit.renewedFromPermitId === null) {
      await assertNumberFree(tx, permit.facilityId, identity.after.permitNumber as string);
    }
    const next = input.content ?? content;
    const contentChanged = !isSameContent(content, next);
    if (!contentChanged && Object.keys(identity.after).length === 0) return { permit, changed: false };
    const versionNo = permit.currentVersionNo + 1;
    const { version } = await findVersion(tx, permit.id, permit.currentVersionNo);
    await insertVersion(tx, {
      permitId: permit.id,
      versionNo,
      reason: version.reason,
      summary: 'Draft edited',
      effectiveDate: input.effectiveDate !== undefined ? input.effectiveDate : permit.effectiveDate,
      content: next,
      userId: actor.userId,
    });
    const [updated] = await tx
      .update(permits)
      .set({ ...identity.after, currentVersionNo: versionNo, updatedAt: new Date() })
      .where(eq(permits.id, permit.id))
      .returning();
    await appendAudit(tx, auditActorOf(actor), {
      type: 'permit.draft_updated',
      subjectId: permit.id,
      organizationId: permit.facilityId,
      before: { versionNo: permit.currentVersionNo, ...identity.before },
      after: { versionNo, ...identity.after, ...contentChanges(content, next) },
    });
    return { permit: updated!, changed: true };
  });
}
