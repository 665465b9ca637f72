import type { UpdateInspectionInput } from '@outfall/domain/contracts/inspections';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize, can } from '../auth/policy';
import type { Db } from '../db/connect';
import { inspections } from '../db/schema';
import type { InspectionChecklistItem } from '../db/schema-program';
import { AppError, type FieldError, forbidden } from '../errors';
import { requireInspector, requireStatus } from './guards';
import { findOwnInspection } from './inspections.queries';

/**
 * PUT /inspections/:id (autosave): checklist answers merged by item id, contacts, summary; a
 * planner may also reschedule or reassign. Nothing changed: nothing written.
 */
export async function updateInspection({
  db,
  actor,
  id,
  input,
}: {
  db: Db;
  actor: Actor;
  id: string;
  input: UpdateInspectionInput;
}): Promise<void> {
  const m = authorize(actor, 'inspection.perform');
  const planning = input.scheduledDate !== undefined || input.assignedUserId !== undefined;
  if (planning && !can(m, 'inspection.plan'))
    throw forbidden('Only a coordinator or director may reschedule or reassign');
  if (input.assignedUserId) await requireInspector(db, m.organizationId, input.assignedUserId);
  await db.transaction(async (tx) => {
    // autosaves arrive in quick succession: each merges into the row as the previous one left it
    await tx.select({ id: inspections.id }).from(inspections).where(eq(inspections.id, id)).for('update');
    const i = await findOwnInspection(tx, m, id);
    requireStatus(i, ['scheduled', 'in_progress'], 'change the inspection');
    if (input.checklist?.length) requireStatus(i, ['in_progress'], 'answer the checklist');
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const set: Partial<typeof inspections.$inferInsert> = {};

    if (input.checklist?.length) {
      const errors: FieldError[] = [];
      const byId = new Map(i.checklist.map((c) => [c.id, c]));
      input.checklist.forEach((a, index) => {
        if (!byId.has(a.id))
          errors.push({ path: `checklist.${index}.id`, message: 'no such item on this checklist' });
      });
      if (errors.length) throw new AppError('validation_failed', 'A checklist item was not found', errors);
      const changed: { id: string; before: unknown; after: unknown }[] = [];
      const next: InspectionChecklistItem[] = i.checklist.map((c) => {
        const a = input.checklist!.find((x) => x.id === c.id);
        if (!a) return c;
        const note = a.note === undefined ? c.note : a.note?.trim() ? a.note : null;
        const updated = { ...c, answer: a.answer, note };
        if (updated.answer !== c.answer || updated.note !== c.note)
          changed.push({
            id: c.id,
            before: { answer: c.answer, note: c.note },
            after: { answer: a.answer, note },
          });
        return updated;
      });
      if (changed.length) {
        set.checklist = next;
        before.checklist = changed.map((c) => ({ id: c.id, ...(c.before as object) }));
        after.checklist = changed.map((c) => ({ id: c.id, ...(c.after as object) }));
      }
    }
    const scalar = (
      key: 'contacts' | 'summary' | 'scheduledDate' | 'assignedUserId' | 'includesSampling',
    ) => {
      const value = input[key];
      if (value === undefined) return;
      const normalized = typeof value === 'string' && key !== 'scheduledDate' && !value.trim() ? null : value;
      if (normalized === i[key]) return;
      before[key] = i[key];
      after[key] = normalized;
      (set as Record<string, unknown>)[key] = normalized;
    };
    for (const key of ['contacts', 'summary', 'scheduledDate', 'assignedUserId', 'includesSampling'] as const)
      scalar(key);
    if (Object.keys(set).length === 0) return;
    await tx
      .update(inspections)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(inspections.id, i.id));
    await appendAudit(tx, auditActorOf(actor), {
      type: 'inspection.updated',
      subjectId: i.id,
      organizationId: m.organizationId,
      before,
      after,
    });
  });
}
