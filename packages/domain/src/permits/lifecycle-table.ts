import type { PermitStatus } from '../contracts/permits';
import type { PermitActionName } from './lifecycle-types';

/** The statuses each action may start from; the transition function adds date guards. */
export const ACTION_FROM: Readonly<Record<PermitActionName, readonly PermitStatus[]>> = {
  begin_draft: ['application_received'],
  issue: ['draft'],
  take_effect: ['issued'],
  modify: ['issued', 'effective'],
  record_renewal_application: ['issued', 'effective'],
  mark_renewed: ['effective', 'expired'],
  expire: ['issued', 'effective'],
  terminate: ['issued', 'effective'],
  revoke: ['issued', 'effective'],
  withdraw: ['application_received', 'draft'],
};

/** Terminal statuses: no action leaves them. */
export const TERMINAL_STATUSES: readonly PermitStatus[] = ['renewed', 'terminated', 'revoked', 'withdrawn'];

const STATUS_LABELS: Readonly<Record<PermitStatus, string>> = {
  application_received: 'an application',
  draft: 'a draft',
  issued: 'issued',
  effective: 'effective',
  renewed: 'renewed',
  expired: 'expired',
  terminated: 'terminated',
  revoked: 'revoked',
  withdrawn: 'withdrawn',
};

export function statusLabel(status: PermitStatus): string {
  return STATUS_LABELS[status];
}

/** Actions whose starting status matches (date guards may still refuse them). */
export function actionsFromStatus(status: PermitStatus): PermitActionName[] {
  return (Object.keys(ACTION_FROM) as PermitActionName[]).filter((a) => ACTION_FROM[a].includes(status));
}
