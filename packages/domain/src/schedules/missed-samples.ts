import { compareIsoDates, type IsoDate, isWithin } from './dates';
import type { SamplingSlot } from './sampling-slots';

/** `met`: enough samples; `missed`: the slot has ended short; `open`: short but the slot has not ended by `asOf`. */
export type SlotStatus = 'met' | 'missed' | 'open';

export interface SlotCheck extends SamplingSlot {
  /** Samples counted in the slot (distinct days unless `countEverySample`). */
  taken: number;
  missing: number;
  status: SlotStatus;
  sampleDates: IsoDate[];
}

export interface MissedSampleOptions {
  /** The evaluation date; slots ending on or after it are `open` when short. Default: all slots are closed. */
  asOf?: IsoDate;
  /** Count two samples on one day as two (default false: one per day, so 2/M needs two sampling days). */
  countEverySample?: boolean;
}

/** Checks sample dates against expected slots; `missed` lists the slots that ended short. */
export function findMissedSamples(
  slots: SamplingSlot[],
  sampleDates: IsoDate[],
  options: MissedSampleOptions = {},
): { slots: SlotCheck[]; missed: SlotCheck[]; missingSamples: number } {
  const sorted = [...sampleDates].sort(compareIsoDates);
  const checks = slots.map((slot): SlotCheck => {
    const inSlot = sorted.filter((d) => isWithin(d, slot.start, slot.end));
    const counted = options.countEverySample ? inSlot : [...new Set(inSlot)];
    const missing = Math.max(0, slot.required - counted.length);
    const isOpen = options.asOf !== undefined && compareIsoDates(slot.end, options.asOf) >= 0;
    const status: SlotStatus = missing === 0 ? 'met' : isOpen ? 'open' : 'missed';
    return { ...slot, taken: counted.length, missing, status, sampleDates: inSlot };
  });
  const missed = checks.filter((c) => c.status === 'missed');
  return { slots: checks, missed, missingSamples: missed.reduce((sum, c) => sum + c.missing, 0) };
}
