import { z } from 'zod';

/** An authority is a POTW control authority; a facility is an industrial user / permittee. */
export const OrganizationKind = z.enum(['authority', 'facility']);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

/** `director`: the POTW official who signs the annual report and owns formal enforcement (§5.4 personnel). */
export const AuthorityRole = z.enum(['admin', 'director', 'coordinator', 'inspector', 'viewer']);
export const FacilityRole = z.enum(['admin', 'manager', 'operator', 'viewer']);
export const Role = z.enum([
  'admin',
  'director',
  'coordinator',
  'inspector',
  'manager',
  'operator',
  'viewer',
]);
export type Role = z.infer<typeof Role>;

/** 403.12(l): a report is signed by a responsible official or a duly authorized representative. */
export const SignatoryKind = z.enum(['responsible_official', 'authorized_representative']);
export type SignatoryKind = z.infer<typeof SignatoryKind>;

export const ROLES_BY_KIND: Record<OrganizationKind, readonly Role[]> = {
  authority: AuthorityRole.options,
  facility: FacilityRole.options,
};

export function isRoleAllowed(kind: OrganizationKind, role: Role): boolean {
  return ROLES_BY_KIND[kind].includes(role);
}
