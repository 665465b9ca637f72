import type { ViolationDeterminationInput } from '@outfall/domain/contracts/enforcement';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { violations } from '../db/schema';
import { findVisibleViolation } from './violations.queries';

/** The authority's determination on a violation: SNC criterion C/D/G/H, description, detection date. */
export async function updateDetermination({
  db,
  actor,
  violationId,
  input,
}: {
  db: Db;
  actor: Actor;
  violationId: string;
  input: ViolationDeterminationInput;
}): Promise<void> {
  const m = authorize(actor, 'violation.manage');
  await db.transaction(async (tx) => {
    const v = await findVisibleViolation(tx, m, violationId);
    const set: Partial<typeof violations.$inferInsert> = { sncCriterion: input.sncCriterion };
    if (input.description !== undefined) set.description = input.description ?? null;
    if (input.detectedOn !== undefined) set.detectedOn = input.detectedOn;
    await tx.update(violations).set(set).where(eq(violations.id, v.id));
    await appendAudit(tx, auditActorOf(actor), {
      type: 'violation.updated',
      subjectId: v.id,
      organizationId: v.facilityId,
      before: { sncCriterion: v.sncCriterion, description: v.description, detectedOn: v.detectedOn },
      after: {
        sncCriterion: input.sncCriterion,
        description: set.description ?? v.description,
        detectedOn: set.detectedOn ?? v.detectedOn,
      },
    });
  });
}
