import { AddInspectionFindingInput } from '@outfall/domain/contracts/inspections';
import type { z } from 'zod';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { inspectionFindings } from '../db/schema';
import { AppError } from '../errors';
import { insertFindingViolation } from './finding-violation';
import { requireStatus } from './guards';
import { findOwnInspection } from './inspections.queries';

/**
 * POST /inspections/:id/findings: what the inspector found; with `recordAsViolation` the finding
 * becomes an open `inspection` violation in the same transaction (one audit event naming both).
 */
export async function addFinding({
  db,
  actor,
  id,
  input,
  today,
}: {
  db: Db;
  actor: Actor;
  id: string;
  input: z.input<typeof AddInspectionFindingInput>;
  today: string;
}): Promise<{ findingId: string; violationId: string | null }> {
  const m = authorize(actor, 'inspection.perform');
  const data = AddInspectionFindingInput.parse(input);
  return db.transaction(async (tx) => {
    const i = await findOwnInspection(tx, m, id);
    requireStatus(i, ['in_progress'], 'add a finding');
    const itemId = data.checklistItemId?.trim() || null;
    if (itemId && !i.checklist.some((c) => c.id === itemId))
      throw new AppError('validation_failed', 'The checklist item was not found', [
        { path: 'checklistItemId', message: 'no such item on this checklist' },
      ]);
    if (data.recordAsViolation && data.severity === 'observation')
      throw new AppError('validation_failed', 'An observation cannot be recorded as a violation', [
        { path: 'severity', message: 'choose deficiency or violation to record it as a violation' },
      ]);
    const [finding] = await tx
      .insert(inspectionFindings)
      .values({
        inspectionId: i.id,
        facilityId: i.facilityId,
        checklistItemId: itemId,
        description: data.description,
        severity: data.severity,
        createdByUserId: actor.userId,
      })
      .returning();
    const violationId = data.recordAsViolation
      ? await insertFindingViolation(tx, i, finding!, actor.userId, today)
      : null;
    await appendAudit(tx, auditActorOf(actor), {
      type: 'inspection.finding_added',
      subjectId: finding!.id,
      organizationId: m.organizationId,
      after: {
        inspectionId: i.id,
        facilityId: i.facilityId,
        description: data.description,
        severity: data.severity,
        checklistItemId: itemId,
        violationId,
      },
    });
    return { findingId: finding!.id, violationId };
  });
}
