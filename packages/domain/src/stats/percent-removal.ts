import { type D, type DecimalInput, dec } from '../numbers/decimal';

/**
 * Percent removal from 30-day (monthly) average concentrations, never from paired daily values:
 * (influent − effluent) / influent × 100 (40 CFR 133.101(j); domain-spec §9.7).
 */
export function percentRemoval(influentAverage: DecimalInput, effluentAverage: DecimalInput): D {
  const influent = dec(influentAverage);
  if (influent.lte(0)) throw new RangeError('Percent removal needs a positive influent average');
  return influent.minus(dec(effluentAverage)).div(influent).times(100);
}

/** Percent by which a value misses a limit, unrounded: |value − limit| / limit × 100. */
export function exceedanceRatioPercent(value: DecimalInput, limit: DecimalInput): D {
  const l = dec(limit);
  return dec(value).minus(l).abs().div(l.abs()).times(100);
}
