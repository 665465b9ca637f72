import type { OrganizationKind, Role, SignatoryKind } from '@outfall/domain/contracts/index';

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  director: 'Director',
  coordinator: 'Pretreatment coordinator',
  inspector: 'Inspector',
  manager: 'Environmental manager',
  operator: 'Operator',
  viewer: 'Viewer',
};

// 403.12(l): who may sign reports for a facility.
export const SIGNATORY_LABELS: Record<SignatoryKind, string> = {
  responsible_official: 'Responsible official',
  authorized_representative: 'Authorized representative',
};

export const KIND_LABELS: Record<OrganizationKind, string> = {
  authority: 'Control authority',
  facility: 'Facility',
};

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

export function formatDateTime(iso: string): string {
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? iso : dateTime.format(value);
}

export function formatDate(iso: string): string {
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? iso : date.format(value);
}
