import { ScheduleInspectionInput } from '@outfall/domain/contracts/inspections';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { checklistTemplates, inspections } from '../db/schema';
import { AppError } from '../errors';
import { requireInspector, requireRegulatedFacility } from './guards';
import { currentTemplates, ensureDefaultTemplate } from './templates';

/** POST /inspections: plan a visit of a regulated facility, with a snapshot of the checklist. */
export async function scheduleInspection({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Actor;
  input: z.input<typeof ScheduleInspectionInput>;
}): Promise<string> {
  const m = authorize(actor, 'inspection.plan');
  const data = ScheduleInspectionInput.parse(input);
  await requireRegulatedFacility(db, m, data.facilityId);
  if (data.assignedUserId) await requireInspector(db, m.organizationId, data.assignedUserId);
  // the default checklist is seeded (and audited) on its own the first time it is needed
  if (!data.checklistTemplateId)
    await db.transaction((tx) => ensureDefaultTemplate(tx, actor, m.organizationId));
  return db.transaction(async (tx) => {
    let template: typeof checklistTemplates.$inferSelect | undefined;
    if (data.checklistTemplateId) {
      [template] = await tx
        .select()
        .from(checklistTemplates)
        .where(
          and(
            eq(checklistTemplates.id, data.checklistTemplateId),
            eq(checklistTemplates.authorityId, m.organizationId),
          ),
        );
      if (!template)
        throw new AppError('validation_failed', 'The checklist template was not found', [
          { path: 'checklistTemplateId', message: 'no checklist template of your authority has this id' },
        ]);
    } else {
      const current = await currentTemplates(tx, m.organizationId);
      template =
        current.find((t) => t.kinds.includes(data.kind)) ??
        current.find((t) => t.kinds.length === 0) ??
        current[0];
      if (!template) throw new AppError('invalid_state', 'The authority has no current checklist template');
    }
    const [row] = await tx
      .insert(inspections)
      .values({
        authorityId: m.organizationId,
        facilityId: data.facilityId,
        kind: data.kind,
        status: 'scheduled',
        includesSampling: data.includesSampling,
        announced: data.announced,
        scheduledDate: data.scheduledDate,
        assignedUserId: data.assignedUserId,
        checklistTemplateId: template.id,
        checklist: template.items.map((item) => ({ ...item, answer: null, note: null })),
        createdByUserId: actor.userId,
      })
      .returning();
    await appendAudit(tx, auditActorOf(actor), {
      type: 'inspection.scheduled',
      subjectId: row!.id,
      organizationId: m.organizationId,
      after: {
        facilityId: data.facilityId,
        kind: data.kind,
        scheduledDate: data.scheduledDate,
        assignedUserId: data.assignedUserId,
        includesSampling: data.includesSampling,
        announced: data.announced,
        checklistTemplateId: template.id,
        checklistTemplateVersion: template.version,
      },
    });
    return row!.id;
  });
}
