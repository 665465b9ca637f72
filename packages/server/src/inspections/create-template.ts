import type { ChecklistTemplateInput, ChecklistTemplateView } from '@outfall/domain/contracts/inspections';
import { ChecklistTemplateInput as InputSchema } from '@outfall/domain/contracts/inspections';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { checklistTemplates } from '../db/schema';
import { itemsOf, toTemplateView } from './templates';

/** POST /inspections/templates. */
export async function createTemplate({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Actor;
  input: ChecklistTemplateInput;
}): Promise<ChecklistTemplateView> {
  const m = authorize(actor, 'inspection.plan');
  const parsed = InputSchema.parse(input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(checklistTemplates)
      .values({
        authorityId: m.organizationId,
        name: parsed.name,
        kinds: parsed.kinds,
        items: itemsOf(parsed),
        createdByUserId: actor.userId,
      })
      .returning();
    await appendAudit(tx, auditActorOf(actor), {
      type: 'checklist_template.created',
      subjectId: row!.id,
      organizationId: m.organizationId,
      after: { name: row!.name, kinds: row!.kinds, items: row!.items },
    });
    return toTemplateView(row!);
  });
}
