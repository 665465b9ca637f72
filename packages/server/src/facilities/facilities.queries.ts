import { findPointSourceCategory, listPointSourceSubcategories } from '@outfall/domain/categorical/index';
import type {
  AuthorityProfileView,
  ClassificationHistoryEntry,
  FacilityClassificationView,
  FacilityProfileView,
} from '@outfall/domain/contracts/facilities';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { ActiveMembership } from '../auth/actor';
import { visibleOrganizationsWhere } from '../auth/policy';
import type { Queryable } from '../db/connect';
import {
  authorityProfiles,
  facilityCategoricalStandards,
  facilityClassificationHistory,
  facilityClassifications,
  facilityProfiles,
  organizations,
  users,
} from '../db/schema';
import { notFound } from '../errors';

export interface FacilityOrg {
  id: string;
  name: string;
  regulatedById: string | null;
}

/**
 * A facility the membership may read ('read': visible per the policy) or keep ('manage': regulated
 * by the acting authority). Anything else answers 404, never 403, so nothing leaks.
 */
export async function findFacility(
  db: Queryable,
  m: ActiveMembership,
  id: string,
  mode: 'read' | 'manage',
): Promise<FacilityOrg> {
  const scope =
    mode === 'read' ? visibleOrganizationsWhere(m) : eq(organizations.regulatedById, m.organizationId);
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name, regulatedById: organizations.regulatedById })
    .from(organizations)
    .where(and(eq(organizations.id, id), eq(organizations.kind, 'facility'), scope));
  if (!row) throw notFound('Facility');
  return row;
}

export async function loadProfile(db: Queryable, facilityId: string) {
  const [profile] = await db
    .select()
    .from(facilityProfiles)
    .where(eq(facilityProfiles.facilityId, facilityId));
  if (!profile) return null;
  const standards = await db
    .select({ part: facilityCategoricalStandards.part, subpart: facilityCategoricalStandards.subpart })
    .from(facilityCategoricalStandards)
    .where(eq(facilityCategoricalStandards.facilityId, facilityId))
    .orderBy(asc(facilityCategoricalStandards.part), asc(facilityCategoricalStandards.subpart));
  return { profile, standards };
}

export type LoadedProfile = NonNullable<Awaited<ReturnType<typeof loadProfile>>>;

export function toProfileView(
  org: FacilityOrg,
  { profile: p, standards }: LoadedProfile,
): FacilityProfileView {
  return {
    facilityId: org.id,
    regulatedById: org.regulatedById,
    name: org.name,
    status: p.status,
    siteAddress: p.siteAddress,
    mailingAddress: p.mailingAddress,
    naicsCodes: p.naicsCodes,
    sicCodes: p.sicCodes,
    contacts: p.contacts,
    categoricalStandards: standards.map((s) => ({
      ...s,
      partName: findPointSourceCategory(s.part)?.name ?? '',
      subpartName:
        listPointSourceSubcategories(s.part)
          .find((x) => x.subpart === s.subpart)
          ?.name.trim() ?? '',
    })),
    flows: {
      processGpd: p.processFlowGpd,
      sanitaryGpd: p.sanitaryFlowGpd,
      nonContactCoolingGpd: p.nonContactCoolingFlowGpd,
      boilerBlowdownGpd: p.boilerBlowdownFlowGpd,
      otherGpd: p.otherFlowGpd,
    },
    processOrganicLoadLbPerDay: p.processOrganicLoadLbPerDay,
    categoricalFacts: p.categoricalFacts,
    notes: p.notes,
    updatedAt: p.updatedAt.toISOString(),
  };
}

export async function loadAuthorityProfile(db: Queryable, authorityId: string | null) {
  if (!authorityId) return null;
  const [row] = await db
    .select()
    .from(authorityProfiles)
    .where(eq(authorityProfiles.authorityId, authorityId));
  return row ?? null;
}

export function toAuthorityProfileView(
  authorityId: string,
  row: Awaited<ReturnType<typeof loadAuthorityProfile>>,
): AuthorityProfileView {
  return {
    authorityId,
    designHydraulicMgd: row?.designHydraulicMgd ?? null,
    designOrganicLbPerDay: row?.designOrganicLbPerDay ?? null,
    nsciuAdopted: row?.nsciuAdopted ?? false,
    middleTierAdopted: row?.middleTierAdopted ?? false,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export async function loadClassification(db: Queryable, facilityId: string) {
  const [row] = await db
    .select()
    .from(facilityClassifications)
    .where(eq(facilityClassifications.facilityId, facilityId));
  return row ?? null;
}

export async function classificationView(
  db: Queryable,
  facilityId: string,
): Promise<FacilityClassificationView | null> {
  const [found] = await db
    .select({ c: facilityClassifications, designatedByName: users.name })
    .from(facilityClassifications)
    .leftJoin(users, eq(users.id, facilityClassifications.designatedByUserId))
    .where(eq(facilityClassifications.facilityId, facilityId));
  if (!found) return null;
  const { c, designatedByName } = found;
  return {
    facilityId,
    effective: c.effective,
    computed: c.computed,
    designation:
      c.designation && c.designatedAt
        ? {
            kind: c.designation,
            reason: c.designationReason ?? '',
            designatedAt: c.designatedAt.toISOString(),
            designatedByName,
          }
        : null,
    inputs: c.inputs,
    classifiedAt: c.classifiedAt.toISOString(),
  };
}

export async function classificationHistory(
  db: Queryable,
  facilityId: string,
): Promise<ClassificationHistoryEntry[]> {
  const h = facilityClassificationHistory;
  const rows = await db
    .select({ h, actorName: users.name })
    .from(h)
    .leftJoin(users, eq(users.id, h.actorUserId))
    .where(eq(h.facilityId, facilityId))
    .orderBy(desc(h.id));
  return rows.map(({ h: r, actorName }) => ({
    id: r.id,
    at: r.at.toISOString(),
    cause: r.cause,
    computedClass: r.computedClass,
    effectiveClass: r.effectiveClass,
    middleTier: r.middleTier,
    decidedBy: r.decidedBy,
    designation: r.designation,
    reason: r.reason,
    actorName,
  }));
}
