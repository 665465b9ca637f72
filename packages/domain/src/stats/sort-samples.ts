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
  const dayOf = new Int32Array(n);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const day = dayNumber(input[i]!.date);
    dayOf[i] = day;
    if (day < min) min = day;
    if (day > max) max = day;
  }
  if (n > 0 && max - min < 4 * n + 64) return countingSort(input, dayOf, min, max);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = dayOf[i]! * 4194304 + i;
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

// Days within a short span: a stable counting sort (input order kept within a day), O(n + span).
function countingSort(
  input: readonly SampleResult[],
  dayOf: Int32Array,
  min: number,
  max: number,
): SortedSamples {
  const n = input.length;
  const start = new Int32Array(max - min + 2);
  for (let i = 0; i < n; i++) start[dayOf[i]! - min + 1]!++;
  for (let d = 1; d < start.length; d++) start[d]! += start[d - 1]!;
  const samples: SampleResult[] = new Array(n);
  const days = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const slot = start[dayOf[i]! - min]!++;
    samples[slot] = input[i]!;
    days[slot] = dayOf[i]!;
  }
  return { samples, days };
}
