import type { Role, SignatoryKind } from '@outfall/domain/contracts/roles';
import { type AuditActor, systemActor } from './audit/append';
import type { Db } from './db/connect';
import { addMember } from './organizations/add-member';
import { createOrganization } from './organizations/create-organization';

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
