import { type PermitContent, PermitContent as PermitContentSchema } from '@outfall/domain/contracts/permits';
import type { Limit } from '@outfall/domain/limits/index';
import { limitsForEngine, monitoringPointKey } from '@outfall/domain/permits/index';
import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { permits, permitVersions } from '../db/schema';

/** Statuses whose limits applied for some dates; drafts, applications and withdrawn permits never did. */
const BINDING = ['issued', 'effective', 'renewed', 'expired', 'terminated', 'revoked'] as const;

export interface BindingPermit {
  id: string;
  permitNumber: string;
  kind: string;
  issuingAuthorityId: string | null;
  effectiveDate: string | null;
  /** Last day its limits apply: expiration, or the date it was terminated or revoked. */
  lastDate: string | null;
  content: PermitContent;
}

/** Where a limit came from, for the violation's explanation. */
export interface LimitSource {
  permit: BindingPermit;
  limitId: string;
}

export interface FacilityLimits {
  permits: BindingPermit[];
  limits: Limit[];
  sources: Map<string, LimitSource>;
  /** Monitoring point keys the permits name (outfall codes, 'code/location'). */
  points: Set<string>;
}

/** The current version of each permit of the facility whose limits ever applied. */
export async function bindingPermits(db: Queryable, facilityId: string): Promise<BindingPermit[]> {
  const rows = await db
    .select({ permit: permits, content: permitVersions.content })
    .from(permits)
    .innerJoin(
      permitVersions,
      and(eq(permitVersions.permitId, permits.id), eq(permitVersions.versionNo, permits.currentVersionNo)),
    )
    .where(and(eq(permits.facilityId, facilityId), inArray(permits.status, [...BINDING])))
    .orderBy(permits.effectiveDate);
  return rows.map(({ permit, content }) => ({
    id: permit.id,
    permitNumber: permit.permitNumber,
    kind: permit.kind,
    issuingAuthorityId: permit.issuingAuthorityId,
    effectiveDate: permit.effectiveDate,
    lastDate:
      permit.status === 'terminated' || permit.status === 'revoked'
        ? (permit.statusDate ?? permit.expirationDate)
        : permit.expirationDate,
    content: PermitContentSchema.parse(content),
  }));
}

/** Every numeric limit of the facility's permits as engine limits (ids unique across permits). */
export async function loadFacilityLimits(db: Queryable, facilityId: string): Promise<FacilityLimits> {
  const list = await bindingPermits(db, facilityId);
  const result: FacilityLimits = { permits: list, limits: [], sources: new Map(), points: new Set() };
  for (const permit of list) {
    const { limits } = limitsForEngine(permit.content, {
      permitEffectiveDate: permit.effectiveDate,
      permitExpirationDate: permit.lastDate,
    });
    for (const limit of limits) {
      const id = result.sources.has(limit.id) ? `${limit.id}@${permit.id}` : limit.id;
      result.limits.push({ ...limit, id });
      result.sources.set(id, { permit, limitId: limit.id });
    }
    for (const o of permit.content.outfalls) result.points.add(o.code);
    for (const l of limits) result.points.add(l.monitoringPoint);
  }
  return result;
}

/** The limits of one series (parameter at a monitoring point). */
export function seriesLimits(all: FacilityLimits, point: string, parameterCode: string): Limit[] {
  return all.limits.filter((l) => l.monitoringPoint === point && l.parameterCode === parameterCode);
}

/** The permit in force on a date that names the monitoring point, for the sample's record. */
export function permitFor(all: FacilityLimits, point: string, date: string): BindingPermit | null {
  const outfall = point.split('/')[0];
  const names = (p: BindingPermit) => p.content.outfalls.some((o) => o.code === outfall);
  const inForce = (p: BindingPermit) =>
    (p.effectiveDate === null || p.effectiveDate <= date) && (p.lastDate === null || date <= p.lastDate);
  return all.permits.find((p) => names(p) && inForce(p)) ?? all.permits.find(names) ?? null;
}

export { monitoringPointKey };
