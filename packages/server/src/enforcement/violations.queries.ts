import type { ViolationListQuery, ViolationView } from '@outfall/domain/contracts/monitoring-api';
import type { EnforcementActionType } from '@outfall/domain/contracts/program';
import { responseTimeliness, type Timeliness } from '@outfall/domain/program/erp';
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { ActiveMembership } from '../auth/actor';
import type { Queryable } from '../db/connect';
import { enforcementActions, enforcementActionViolations, organizations, violations } from '../db/schema';
import { notFound } from '../errors';
import { findMonitoredFacility, listMonitoredFacilities } from '../monitoring/facility-scope';
import { toProgramViolationView, type ViolationRow } from '../monitoring/violations.queries';
import { DEFAULT_PROGRAM_SETTINGS, programSettingsOf } from '../program/settings';
import { latestSncOf, type SncState } from '../snc/snc.queries';

export interface LinkedAction {
  actionId: string;
  violationId: string;
  type: EnforcementActionType;
  issuedOn: string;
  status: string;
}

/** The day the ERP time frames run from: the detection date, else the day the record was made. */
export function detectedOnOf(v: ViolationRow): string {
  return v.detectedOn ?? v.createdAt.toISOString().slice(0, 10);
}

/** The actions answering each violation. */
export async function actionsByViolation(db: Queryable, ids: string[]): Promise<Map<string, LinkedAction[]>> {
  const map = new Map<string, LinkedAction[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .select({
      actionId: enforcementActions.id,
      violationId: enforcementActionViolations.violationId,
      type: enforcementActions.type,
      issuedOn: enforcementActions.issuedOn,
      status: enforcementActions.status,
    })
    .from(enforcementActionViolations)
    .innerJoin(enforcementActions, eq(enforcementActions.id, enforcementActionViolations.actionId))
    .where(inArray(enforcementActionViolations.violationId, ids));
  for (const r of rows) map.set(r.violationId, [...(map.get(r.violationId) ?? []), r]);
  return map;
}

/** The ERP time frames of the authority regulating a facility (defaults for one on its own). */
export async function erpDaysOf(db: Queryable, authorityId: string | null) {
  if (!authorityId) return DEFAULT_PROGRAM_SETTINGS;
  return programSettingsOf(db, authorityId);
}

/** Per facility: its latest SNC state, cached for one request. */
export function sncCache(db: Queryable) {
  const cache = new Map<string, Promise<SncState | null>>();
  return (facilityId: string) => {
    let p = cache.get(facilityId);
    if (!p) {
      p = latestSncOf(db, facilityId);
      cache.set(facilityId, p);
    }
    return p;
  };
}

export function timelinessOf(
  v: ViolationRow,
  actions: LinkedAction[],
  settings: { erpInitialResponseDays: number; erpSncFormalDays: number },
  snc: SncState | null,
  asOf: string,
): Timeliness {
  return responseTimeliness(
    {
      detectedOn: detectedOnOf(v),
      closedOn:
        v.status === 'closed' ? (v.returnedToComplianceOn ?? v.closedAt?.toISOString().slice(0, 10)) : null,
      inSnc: snc?.isSnc ?? false,
    },
    actions,
    settings,
    asOf,
  );
}

/** The view of violations with their facility's name and ERP response state. */
export async function programViolationViews(
  db: Queryable,
  rows: ViolationRow[],
  asOf: string,
): Promise<ViolationView[]> {
  if (rows.length === 0) return [];
  const facilityIds = [...new Set(rows.map((r) => r.facilityId))];
  const orgs = await db
    .select({ id: organizations.id, name: organizations.name, regulatedById: organizations.regulatedById })
    .from(organizations)
    .where(inArray(organizations.id, facilityIds));
  const orgOf = new Map(orgs.map((o) => [o.id, o]));
  const settingsOf = new Map<string | null, Awaited<ReturnType<typeof erpDaysOf>>>();
  for (const o of orgs)
    if (!settingsOf.has(o.regulatedById))
      settingsOf.set(o.regulatedById, await erpDaysOf(db, o.regulatedById));
  const actions = await actionsByViolation(
    db,
    rows.map((r) => r.id),
  );
  const snc = sncCache(db);
  const views: ViolationView[] = [];
  for (const v of rows) {
    const org = orgOf.get(v.facilityId);
    const linked = actions.get(v.id) ?? [];
    const t = timelinessOf(
      v,
      linked,
      settingsOf.get(org?.regulatedById ?? null)!,
      await snc(v.facilityId),
      asOf,
    );
    const open = v.status === 'open';
    views.push(
      toProgramViolationView(v, {
        facilityName: org?.name ?? null,
        hasAction: linked.length > 0,
        responseDue: open && t.metOn === null ? t.dueOn : null,
        responseOverdue: open && t.state === 'overdue',
      }),
    );
  }
  return views;
}

/** All violations of every kind at the facilities the membership may see. */
export async function listProgramViolations(
  db: Queryable,
  m: ActiveMembership,
  query: ViolationListQuery,
  asOf: string,
  limit = 2000,
): Promise<ViolationView[]> {
  const ids = query.facilityId
    ? [(await findMonitoredFacility(db, m, query.facilityId)).id]
    : (await listMonitoredFacilities(db, m)).map((f) => f.id);
  if (ids.length === 0) return [];
  const filters: SQL[] = [inArray(violations.facilityId, ids)];
  if (query.status) filters.push(eq(violations.status, query.status));
  if (query.kind) filters.push(eq(violations.kind, query.kind));
  if (query.responseStatus === 'resolved') filters.push(eq(violations.status, 'closed'));
  if (query.responseStatus && query.responseStatus !== 'resolved')
    filters.push(eq(violations.status, 'open'));
  const rows = await db
    .select()
    .from(violations)
    .where(and(...filters))
    .orderBy(desc(violations.periodEnd), desc(violations.createdAt))
    .limit(limit);
  const views = await programViolationViews(db, rows, asOf);
  return query.responseStatus ? views.filter((v) => v.responseStatus === query.responseStatus) : views;
}

/** A violation at a facility the membership may see; 404 otherwise. */
export async function findVisibleViolation(
  db: Queryable,
  m: ActiveMembership,
  id: string,
): Promise<ViolationRow> {
  const [row] = await db.select().from(violations).where(eq(violations.id, id));
  if (!row) throw notFound('Violation');
  await findMonitoredFacility(db, m, row.facilityId).catch(() => {
    throw notFound('Violation');
  });
  return row;
}
