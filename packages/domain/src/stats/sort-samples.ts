import { dayNumber } from './day-number';
import type { SampleResult } from './sample';

/** Results in day order with their day numbers; within a day, input order. */
export interface SortedSamples {
  readonly samples: SampleResult[];
  readonly days: Int32Array;
}

/** Sorts results by date. Order of the input never changes any statistic computed from the output. */
export function sortSamples(input: readonly SampleResult[]): SortedSamples {
  const n = input.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = dayNumber(input[i]!.date) * 4194304 + i;
  keys.sort();
  const samples: SampleResult[] = new Array(n);
  const days = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    const day = Math.floor(k / 4194304);
    samples[i] = input[k - day * 4194304]!;
    days[i] = day;
  }
  return { samples, days };
}
