import type {
  EnforcementActionListQuery,
  EnforcementActionView,
} from '@outfall/domain/contracts/enforcement';
import { ENFORCEMENT_LEVEL } from '@outfall/domain/contracts/program';
import { isFormal, nextResponses } from '@outfall/domain/program/erp';
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { ActiveMembership } from '../auth/actor';
import type { Queryable } from '../db/connect';
import {
  enforcementActions,
  enforcementActionViolations,
  organizations,
  users,
  violations,
} from '../db/schema';
import { notFound } from '../errors';
import { findMonitoredFacility, listMonitoredFacilities } from '../monitoring/facility-scope';
import type { ViolationRow } from '../monitoring/violations.queries';
import { programSettingsOf } from '../program/settings';
import { type GuideRow, guideOf } from './guide';

export type ActionRow = typeof enforcementActions.$inferSelect;

/** The response date passed without a response while the action is open. */
export function isOverdue(
  a: Pick<ActionRow, 'status' | 'responseDue' | 'respondedOn'>,
  asOf: string,
): boolean {
  return a.status === 'open' && a.responseDue !== null && a.respondedOn === null && a.responseDue < asOf;
}

/** A violation in a few words (letters, lists). */
export function violationText(v: ViolationRow): string {
  const x = (v.explanation ?? {}) as {
    parameterName?: string;
    limit?: { label?: string };
    text?: string;
    title?: string;
    description?: string;
  };
  const period = v.periodStart === v.periodEnd ? v.periodStart : `${v.periodStart} to ${v.periodEnd}`;
  switch (v.kind) {
    case 'effluent':
      return `${x.parameterName ?? v.parameterCode} at outfall ${v.monitoringPoint}, ${period}: ${v.computedValue ?? '?'} ${v.unit ?? ''} against the ${x.limit?.label ?? 'limit'} of ${v.limitValue ?? '?'} ${v.unit ?? ''}`.replace(
        /\s+/g,
        ' ',
      );
    case 'monitoring':
      return `Required ${x.parameterName ?? v.parameterCode} sampling at ${v.monitoringPoint} missed, ${period} (${v.computedValue ?? ''})`;
    case 'reporting':
      return x.text ?? `Report late: ${v.computedValue} days, ${period}`;
    case 'schedule':
      return x.text ?? `Compliance schedule milestone missed (${period})`;
    default:
      return `${v.description ?? x.text ?? v.kind} (${period})`;
  }
}

async function guideRowsOf(db: Queryable, authorityIds: string[]) {
  const map = new Map<string, GuideRow[]>();
  for (const id of new Set(authorityIds)) map.set(id, await guideOf(db, id));
  return map;
}

