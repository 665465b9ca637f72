import { z } from 'zod';
import { OrganizationKind, Role, SignatoryKind } from './roles';

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter a valid e-mail address' }));

export const NewPassword = z
  .string()
  .min(10, { message: 'Use at least 10 characters' })
  .max(200, { message: 'Use at most 200 characters' });

export const LoginInput = z.object({
  email: Email,
  password: z.string().min(1, { message: 'Enter your password' }),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const MembershipView = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  kind: OrganizationKind,
  role: Role,
  signatory: SignatoryKind.nullable(),
});
export type MembershipView = z.infer<typeof MembershipView>;

export const SessionView = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), name: z.string() }),
  memberships: z.array(MembershipView),
  activeOrganizationId: z.uuid().nullable(),
  csrfToken: z.string(),
});
export type SessionView = z.infer<typeof SessionView>;

export const SwitchOrganizationInput = z.object({ organizationId: z.uuid() });

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1, { message: 'Enter your current password' }),
  newPassword: NewPassword,
});

export const InviteInput = z.object({
  email: Email,
  role: Role,
  signatory: SignatoryKind.nullable().default(null),
});
export type InviteInput = z.infer<typeof InviteInput>;

export const AcceptInvitationInput = z.object({
  token: z.string().min(20),
  name: z.string().trim().min(1, { message: 'Enter your name' }).max(200),
  password: NewPassword,
});
