import type { ParameterFamily } from './parameter-family';

export type HoldUnit = 'minutes' | 'hours' | 'days' | 'months';

/** A maximum holding time: collection (end, for composites) to analysis. */
export interface HoldingTime {
  readonly amount: number;
  readonly unit: HoldUnit;
}

/**
 * 40 CFR 136.3 Table II maximum holding times (domain-spec §11.5 marks the table UNVERIFIED:
 * checked against the CFR text before enforcing). "Analyze within 15 minutes" for pH, residual
 * chlorine, temperature and DO by probe.
 */
export const HOLDING_TIMES_SOURCE = '40 CFR 136.3 Table II';

export const HOLDING_TIMES: Readonly<Partial<Record<ParameterFamily, HoldingTime>>> = {
  metal: { amount: 6, unit: 'months' },
  mercury: { amount: 28, unit: 'days' },
  chromium_vi: { amount: 24, unit: 'hours' },
  cyanide: { amount: 14, unit: 'days' },
  cyanide_amenable: { amount: 14, unit: 'days' },
  oil_grease: { amount: 28, unit: 'days' },
  tss: { amount: 7, unit: 'days' },
  bod: { amount: 48, unit: 'hours' },
  cbod: { amount: 48, unit: 'hours' },
  cod: { amount: 28, unit: 'days' },
  ph: { amount: 15, unit: 'minutes' },
  temperature: { amount: 15, unit: 'minutes' },
  chlorine: { amount: 15, unit: 'minutes' },
  dissolved_oxygen: { amount: 15, unit: 'minutes' },
  ammonia: { amount: 28, unit: 'days' },
  phosphorus: { amount: 28, unit: 'days' },
  phenols: { amount: 28, unit: 'days' },
  sulfide: { amount: 7, unit: 'days' },
  bacteria: { amount: 8, unit: 'hours' },
};

/** '28 days', '15 minutes', '6 months'. */
export function describeHold(hold: HoldingTime): string {
  return `${hold.amount} ${hold.amount === 1 ? hold.unit.slice(0, -1) : hold.unit}`;
}
