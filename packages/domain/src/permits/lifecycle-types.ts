import type { PermitActionInput, PermitStatus } from '../contracts/permits';
import type { IsoDate } from '../schedules/dates';

/** What the state machine needs to know about a permit. */
export interface PermitLifecycleState {
  status: PermitStatus;
  issuedDate: IsoDate | null;
  effectiveDate: IsoDate | null;
  expirationDate: IsoDate | null;
  renewalApplicationReceivedOn: IsoDate | null;
}

/**
 * Every lifecycle action: the API's `PermitActionInput`, plus `modify` (a new version, from
 * `ModifyPermitInput`) and `mark_renewed` (applied to the old permit when its successor is issued).
 */
export type PermitAction =
  | PermitActionInput
  | { action: 'modify'; effectiveDate: IsoDate }
  | { action: 'mark_renewed'; successorPermitId: string; successorEffectiveDate: IsoDate };

export type PermitActionName = PermitAction['action'];

export const PERMIT_ACTIONS: readonly PermitActionName[] = [
  'begin_draft',
  'issue',
  'take_effect',
  'modify',
  'record_renewal_application',
  'mark_renewed',
  'expire',
  'terminate',
  'revoke',
  'withdraw',
];

/** Date fields an allowed transition sets on the permit. */
export type PermitDateChanges = Partial<
  Pick<
    PermitLifecycleState,
    'issuedDate' | 'effectiveDate' | 'expirationDate' | 'renewalApplicationReceivedOn'
  >
>;

export type PermitTransition =
  | {
      ok: true;
      from: PermitStatus;
      status: PermitStatus;
      /** True when the action creates a new immutable version (a modification). */
      createsVersion: boolean;
      changes: PermitDateChanges;
    }
  | { ok: false; from: PermitStatus; action: PermitActionName; reason: string };
