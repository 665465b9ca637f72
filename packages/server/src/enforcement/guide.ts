import type { ErpGuideInput, ErpGuideRowView, ErpGuideView } from '@outfall/domain/contracts/enforcement';
import { checkGuide, modelEnforcementResponseGuide } from '@outfall/domain/program/erp';
import { asc, eq, max } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db, Queryable } from '../db/connect';
import { enforcementActions, erpGuideEntries } from '../db/schema';
import { AppError } from '../errors';
import { programSettingsOf } from '../program/settings';

export type GuideRow = typeof erpGuideEntries.$inferSelect;

export function toGuideRowView(r: GuideRow): ErpGuideRowView {
  return {
    id: r.id,
    position: r.position,
    noncompliance: r.noncompliance,
    noncomplianceLabel: r.noncomplianceLabel,
    circumstance: r.circumstance,
    circumstanceLabel: r.circumstanceLabel,
    responses: r.responses,
    officialTitle: r.officialTitle,
    timeFrameDays: r.timeFrameDays,
  };
}

function readRows(db: Queryable, authorityId: string) {
  return db
    .select()
    .from(erpGuideEntries)
    .where(eq(erpGuideEntries.authorityId, authorityId))
    .orderBy(asc(erpGuideEntries.position));
}

/**
 * The authority's Enforcement Response Guide; seeded from the model guide of §5.4 (officials by
 * the program's titles) the first time it is read. The seeding is idempotent (unique key).
 */
export async function guideOf(db: Queryable, authorityId: string): Promise<GuideRow[]> {
  const rows = await readRows(db, authorityId);
  if (rows.length > 0) return rows;
  const settings = await programSettingsOf(db, authorityId);
  const model = modelEnforcementResponseGuide({
    directorTitle: settings.directorTitle,
    coordinatorTitle: settings.coordinatorTitle,
  });
  await db
    .insert(erpGuideEntries)
    .values(model.map((r, position) => ({ ...r, authorityId, position })))
    .onConflictDoNothing();
  return readRows(db, authorityId);
}

export async function guideView(db: Queryable, authorityId: string): Promise<ErpGuideView> {
  const rows = await guideOf(db, authorityId);
  const [latest] = await db
    .select({ at: max(erpGuideEntries.updatedAt) })
    .from(erpGuideEntries)
    .where(eq(erpGuideEntries.authorityId, authorityId));
  return { rows: rows.map(toGuideRowView), updatedAt: latest?.at ? new Date(latest.at).toISOString() : null };
}

const key = (r: { noncompliance: string; circumstance: string }) => `${r.noncompliance}/${r.circumstance}`;

/**
 * Replaces the guide's rows in one transaction. A row keeps its id when its key (noncompliance,
 * circumstance) stays, so actions that followed it keep their link; a row an action followed
 * cannot be removed.
 */
export async function updateGuide({ db, actor, input }: { db: Db; actor: Actor; input: ErpGuideInput }) {
  const m = authorize(actor, 'erp.manage');
  const problems = checkGuide(input.rows);
  if (problems.length > 0)
    throw new AppError('validation_failed', `The response guide has ${problems.length} problem(s)`, problems);
  const authorityId = m.organizationId;
  return db.transaction(async (tx) => {
    const before = await guideOf(tx, authorityId);
    const wanted = new Map(input.rows.map((r, i) => [key(r), { ...r, position: i }]));
    const removed = before.filter((r) => !wanted.has(key(r)));
    for (const r of removed) {
      const [used] = await tx
        .select({ id: enforcementActions.id })
        .from(enforcementActions)
        .where(eq(enforcementActions.guideEntryId, r.id))
        .limit(1);
      if (used)
        throw new AppError('conflict', `The row ${key(r)} was followed by an enforcement action; keep it`, [
          { path: 'rows', message: `keep ${key(r)}` },
        ]);
      await tx.delete(erpGuideEntries).where(eq(erpGuideEntries.id, r.id));
    }
    const now = new Date();
    for (const [k, r] of wanted) {
      const existing = before.find((b) => key(b) === k);
      if (existing)
        await tx
          .update(erpGuideEntries)
          .set({ ...r, updatedAt: now })
          .where(eq(erpGuideEntries.id, existing.id));
      else await tx.insert(erpGuideEntries).values({ ...r, authorityId, updatedAt: now });
    }
    await appendAudit(tx, auditActorOf(actor), {
      type: 'erp.guide_updated',
      subjectId: authorityId,
      organizationId: authorityId,
      before: { rows: before.map(({ id: _id, authorityId: _a, updatedAt: _u, position: _p, ...r }) => r) },
      after: { rows: input.rows },
    });
    return guideView(tx, authorityId);
  });
}
