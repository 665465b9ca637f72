/// <reference types="node" />
// `npm run bench`: a synthetic program through daily values, period statistics and exceedances,
// against a baseline that only groups the same results by facility, parameter and day.
import { evaluateProgram, type ProgramEvaluation, type ProgramResult } from '../src/limits/evaluate-program';
import type { Limit } from '../src/limits/limit';
import { statisticsSettings } from '../src/stats/settings';
import { syntheticProgram } from './synthetic-program';

const FACILITIES = 200;
const RESULTS_PER_SERIES = 500;

/** A stage of the full evaluation; later stages (SNC) append themselves here. */
interface Stage {
  readonly name: string;
  run(
    input: { results: readonly ProgramResult[]; limits: readonly Limit[] },
    previous: Map<string, unknown>,
  ): unknown;
}

const settings = statisticsSettings();

const STAGES: Stage[] = [
  {
    name: 'daily values, period statistics, exceedances',
    run: ({ results, limits }) => evaluateProgram({ results, limits, settings }),
  },
];

function baseline(results: readonly ProgramResult[]): number {
  const groups = new Map<string, Map<string, ProgramResult[]>>();
  for (const r of results) {
    const series = `${r.monitoringPoint}\u0000${r.parameterCode}`;
    let byDay = groups.get(series);
    if (!byDay) {
      byDay = new Map();
      groups.set(series, byDay);
    }
    const day = byDay.get(r.date);
    if (day) day.push(r);
    else byDay.set(r.date, [r]);
  }
  let days = 0;
  for (const byDay of groups.values()) days += byDay.size;
  return days;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

function best<T>(runs: number, fn: () => T): { ms: number; value: T } {
  let out = time(fn);
  for (let i = 1; i < runs; i++) {
    const next = time(fn);
    if (next.ms < out.ms) out = next;
  }
  return out;
}

const program = syntheticProgram(FACILITIES, RESULTS_PER_SERIES);
const n = program.results.length;
const base = best(5, () => baseline(program.results));
const full = best(5, () => {
  const outputs = new Map<string, unknown>();
  for (const stage of STAGES) outputs.set(stage.name, stage.run(program, outputs));
  return outputs;
});
const evaluation = full.value.get(STAGES[0]!.name) as ProgramEvaluation;

console.log(
  `results:                 ${n.toLocaleString('en-US')} (${FACILITIES} facilities × 10 parameters × ${RESULTS_PER_SERIES})`,
);
console.log(`stages:                  ${STAGES.map((s) => s.name).join(' → ')}`);
console.log(
  `baseline (group by facility, parameter, day): ${base.ms.toFixed(1)} ms, ${base.value.toLocaleString('en-US')} groups`,
);
console.log(`full evaluation:         ${full.ms.toFixed(1)} ms`);
console.log(
  `computed values:         ${evaluation.valueCount.toLocaleString('en-US')}, exceedances ${evaluation.exceedances.length.toLocaleString('en-US')}, exact decimal decisions ${evaluation.exactDecisions}`,
);
console.log(`results/second:          ${Math.round(n / (full.ms / 1000)).toLocaleString('en-US')}`);
console.log(`ratio full / baseline:   ${(full.ms / base.ms).toFixed(2)} (target ≤ 3)`);
