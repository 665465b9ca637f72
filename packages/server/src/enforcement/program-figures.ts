import { D } from '@outfall/domain/numbers/decimal';
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { enforcementActions, organizations, violations } from '../db/schema';
import { programSettingsOf } from '../program/settings';
import { isOverdue } from './actions.queries';
import { actionsByViolation, sncCache, timelinessOf } from './violations.queries';

async function regulatedFacilityIds(db: Queryable, authorityId: string): Promise<string[]> {
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.kind, 'facility'), eq(organizations.regulatedById, authorityId)));
  return rows.map((r) => r.id);
}

/**
 * Open violations at the authority's facilities that have had no response within the ERP time
 * frame (§5.2: the initial response, or formal action when the facility is in SNC) as of `asOf`.
 */
export async function violationsWithoutTimelyResponse(
  db: Queryable,
  authorityId: string,
  asOf: string,
): Promise<{ count: number; ids: string[] }> {
  const facilityIds = await regulatedFacilityIds(db, authorityId);
  if (facilityIds.length === 0) return { count: 0, ids: [] };
  const rows = await db
    .select()
    .from(violations)
    .where(and(inArray(violations.facilityId, facilityIds), eq(violations.status, 'open')));
  const settings = await programSettingsOf(db, authorityId);
  const actions = await actionsByViolation(
    db,
    rows.map((r) => r.id),
  );
  const snc = sncCache(db);
  const ids: string[] = [];
  for (const v of rows) {
    const t = timelinessOf(v, actions.get(v.id) ?? [], settings, await snc(v.facilityId), asOf);
    if (t.state === 'overdue') ids.push(v.id);
  }
  return { count: ids.length, ids };
}

/** Penalties assessed (actions issued in [from, to]) and collected (payments dated in [from, to]), in dollars. */
export async function penaltyTotals(
  db: Queryable,
  authorityId: string,
  from: string,
  to: string,
): Promise<{ assessed: string; collected: string }> {
  const assessedRows = await db
    .select({ amount: enforcementActions.penaltyAssessed })
    .from(enforcementActions)
    .where(
      and(
        eq(enforcementActions.authorityId, authorityId),
        gte(enforcementActions.issuedOn, from),
        lte(enforcementActions.issuedOn, to),
      ),
    );
  const collectedRows = await db
    .select({ amount: enforcementActions.penaltyCollected })
    .from(enforcementActions)
    .where(
      and(
        eq(enforcementActions.authorityId, authorityId),
        gte(enforcementActions.penaltyCollectedOn, from),
        lte(enforcementActions.penaltyCollectedOn, to),
      ),
    );
  const sum = (rows: { amount: string | null }[]) =>
    rows.reduce((total, r) => (r.amount ? total.plus(new D(r.amount)) : total), new D(0)).toFixed(2);
  return { assessed: sum(assessedRows), collected: sum(collectedRows) };
}

/** Open actions whose response date passed without a response (the director's list). */
export async function overdueResponses(db: Queryable, authorityId: string, asOf: string): Promise<number> {
  const rows = await db
    .select()
    .from(enforcementActions)
    .where(and(eq(enforcementActions.authorityId, authorityId), eq(enforcementActions.status, 'open')));
  return rows.filter((r) => isOverdue(r, asOf)).length;
}
