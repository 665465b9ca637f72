import type { OrganizationKind, Role } from '@outfall/domain/contracts/roles';
import { and, eq, or } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { organizations } from '../db/schema';
import { AppError, forbidden, notFound } from '../errors';
import type { ActiveMembership, Actor } from './actor';

/**
 * The one authorization policy: what each role of each kind of organization may do.
 * Every API route declares one of these (or 'public' / 'authenticated') in `config.access`.
 */
const RULES = {
  'dashboard.read': {
    authority: ['admin', 'director', 'coordinator', 'inspector', 'viewer'],
    facility: ['admin', 'manager', 'operator', 'viewer'],
  },
  'facility.read': {
    authority: ['admin', 'director', 'coordinator', 'inspector', 'viewer'],
    facility: ['admin', 'manager', 'operator', 'viewer'],
  },
  'facility.create': { authority: ['admin', 'director', 'coordinator'], facility: [] },
  'facility.profile.edit': { authority: ['admin', 'director', 'coordinator'], facility: [] },
  'facility.designate': { authority: ['admin', 'director', 'coordinator'], facility: [] },
  'authority.profile.read': {
    authority: ['admin', 'director', 'coordinator', 'inspector', 'viewer'],
    facility: [],
  },
  'authority.profile.edit': { authority: ['admin', 'director', 'coordinator'], facility: [] },
  'members.read': {
    authority: ['admin', 'director', 'coordinator', 'inspector', 'viewer'],
    facility: ['admin', 'manager', 'operator', 'viewer'],
  },
  'members.invite': { authority: ['admin'], facility: ['admin'] },
  'audit.read_record': {
    authority: ['admin', 'director', 'coordinator', 'inspector', 'viewer'],
    facility: ['admin', 'manager', 'operator', 'viewer'],
  },
  'audit.read_organization': { authority: ['admin'], facility: ['admin'] },
  'permit.read': {
    authority: ['admin', 'director', 'coordinator', 'inspector', 'viewer'],
    facility: ['admin', 'manager', 'operator', 'viewer'],
  },
  'permit.write': { authority: ['admin', 'director', 'coordinator'], facility: ['admin', 'manager'] },
  'monitoring.read': {
    authority: ['admin', 'director', 'coordinator', 'inspector', 'viewer'],
    facility: ['admin', 'manager', 'operator', 'viewer'],
  },
  'monitoring.write': {
    authority: ['admin', 'director', 'coordinator', 'inspector'],
    facility: ['admin', 'manager', 'operator'],
  },
  'monitoring.manage': { authority: ['admin', 'director', 'coordinator'], facility: ['admin', 'manager'] },
  'report.read': {
    authority: ['admin', 'director', 'coordinator', 'inspector', 'viewer'],
    facility: ['admin', 'manager', 'operator', 'viewer'],
  },
  'report.prepare': { authority: [], facility: ['admin', 'manager'] },
  /** The role gate only: the use case also requires a 403.12(l) signatory (membership + authorization). */
  'report.sign': { authority: [], facility: ['admin', 'manager', 'operator', 'viewer'] },
  'report.review': { authority: ['admin', 'director', 'coordinator'], facility: [] },
  'signatory.manage': { authority: [], facility: ['admin', 'manager'] },
  'document.read': {
    authority: ['admin', 'director', 'coordinator', 'inspector', 'viewer'],
    facility: ['admin', 'manager', 'operator', 'viewer'],
  },
  'document.write': {
    authority: ['admin', 'director', 'coordinator', 'inspector'],
    facility: ['admin', 'manager', 'operator'],
  },
  /** Holds, retention rules and deletion after retention. */
  'document.manage': { authority: ['admin', 'director', 'coordinator'], facility: ['admin', 'manager'] },
  /** The POTW program (issue 7). */
  'program.read': { authority: ['admin', 'director', 'coordinator', 'inspector', 'viewer'], facility: [] },
  'program.settings': { authority: ['admin', 'director', 'coordinator'], facility: [] },
  'inspection.read': {
    authority: ['admin', 'director', 'coordinator', 'inspector', 'viewer'],
    facility: ['admin', 'manager', 'operator', 'viewer'],
  },
  /** Plan, schedule and assign inspections; edit checklist templates. */
  'inspection.plan': { authority: ['admin', 'director', 'coordinator'], facility: [] },
  /** Carry out an inspection: checklist, findings, photos, follow-ups, completion. */
  'inspection.perform': { authority: ['admin', 'director', 'coordinator', 'inspector'], facility: [] },
  'violation.read': {
    authority: ['admin', 'director', 'coordinator', 'inspector', 'viewer'],
    facility: ['admin', 'manager', 'operator', 'viewer'],
  },
  /** Record manual violations, determinations (SNC C/D/G/H) and return to compliance. */
  'violation.manage': { authority: ['admin', 'director', 'coordinator', 'inspector'], facility: [] },
  'enforcement.read': {
    authority: ['admin', 'director', 'coordinator', 'inspector', 'viewer'],
    facility: ['admin', 'manager', 'operator', 'viewer'],
  },
  'enforcement.issue': { authority: ['admin', 'director', 'coordinator'], facility: [] },
  'erp.manage': { authority: ['admin', 'director', 'coordinator'], facility: [] },
  'snc.read': {
    authority: ['admin', 'director', 'coordinator', 'inspector', 'viewer'],
    facility: ['admin', 'manager', 'viewer'],
  },
  'snc.evaluate': { authority: ['admin', 'director', 'coordinator'], facility: [] },
  'program_report.read': {
    authority: ['admin', 'director', 'coordinator', 'inspector', 'viewer'],
    facility: [],
  },
  'program_report.prepare': { authority: ['admin', 'director', 'coordinator'], facility: [] },
  /** 403.12(m): the annual report is signed by the director (or the authority's admin). */
  'program_report.sign': { authority: ['admin', 'director'], facility: [] },
  'binder.download': {
    authority: ['admin', 'director', 'coordinator', 'inspector'],
    facility: ['admin', 'manager'],
  },
} as const satisfies Record<string, Record<OrganizationKind, readonly Role[]>>;

