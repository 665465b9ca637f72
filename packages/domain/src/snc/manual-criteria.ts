import { compareIsoDates, type IsoDate, minIsoDate } from '../schedules/dates';
import type { ManualDetermination } from './types';

/** One POTW determination (C, D, G, H) and whether it falls in the window. */
export interface DeterminationVerdict {
  determinationId: string;
  criterion: ManualDetermination['criterion'];
  occurredOn: IsoDate;
  endedOn: IsoDate;
  source: 'manual' | 'emergency-halt';
  isSnc: boolean;
  explanation: string;
}

/** 403.8(f)(2)(viii)(C), (D), (G), (H): determinations count in every window their interval overlaps, up to asOf. */
export function evaluateDeterminations(
  determinations: ManualDetermination[],
  window: { start: IsoDate; end: IsoDate },
  asOf: IsoDate,
): DeterminationVerdict[] {
  return [...determinations]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((d) => {
      const endedOn = d.endedOn ?? d.occurredOn;
      const isSnc =
        compareIsoDates(d.occurredOn, minIsoDate(window.end, asOf)) <= 0 &&
        compareIsoDates(endedOn, window.start) >= 0;
      const source = d.source ?? 'manual';
      const what = source === 'emergency-halt' ? 'emergency halt of the discharge' : 'POTW determination';
      return {
        determinationId: d.id,
        criterion: d.criterion,
        occurredOn: d.occurredOn,
        endedOn,
        source,
        isSnc,
        explanation: `Criterion ${d.criterion}: ${what} for ${d.occurredOn}${endedOn === d.occurredOn ? '' : `–${endedOn}`}${isSnc ? '' : ' (outside this window)'}${d.note ? `: ${d.note}` : ''}.`,
      };
    });
}
