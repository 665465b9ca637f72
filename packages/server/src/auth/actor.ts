import type { OrganizationKind, Role, SignatoryKind } from '@outfall/domain/contracts/roles';
import type { AuditActor } from '../audit/append';

export interface ActiveMembership {
  organizationId: string;
  organizationName: string;
  kind: OrganizationKind;
  regulatedById: string | null;
  role: Role;
  signatory: SignatoryKind | null;
}

/** The signed-in person making a request, with the organization they are acting for. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  sessionId: string;
  csrfToken: string;
  memberships: ActiveMembership[];
  /** The membership of the organization chosen in the switcher; null when the user has none. */
  active: ActiveMembership | null;
  ip: string | null;
  userAgent: string | null;
}

export function auditActorOf(actor: Actor): AuditActor {
  return {
    userId: actor.userId,
    organizationId: actor.active?.organizationId ?? null,
    ip: actor.ip,
    userAgent: actor.userAgent,
  };
}
