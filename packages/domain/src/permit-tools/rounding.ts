import { D, type DecimalInput, dec } from '../numbers/decimal';

/** LOCAL rounding policy for a derived permit limit (§7.1: rounding is policy; keep full precision). */
export interface DerivedLimitRoundingPolicy {
  decimalPlaces?: number;
  significantDigits?: number;
  /** `down` truncates toward zero, the conservative choice for a maximum limit (§8.3: 1.584 → 1.58). */
  mode: 'down' | 'half-up';
}

/** Rounds a derived limit for the permit; the derivation keeps the unrounded value. */
export function roundDerivedLimit(value: DecimalInput, policy: DerivedLimitRoundingPolicy): D {
  const mode = policy.mode === 'down' ? D.ROUND_DOWN : D.ROUND_HALF_UP;
  const v = dec(value);
  if (policy.significantDigits !== undefined) return v.toSignificantDigits(policy.significantDigits, mode);
  if (policy.decimalPlaces !== undefined) return v.toDecimalPlaces(policy.decimalPlaces, mode);
  return v;
}