export type Permission = keyof typeof RULES;
/** 'lab_token': a lab or LIMS posting for one facility with `Authorization: Bearer <token>`, no session. */
export type Access = 'public' | 'authenticated' | 'lab_token' | Permission;

export function isPermission(value: string): value is Permission {
  return value in RULES;
}

export function can(membership: ActiveMembership | null, permission: Permission): boolean {
  if (!membership) return false;
  return (RULES[permission][membership.kind] as readonly Role[]).includes(membership.role);
}

/** The active membership, if it grants `permission`; otherwise a 403 (or 401 without a session). */
export function authorize(actor: Actor | null, permission: Permission): ActiveMembership {
  if (!actor) throw new AppError('unauthenticated', 'Sign in to continue');
  if (!actor.active) throw forbidden('Choose an organization to act for');
  if (!can(actor.active, permission)) throw forbidden();
  return actor.active;
}

/**
 * Records an actor may see: its own organization, and for an authority the facilities it
 * regulates. Used in WHERE clauses so that a record outside answers 404, never 403.
 */
export function visibleOrganizationsWhere(membership: ActiveMembership) {
  return membership.kind === 'authority'
    ? or(
        eq(organizations.id, membership.organizationId),
        eq(organizations.regulatedById, membership.organizationId),
      )
    : eq(organizations.id, membership.organizationId);
}

/** Throws 404 unless the organization is visible to the membership (no existence leak). */
export async function assertOrganizationVisible(
  db: Queryable,
  membership: ActiveMembership,
  organizationId: string,
) {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.id, organizationId), visibleOrganizationsWhere(membership)));
  if (!row) throw notFound('Organization');
}
