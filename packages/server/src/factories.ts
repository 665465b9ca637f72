import {
  AuthorityProfileInput,
  type DesignationInput,
  FacilityProfileInput,
} from '@outfall/domain/contracts/facilities';
import { type LabFileInput, SampleEntryInput } from '@outfall/domain/contracts/monitoring-api';
import { CreatePermitInput, type PermitContent, type PermitKind } from '@outfall/domain/contracts/permits';
import type { Role, SignatoryKind } from '@outfall/domain/contracts/roles';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type AuditActor, systemActor } from './audit/append';
import type { Actor } from './auth/actor';
import { membershipsOf } from './auth/sessions.queries';
import type { Db } from './db/connect';
import { organizations, users } from './db/schema';
import { applyDesignation } from './facilities/designate-facility';
import { saveAuthorityProfile } from './facilities/update-authority-profile';
import { saveFacilityProfile } from './facilities/update-facility-profile';
import { recordResults } from './monitoring/record-results';
import { uploadLabFile } from './monitoring/upload-lab-file';
import { addMember } from './organizations/add-member';
import { createOrganization } from './organizations/create-organization';
import { actOnPermit } from './permits/act-on-permit';
import { createPermit } from './permits/create-permit';
import { metalFinishingPermitContent } from './permits/demo-content';

/**
 * Factories for tests and the demo seed. They go through the same use cases as the API,
 * so what they create is audited like anything else.
 */
let counter = 0;
const next = () => ++counter;

export function makeAuthority(db: Db, overrides: { name?: string; actor?: AuditActor } = {}) {
  return createOrganization({
    db,
    actor: overrides.actor ?? systemActor,
    input: { kind: 'authority', name: overrides.name ?? `Authority ${next()}` },
  });
}

export function makeFacility(
  db: Db,
  overrides: { name?: string; regulatedById?: string | null; actor?: AuditActor } = {},
) {
  return createOrganization({
    db,
    actor: overrides.actor ?? systemActor,
    input: {
      kind: 'facility',
      name: overrides.name ?? `Facility ${next()}`,
      regulatedById: overrides.regulatedById ?? null,
    },
  });
}

export interface UserOverrides {
  email?: string;
  name?: string;
  password?: string;
  role?: Role;
  signatory?: SignatoryKind | null;
  actor?: AuditActor;
}

export const TEST_PASSWORD = 'correct horse battery';

export async function makeUser(db: Db, organizationId: string, overrides: UserOverrides = {}) {
  const n = next();
  const { user } = await addMember({
    db,
    actor: overrides.actor ?? systemActor,
    input: {
      organizationId,
      email: overrides.email ?? `user${n}@example.test`,
      name: overrides.name ?? `User ${n}`,
      password: overrides.password ?? TEST_PASSWORD,
      role: overrides.role ?? 'admin',
      signatory: overrides.signatory ?? null,
    },
  });
  return user;
}

/** A signed-in person acting for one organization, for use cases called outside HTTP (seed, tests). */
export async function actorFor(db: Db, userId: string, organizationId: string): Promise<Actor> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  const memberships = await membershipsOf(db, userId);
  const active = memberships.find((m) => m.organizationId === organizationId) ?? null;
  return {
    userId,
    email: user!.email,
    name: user!.name,
    sessionId: 'factory',
    csrfToken: 'factory',
    memberships,
    active,
    ip: null,
    userAgent: 'outfall-factory',
  };
}

export interface PermitOverrides {
  facilityId: string;
  permitNumber?: string;
  kind?: PermitKind;
  content?: PermitContent;
  /** Issue it with these dates (the content must pass validation). */
  issue?: { issuedDate: string; effectiveDate: string; expirationDate: string };
}

/** Creates (and optionally issues) a permit through the same use cases as the API. */
export async function makePermit(db: Db, actor: Actor, overrides: PermitOverrides) {
  const permit = await createPermit({
    db,
    actor,
    input: CreatePermitInput.parse({
      facilityId: overrides.facilityId,
      permitNumber: overrides.permitNumber ?? `P-${next()}`,
      kind: overrides.kind ?? (actor.active?.kind === 'authority' ? 'pretreatment_iu' : 'npdes'),
      content: overrides.content ?? metalFinishingPermitContent(),
    }),
  });
  if (!overrides.issue) return permit;
  return actOnPermit({ db, actor, permitId: permit.id, input: { action: 'issue', ...overrides.issue } });
}

/** POTW design capacities and classification settings (defaults: a 10 MGD plant, both options adopted). */
export function makeAuthorityProfile(
  db: Db,
  authorityId: string,
  overrides: Partial<z.input<typeof AuthorityProfileInput>> & { actor?: AuditActor } = {},
) {
  const { actor, ...input } = overrides;
  return saveAuthorityProfile({
    db,
    actor: actor ?? systemActor,
    authorityId,
    input: AuthorityProfileInput.parse({
      designHydraulicMgd: '10',
      designOrganicLbPerDay: '20000',
      nsciuAdopted: true,
      middleTierAdopted: true,
      ...input,
    }),
  });
}

/** A facility profile, validated like the API's input; defaults to a small non-categorical IU. */
export async function makeFacilityProfile(
  db: Db,
  facilityId: string,
  overrides: Partial<z.input<typeof FacilityProfileInput>> & { actor?: AuditActor } = {},
) {
  const { actor, ...input } = overrides;
  const [org] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, facilityId));
  return saveFacilityProfile({
    db,
    actor: actor ?? systemActor,
    facilityId,
    input: FacilityProfileInput.parse({
      name: org?.name ?? `Facility ${next()}`,
      siteAddress: { line1: '100 Industrial Way', city: 'Springfield', state: 'IL', postalCode: '62701' },
      flows: { processGpd: '1000', sanitaryGpd: '500' },
      ...input,
    }),
  });
}

/** The authority's designation of a facility (significant / non-significant / none), with its reason. */
export async function makeDesignation(
  db: Db,
  facilityId: string,
  input: DesignationInput,
  actor: AuditActor = systemActor,
) {
  const [facility] = await db
    .select({ id: organizations.id, name: organizations.name, regulatedById: organizations.regulatedById })
    .from(organizations)
    .where(eq(organizations.id, facilityId));
  return applyDesignation({ db, actor, facility: facility!, input });
}

/** A sampling event with its results, recorded and evaluated like the fast-entry grid's. */
export function makeSampleEvent(db: Db, actor: Actor, input: z.input<typeof SampleEntryInput>) {
  return recordResults({ db, actor, input: SampleEntryInput.parse(input) });
}

/** A lab file imported as `actor` through the same all-or-nothing import as the API. */
export function makeLabImport(db: Db, actor: Actor, input: LabFileInput) {
  return uploadLabFile({ db, actor, input });
}
