import type { PermitStatus } from '../contracts/permits';
import { addYears, compareIsoDates, type IsoDate } from '../schedules/dates';
import { MAX_PERMIT_TERM_YEARS } from '../schedules/permit-dates';
import { ACTION_FROM, actionsFromStatus, statusLabel } from './lifecycle-table';
import type {
  PermitAction,
  PermitDateChanges,
  PermitLifecycleState,
  PermitTransition,
} from './lifecycle-types';

type Outcome = { status: PermitStatus; changes?: PermitDateChanges; createsVersion?: boolean } | string;

function assertNever(value: never): never {
  throw new Error(`Unhandled permit action: ${JSON.stringify(value)}`);
}

/** 403.8(f)(1)(iii)(B)(1): effective before expiration, and a term of no more than five years. */
function checkTerm(effective: IsoDate, expiration: IsoDate): string | null {
  if (compareIsoDates(expiration, effective) <= 0)
    return `expirationDate ${expiration} must be after effectiveDate ${effective}`;
  const latest = addYears(effective, MAX_PERMIT_TERM_YEARS);
  if (compareIsoDates(expiration, latest) > 0)
    return `expirationDate ${expiration} is more than ${MAX_PERMIT_TERM_YEARS} years after effectiveDate ${effective} (latest ${latest})`;
  return null;
}

function issue(action: Extract<PermitAction, { action: 'issue' }>): Outcome {
  const termError = checkTerm(action.effectiveDate, action.expirationDate);
  if (termError) return termError;
  if (compareIsoDates(action.effectiveDate, action.issuedDate) < 0)
    return `effectiveDate ${action.effectiveDate} is before issuedDate ${action.issuedDate}`;
  const status = compareIsoDates(action.effectiveDate, action.issuedDate) === 0 ? 'effective' : 'issued';
  const { issuedDate, effectiveDate, expirationDate } = action;
  return { status, changes: { issuedDate, effectiveDate, expirationDate } };
}

function takeEffect(state: PermitLifecycleState, asOf: IsoDate): Outcome {
  if (state.effectiveDate === null) return 'the permit has no effectiveDate';
  if (compareIsoDates(asOf, state.effectiveDate) < 0)
    return `it takes effect on ${state.effectiveDate}, not before`;
  if (state.expirationDate !== null && compareIsoDates(asOf, state.expirationDate) > 0)
    return `it expired on ${state.expirationDate}`;
  return { status: 'effective' };
}

function expire(state: PermitLifecycleState, asOf: IsoDate): Outcome {
  if (state.expirationDate === null) return 'the permit has no expirationDate';
  if (compareIsoDates(asOf, state.expirationDate) <= 0) return `it is in force until ${state.expirationDate}`;
  return { status: 'expired' };
}

function modify(state: PermitLifecycleState, effectiveDate: IsoDate): Outcome {
  if (state.expirationDate !== null && compareIsoDates(effectiveDate, state.expirationDate) > 0)
    return `effectiveDate ${effectiveDate} is after the permit expires (${state.expirationDate})`;
  return { status: state.status, createsVersion: true };
}

function endsOnDate(state: PermitLifecycleState, date: IsoDate, status: PermitStatus): Outcome {
  if (state.issuedDate !== null && compareIsoDates(date, state.issuedDate) < 0)
    return `date ${date} is before the permit was issued (${state.issuedDate})`;
  return { status };
}

function outcome(state: PermitLifecycleState, action: PermitAction): Outcome {
  switch (action.action) {
    case 'begin_draft':
      return { status: 'draft' };
    case 'issue':
      return issue(action);
    case 'take_effect':
      return takeEffect(state, action.asOf);
    case 'modify':
      return modify(state, action.effectiveDate);
    case 'record_renewal_application':
      return { status: state.status, changes: { renewalApplicationReceivedOn: action.receivedOn } };
    case 'mark_renewed':
      return { status: 'renewed' };
    case 'expire':
      return expire(state, action.asOf);
    case 'terminate':
      return endsOnDate(state, action.date, 'terminated');
    case 'revoke':
      return endsOnDate(state, action.date, 'revoked');
    case 'withdraw':
      return { status: 'withdrawn' };
    default:
      return assertNever(action);
  }
}

/**
 * The permit lifecycle: application_received → draft → issued/effective (modify = new version)
 * → renewed (successor issued) / expired / terminated / revoked; withdrawn before issue.
 * `issue` checks the term only; run `validatePermit` on the content before issuing.
 */
export function transitionPermit(state: PermitLifecycleState, action: PermitAction): PermitTransition {
  const from = state.status;
  if (!ACTION_FROM[action.action].includes(from)) {
    const allowed = ACTION_FROM[action.action].map(statusLabel).join(' or ');
    return {
      ok: false,
      from,
      action: action.action,
      reason: `Cannot ${action.action.replaceAll('_', ' ')} a permit that is ${statusLabel(from)}; it must be ${allowed}`,
    };
  }
  const result = outcome(state, action);
  if (typeof result === 'string')
    return {
      ok: false,
      from,
      action: action.action,
      reason: `Cannot ${action.action.replaceAll('_', ' ')}: ${result}`,
    };
  return {
    ok: true,
    from,
    status: result.status,
    createsVersion: result.createsVersion ?? false,
    changes: result.changes ?? {},
  };
}

/** Actions allowed now (used for `PermitView.allowedActions`); date guards are checked on use. */
export function allowedPermitActions(state: Pick<PermitLifecycleState, 'status'>): string[] {
  return actionsFromStatus(state.status);
}
