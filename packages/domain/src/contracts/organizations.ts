import { z } from 'zod';
import { OrganizationKind, Role, SignatoryKind } from './roles';

export const OrganizationView = z.object({
  id: z.uuid(),
  kind: OrganizationKind,
  name: z.string(),
  regulatedById: z.uuid().nullable(),
  regulatedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type OrganizationView = z.infer<typeof OrganizationView>;

export const CreateFacilityInput = z.object({
  name: z.string().trim().min(1, { message: 'Enter the facility name' }).max(200),
});
export type CreateFacilityInput = z.infer<typeof CreateFacilityInput>;

export const MemberView = z.object({
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: Role,
  signatory: SignatoryKind.nullable(),
});
export type MemberView = z.infer<typeof MemberView>;

export const InvitationView = z.object({
  id: z.uuid(),
  email: z.string(),
  role: Role,
  signatory: SignatoryKind.nullable(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
});
export type InvitationView = z.infer<typeof InvitationView>;

export const DashboardView = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('authority'),
    organizationName: z.string(),
    facilities: z.number().int(),
    members: z.number().int(),
    pendingInvitations: z.number().int(),
    changesLast7Days: z.number().int(),
  }),
  z.object({
    kind: z.literal('facility'),
    organizationName: z.string(),
    regulatedByName: z.string().nullable(),
    members: z.number().int(),
    signatories: z.number().int(),
    pendingInvitations: z.number().int(),
    changesLast7Days: z.number().int(),
  }),
]);
export type DashboardView = z.infer<typeof DashboardView>;
