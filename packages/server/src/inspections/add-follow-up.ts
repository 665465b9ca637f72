import type { AddInspectionFollowUpInput } from '@outfall/domain/contracts/inspections';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { inspectionFollowUps } from '../db/schema';
import { requireStatus } from './guards';
import { findOwnInspection } from './inspections.queries';

/** POST /inspections/:id/follow-ups: a corrective action the facility owes by a date. */
export async function addFollowUp({
  db,
  actor,
  id,
  input,
}: {
  db: Db;
  actor: Actor;
  id: string;
  input: AddInspectionFollowUpInput;
}): Promise<string> {
  const m = authorize(actor, 'inspection.perform');
  return db.transaction(async (tx) => {
    const i = await findOwnInspection(tx, m, id);
    requireStatus(i, ['in_progress', 'completed'], 'add a follow-up');
    const [row] = await tx
      .insert(inspectionFollowUps)
      .values({
        inspectionId: i.id,
        facilityId: i.facilityId,
        description: input.description,
        dueDate: input.dueDate,
      })
      .returning();
    await appendAudit(tx, auditActorOf(actor), {
      type: 'inspection.follow_up_added',
      subjectId: row!.id,
      organizationId: m.organizationId,
      after: {
        inspectionId: i.id,
        facilityId: i.facilityId,
        description: input.description,
        dueDate: input.dueDate,
      },
    });
    return row!.id;
  });
}
