import type { MembershipView } from '@outfall/domain/contracts/index';

/**
 * Lab tokens and the missed-sample sweep (the server's monitoring.manage): authority administrators
 * and coordinators, facility administrators and managers. Mirrors features/shell/navigation.ts.
 */
export function canManageMonitoring(membership: MembershipView | undefined): boolean {
  if (!membership) return false;
  return membership.kind === 'authority'
    ? membership.role === 'admin' || membership.role === 'coordinator'
    : membership.role === 'admin' || membership.role === 'manager';
}
