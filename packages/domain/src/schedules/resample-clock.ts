import { addDays, compareIsoDates, type IsoDate, isWithin } from './dates';

export interface ResampleClockInput {
  /** When the violating sample was collected. */
  sampledOn: IsoDate;
  /** When the sampler became aware of the violation (lab result received). */
  awareOn: IsoDate;
  /** Who took the violating sample. */
  sampledBy: 'industrial-user' | 'control-authority';
  /** Dates the Control Authority sampled this user. */
  controlAuthoritySampleDates?: IsoDate[];
  /** 403.12(g)(2)(i): the Control Authority samples this user at least once a month. */
  controlAuthoritySamplesMonthly?: boolean;
  /** 403.12(g)(2): the Control Authority, having sampled, told the user to repeat the sampling. */
  controlAuthorityRequiresUserResample?: boolean;
}

export interface ResampleClock {
  /** Set when the user must notify: the day after awareness (24 hours; dates are whole days). */
  notificationDue: IsoDate | null;
  isResampleRequired: boolean;
  /** Awareness + 30 days, when a repeat is required. */
  resampleDue: IsoDate | null;
  resampleBy: 'industrial-user' | 'control-authority' | null;
  /** Why no repeat is needed, citing the exemption. */
  exemption: 'ca-samples-monthly' | 'ca-sampled-in-between' | null;
}

/**
 * 403.12(g)(2): a user whose own sampling shows a violation notifies the Control Authority within
 * 24 hours of becoming aware and repeats the sampling, submitting the result within 30 days.
 */
export function resampleClock(input: ResampleClockInput): ResampleClock {
  if (compareIsoDates(input.awareOn, input.sampledOn) < 0) throw new RangeError('awareOn precedes sampledOn');
  const byUser = input.sampledBy === 'industrial-user';
  const exemption = resampleExemption(input);
  const resampleBy = exemption
    ? null
    : byUser || input.controlAuthorityRequiresUserResample
      ? 'industrial-user'
      : 'control-authority';
  return {
    notificationDue: byUser ? addDays(input.awareOn, 1) : null,
    isResampleRequired: exemption === null,
    resampleDue: exemption ? null : addDays(input.awareOn, 30),
    resampleBy,
    exemption,
  };
}

function resampleExemption(input: ResampleClockInput): ResampleClock['exemption'] {
  if (input.sampledBy !== 'industrial-user') return null;
  // 403.12(g)(2)(i): the Control Authority samples at least once per month.
  if (input.controlAuthoritySamplesMonthly) return 'ca-samples-monthly';
  // 403.12(g)(2)(ii): the Control Authority sampled between the user's sample and the user's receipt of results.
  const between = (input.controlAuthoritySampleDates ?? []).some((d) =>
    isWithin(d, input.sampledOn, input.awareOn),
  );
  return between ? 'ca-sampled-in-between' : null;
}
