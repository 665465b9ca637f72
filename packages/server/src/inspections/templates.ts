import type {
  ChecklistTemplateView,
  ChecklistTemplateInput as InputSchema,
} from '@outfall/domain/contracts/inspections';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db, Queryable, Tx } from '../db/connect';
import { checklistTemplates } from '../db/schema';
import type { ChecklistTemplateItem } from '../db/schema-program';
import { DEFAULT_TEMPLATE_NAME, defaultChecklistItems } from './default-checklist';

type Row = typeof checklistTemplates.$inferSelect;

export function toTemplateView(r: Row): ChecklistTemplateView {
  return {
    id: r.id,
    name: r.name,
    kinds: r.kinds,
    items: r.items,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Current (not archived) templates of an authority. */
export function currentTemplates(db: Queryable, authorityId: string) {
  return db
    .select()
    .from(checklistTemplates)
    .where(and(eq(checklistTemplates.authorityId, authorityId), isNull(checklistTemplates.archivedAt)))
    .orderBy(asc(checklistTemplates.createdAt));
}

/** Seeds the default checklist the first time an authority needs one (audited as created). */
export async function ensureDefaultTemplate(tx: Tx, actor: Actor | null, authorityId: string): Promise<Row> {
  const [any] = await tx
    .select()
    .from(checklistTemplates)
    .where(eq(checklistTemplates.authorityId, authorityId))
    .limit(1);
  if (any) {
    const [current] = await currentTemplates(tx, authorityId);
    return current ?? any;
  }
  const [row] = await tx
    .insert(checklistTemplates)
    .values({
      authorityId,
      name: DEFAULT_TEMPLATE_NAME,
      items: defaultChecklistItems(),
      createdByUserId: actor?.userId ?? null,
    })
    .returning();
  await appendAudit(
    tx,
    actor
      ? auditActorOf(actor)
      : { userId: null, organizationId: authorityId, ip: null, userAgent: 'outfall-system' },
    {
      type: 'checklist_template.created',
      subjectId: row!.id,
      organizationId: authorityId,
      after: { name: row!.name, items: row!.items.length, default: true },
    },
  );
  return row!;
}

/** GET /inspections/templates: the authority's current templates (the default one seeded lazily). */
export async function listTemplates(db: Db, actor: Actor): Promise<ChecklistTemplateView[]> {
  const m = authorize(actor, 'program.read');
  let rows = await currentTemplates(db, m.organizationId);
  if (rows.length === 0) {
    await db.transaction((tx) => ensureDefaultTemplate(tx, actor, m.organizationId));
    rows = await currentTemplates(db, m.organizationId);
  }
  return rows.map(toTemplateView);
}

/** Item ids: kept when given and unique, otherwise numbered. */
export function itemsOf(input: ReturnType<typeof InputSchema.parse>): ChecklistTemplateItem[] {
  const used = new Set<string>();
  return input.items.map((item, i) => {
    let id = item.id && !used.has(item.id) ? item.id : `i${i + 1}`;
    while (used.has(id)) id = `${id}_`;
    used.add(id);
    return { id, section: item.section, text: item.text };
  });
}