/** Views of actions; `summary` (the authority's internal note) only for the authority. */
export async function actionViews(
  db: Queryable,
  m: ActiveMembership,
  rows: ActionRow[],
  asOf: string,
): Promise<EnforcementActionView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const links = await db
    .select({ actionId: enforcementActionViolations.actionId, violation: violations })
    .from(enforcementActionViolations)
    .innerJoin(violations, eq(violations.id, enforcementActionViolations.violationId))
    .where(inArray(enforcementActionViolations.actionId, ids));
  const facilities = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, [...new Set(rows.map((r) => r.facilityId))]));
  const nameOf = new Map(facilities.map((f) => [f.id, f.name]));
  const issuerIds = [...new Set(rows.map((r) => r.issuedByUserId).filter((x): x is string => !!x))];
  const issuers =
    issuerIds.length > 0
      ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, issuerIds))
      : [];
  const issuerOf = new Map(issuers.map((u) => [u.id, u.name]));
  const from = await db
    .select({ id: enforcementActions.id, to: enforcementActions.escalatedToId })
    .from(enforcementActions)
    .where(inArray(enforcementActions.escalatedToId, ids));
  const fromOf = new Map(from.map((f) => [f.to!, f.id]));
  const guides = await guideRowsOf(
    db,
    rows.map((r) => r.authorityId),
  );
  const titles = new Map<string, string>();
  for (const a of new Set(rows.map((r) => r.authorityId)))
    titles.set(a, (await programSettingsOf(db, a)).directorTitle);
  const internal = m.kind === 'authority';
  return rows.map((a) => {
    const guide = guides.get(a.authorityId) ?? [];
    const guideRow = guide.find((g) => g.id === a.guideEntryId) ?? null;
    const next =
      a.status === 'open' || a.status === 'responded'
        ? nextResponses({ type: a.type, guideRow }, guide, {
            officialTitle: titles.get(a.authorityId) ?? 'Director',
            timeFrameDays: 30,
          })
        : [];
    return {
      id: a.id,
      facilityId: a.facilityId,
      facilityName: nameOf.get(a.facilityId) ?? '',
      type: a.type,
      level: a.level,
      formal: isFormal(a.type),
      status: a.status,
      guideEntryId: a.guideEntryId,
      issuedOn: a.issuedOn,
      responseDue: a.responseDue,
      overdue: isOverdue(a, asOf),
      officialTitle: a.officialTitle,
      issuedByName: a.issuedByUserId ? (issuerOf.get(a.issuedByUserId) ?? null) : null,
      summary: internal ? a.summary : null,
      requirements: a.requirements,
      complianceSchedule: a.complianceSchedule.map((s) => ({ ...s, achievedDate: s.achievedDate ?? null })),
      penaltyAssessed: a.penaltyAssessed,
      penaltyCollected: a.penaltyCollected,
      penaltyCollectedOn: a.penaltyCollectedOn,
      judicialKind: a.judicialKind,
      letterDocumentId: a.letterDocumentId,
      respondedOn: a.respondedOn,
      responseNote: a.responseNote,
      escalatedToId: a.escalatedToId,
      escalatedFromId: fromOf.get(a.id) ?? null,
      escalatedAt: a.escalatedAt?.toISOString() ?? null,
      closedOn: a.closedOn,
      closedReason: a.closedReason,
      violations: links
        .filter((l) => l.actionId === a.id)
        .map(({ violation: v }) => ({
          id: v.id,
          kind: v.kind,
          status: v.status,
          parameterCode: v.parameterCode,
          monitoringPoint: v.monitoringPoint,
          periodStart: v.periodStart,
          periodEnd: v.periodEnd,
          text: violationText(v),
        })),
      nextResponses: next,
      createdAt: a.createdAt.toISOString(),
    };
  });
}

/** Actions at the facilities the membership may see, overdue first, then the newest. */
export async function listActions(
  db: Queryable,
  m: ActiveMembership,
  query: EnforcementActionListQuery,
  asOf: string,
): Promise<EnforcementActionView[]> {
  const ids = query.facilityId
    ? [(await findMonitoredFacility(db, m, query.facilityId)).id]
    : (await listMonitoredFacilities(db, m)).map((f) => f.id);
  if (ids.length === 0) return [];
  const filters: SQL[] = [inArray(enforcementActions.facilityId, ids)];
  if (m.kind === 'authority') filters.push(eq(enforcementActions.authorityId, m.organizationId));
  if (query.status) filters.push(eq(enforcementActions.status, query.status));
  if (query.type) filters.push(eq(enforcementActions.type, query.type));
  let rows = await db
    .select()
    .from(enforcementActions)
    .where(and(...filters))
    .orderBy(desc(enforcementActions.issuedOn), desc(enforcementActions.createdAt))
    .limit(1000);
  if (query.overdue !== undefined) rows = rows.filter((r) => isOverdue(r, asOf) === query.overdue);
  const views = await actionViews(db, m, rows, asOf);
  return views.sort((a, b) => Number(b.overdue) - Number(a.overdue));
}

/** An action the membership may see (authority: its own; facility: issued to it); 404 otherwise. */
export async function findVisibleAction(db: Queryable, m: ActiveMembership, id: string): Promise<ActionRow> {
  const [row] = await db.select().from(enforcementActions).where(eq(enforcementActions.id, id));
  if (!row) throw notFound('Enforcement action');
  const visible =
    m.kind === 'authority' ? row.authorityId === m.organizationId : row.facilityId === m.organizationId;
  if (!visible) throw notFound('Enforcement action');
  return row;
}

export async function viewAction(db: Queryable, m: ActiveMembership, id: string, asOf: string) {
  const row = await findVisibleAction(db, m, id);
  return (await actionViews(db, m, [row], asOf))[0]!;
}

export const levelOfType = ENFORCEMENT_LEVEL;
