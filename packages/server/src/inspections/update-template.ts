import type { ChecklistTemplateInput, ChecklistTemplateView } from '@outfall/domain/contracts/inspections';
import { ChecklistTemplateInput as InputSchema } from '@outfall/domain/contracts/inspections';
import { and, eq, isNull } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { checklistTemplates } from '../db/schema';
import { notFound } from '../errors';
import { itemsOf, toTemplateView } from './templates';

/**
 * PUT /inspections/templates/:id: a new version (a new row; the old one is archived), so
 * inspections that used the old version keep pointing at exactly what they were given.
 */
export async function updateTemplate({
  db,
  actor,
  id,
  input,
}: {
  db: Db;
  actor: Actor;
  id: string;
  input: ChecklistTemplateInput;
}): Promise<ChecklistTemplateView> {
  const m = authorize(actor, 'inspection.plan');
  const parsed = InputSchema.parse(input);
  return db.transaction(async (tx) => {
    const [old] = await tx
      .select()
      .from(checklistTemplates)
      .where(
        and(
          eq(checklistTemplates.id, id),
          eq(checklistTemplates.authorityId, m.organizationId),
          isNull(checklistTemplates.archivedAt),
        ),
      );
    if (!old) throw notFound('Checklist template');
    const now = new Date();
    await tx
      .update(checklistTemplates)
      .set({ archivedAt: now, updatedAt: now })
      .where(eq(checklistTemplates.id, id));
    const [row] = await tx
      .insert(checklistTemplates)
      .values({
        authorityId: m.organizationId,
        name: parsed.name,
        kinds: parsed.kinds,
        items: itemsOf(parsed),
        version: old.version + 1,
        createdByUserId: actor.userId,
      })
      .returning();
    await appendAudit(tx, auditActorOf(actor), {
      type: 'checklist_template.updated',
      subjectId: row!.id,
      organizationId: m.organizationId,
      before: { id: old.id, version: old.version, name: old.name, kinds: old.kinds, items: old.items },
      after: { id: row!.id, version: row!.version, name: row!.name, kinds: row!.kinds, items: row!.items },
    });
    return toTemplateView(row!);
  });
}
