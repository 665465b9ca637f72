import type { MembershipView } from '@outfall/domain/contracts/index';

export interface NavItem {
  to: string;
  label: string;
}

/** The organization-wide audit log is an administrator's view; records show their own history. */
export function canViewAuditLog(membership: MembershipView | undefined): boolean {
  return membership?.role === 'admin';
}

export function canInvite(membership: MembershipView | undefined): boolean {
  return membership?.role === 'admin';
}

export function canCreateFacility(membership: MembershipView | undefined): boolean {
  return membership?.kind === 'authority' && ['admin', 'director', 'coordinator'].includes(membership.role);
}

/** Entering and importing results: not for viewers (the server's monitoring.write). */
export function canWriteMonitoring(membership: MembershipView | undefined): boolean {
  return membership !== undefined && membership.role !== 'viewer';
}

function monitoringItems(membership: MembershipView): NavItem[] {
  const items: NavItem[] = [{ to: '/monitoring/schedule', label: 'Sampling schedule' }];
  if (canWriteMonitoring(membership)) {
    items.push(
      { to: '/monitoring/enter', label: 'Enter results' },
      { to: '/monitoring/import', label: 'Import lab file' },
    );
  }
  items.push(
    { to: '/monitoring/results', label: 'Results' },
    { to: '/monitoring/violations', label: 'Violations' },
    { to: '/monitoring/trends', label: 'Trends' },
  );
  return items;
}

/** The POTW program (issue 7): inspections, enforcement, SNC, the annual report, program health. */
function programItems(): NavItem[] {
  return [
    { to: '/program', label: 'Program health' },
    { to: '/inspections', label: 'Inspections' },
    { to: '/enforcement', label: 'Enforcement' },
    { to: '/snc', label: 'SNC' },
    { to: '/annual-report', label: 'Annual report' },
  ];
}

/** Only links to pages the user can open: authority staff and facility users see different sets. */
export function navigationFor(membership: MembershipView | undefined): NavItem[] {
  if (!membership) return [{ to: '/account', label: 'Account' }];
  const items: NavItem[] = [{ to: '/', label: 'Dashboard' }];
  items.push({ to: '/calendar', label: 'Calendar' });
  items.push(
    ...(membership.kind === 'authority'
      ? [
          { to: '/facilities', label: 'Facilities' },
          { to: '/permits', label: 'Permits' },
        ]
      : [
          { to: '/my-facility', label: 'My facility' },
          { to: '/my-permits', label: 'My permits' },
        ]),
  );
  items.push(...monitoringItems(membership));
  if (membership.kind === 'authority') items.push(...programItems());
  else items.push({ to: '/my-inspections', label: 'Inspections' });
  items.push({ to: '/reports', label: 'Reports' });
  items.push({ to: '/documents', label: 'Documents' });
  items.push({ to: '/verify', label: 'Verify a copy of record' });
  if (canViewAuditLog(membership)) items.push({ to: '/audit', label: 'Audit log' });
  items.push({ to: '/team', label: 'Team' }, { to: '/account', label: 'Account' });
  return items;
}
