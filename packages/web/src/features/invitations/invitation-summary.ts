import type { Role } from '@outfall/domain/contracts/index';

/** GET /api/v1/invitations/:token — what the invitee sees before accepting. */
export interface InvitationSummary {
  email: string;
  organizationName: string;
  role: Role;
}
