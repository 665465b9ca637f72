import type { RetentionRule } from '@outfall/domain/contracts/documents';
import { defaultRetentionRule } from '@outfall/domain/documents/retention';
import { and, eq, notInArray } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { retentionRules } from '../db/schema';
import { AppError } from '../errors';
import { ownRetentionRules, rulesOf } from './documents.queries';

/** The active organization's retention rule for every kind (its own, or the §3.6 default). */
export function listRetentionRules(db: Db, actor: Actor) {
  const m = authorize(actor, 'document.read');
  return rulesOf(db, m.organizationId);
}

/**
 * Replaces the organization's retention rules: the kinds given get those rules, the others go back
 * to the default. A rule may keep records longer than the §3.6 default, never shorter.
 */
export async function updateRetentionRules(db: Db, actor: Actor, rules: RetentionRule[]) {
  const m = authorize(actor, 'document.manage');
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    if (seen.has(rule.kind))
      throw new AppError('validation_failed', `The rule for ${rule.kind} is given twice`, [
        { path: `${index}.kind`, message: 'is given twice' },
      ]);
    seen.add(rule.kind);
    const minimum = defaultRetentionRule(rule.kind);
    if (rule.years < minimum.years)
      throw new AppError(
        'validation_failed',
        `Records of kind ${rule.kind} must be kept at least ${minimum.years} years (§3.6)`,
        [{ path: `${index}.years`, message: `at least ${minimum.years}` }],
      );
  });
  await db.transaction(async (tx) => {
    const before = await ownRetentionRules(tx, m.organizationId);
    const kinds = rules.map((r) => r.kind);
    await tx
      .delete(retentionRules)
      .where(
        and(
          eq(retentionRules.organizationId, m.organizationId),
          kinds.length ? notInArray(retentionRules.kind, kinds) : undefined,
        ),
      );
    for (const rule of rules)
      await tx
        .insert(retentionRules)
        .values({ organizationId: m.organizationId, ...rule, updatedByUserId: actor.userId })
        .onConflictDoUpdate({
          target: [retentionRules.organizationId, retentionRules.kind],
          set: { years: rule.years, basis: rule.basis, updatedAt: new Date(), updatedByUserId: actor.userId },
        });
    await appendAudit(tx, auditActorOf(actor), {
      type: 'document.retention_rules_updated',
      subjectId: m.organizationId,
      organizationId: m.organizationId,
      before: { rules: before },
      after: { rules },
    });
  });
  return rulesOf(db, m.organizationId);
}
