/// <reference types="node" />
// `npm run bench`: a synthetic program through daily values, period statistics, exceedances and
// pretreatment SNC (criteria A/B), against a baseline that only groups the same results by facility,
// parameter and day.
import {
  evaluateProgram,
  type ProgramEvaluation,
  type ProgramInput,
  type ProgramResult,
} from '../src/limits/evaluate-program';
import type { Limit } from '../src/limits/limit';
import { statisticsSettings } from '../src/stats/settings';
import { SncCollector, type SncSummary } from './snc-stage';
import { syntheticProgram } from './synthetic-program';

const FACILITIES = 200;
const RESULTS_PER_SERIES = 500;

/** A stage of the full evaluation; `run` receives the outputs of the stages before it. */
interface Stage {
  readonly name: string;
  /** Called by the first stage for every evaluated series: a later stage does its work here. */
  readonly onSeries?: ProgramInput['onSeries'];
  run(
    input: { results: readonly ProgramResult[]; limits: readonly Limit[] },
    previous: Map<string, unknown>,
  ): unknown;
}

const settings = statisticsSettings();
const EVALUATION = 'daily values, period statistics, exceedances';
const SNC_MEASUREMENTS = 'SNC measurements from daily values and period results';
const SNC_CRITERIA = 'SNC criteria A/B per facility and half-year';

/** One full evaluation: its stages (fresh state) and where each stage's time went. */
function fullEvaluation(): { outputs: Map<string, unknown>; perStage: Map<string, number> } {
  const snc = new SncCollector(settings);
  const stages: Stage[] = [
    {
      name: EVALUATION,
      run: ({ results, limits }) =>
        evaluateProgram({
          results,
          limits,
          settings,
          onSeries: (key, evaluation, seriesResults) => {
            for (const stage of stages) stage.onSeries?.(key, evaluation, seriesResults);
          },
        }),
    },
    { name: SNC_MEASUREMENTS, onSeries: snc.onSeries, run: () => snc.measurementCount },
    { name: SNC_CRITERIA, run: () => snc.finish() },
  ];
  const outputs = new Map<string, unknown>();
  const ms = new Map<string, number>();
  for (const stage of stages) {
    const t0 = performance.now();
    outputs.set(stage.name, stage.run(program, outputs));
    ms.set(stage.name, performance.now() - t0);
  }
  // The SNC work done inside the evaluation's onSeries hook is charged to the SNC stages.
  const hooked = snc.ms.measurements + snc.ms.criteria - ms.get(SNC_CRITERIA)!;
  ms.set(EVALUATION, ms.get(EVALUATION)! - hooked);
  ms.set(SNC_MEASUREMENTS, ms.get(SNC_MEASUREMENTS)! + snc.ms.measurements);
  ms.set(SNC_CRITERIA, snc.ms.criteria);
  return { outputs, perStage: ms };
}

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
const full = best(5, fullEvaluation);
const evaluation = full.value.outputs.get(EVALUATION) as ProgramEvaluation;
const sncMeasurements = full.value.outputs.get(SNC_MEASUREMENTS) as number;
const snc = full.value.outputs.get(SNC_CRITERIA) as SncSummary;

console.log(
  `results:                 ${n.toLocaleString('en-US')} (${FACILITIES} facilities × 10 parameters × ${RESULTS_PER_SERIES})`,
);
console.log(
  `baseline (group by facility, parameter, day): ${base.ms.toFixed(1)} ms, ${base.value.toLocaleString('en-US')} groups`,
);
console.log(`full evaluation:         ${full.ms.toFixed(1)} ms`);
for (const [name, ms] of full.value.perStage) console.log(`  ${`${ms.toFixed(1)} ms`.padStart(10)}  ${name}`);
console.log(
  `computed values:         ${evaluation.valueCount.toLocaleString('en-US')}, exceedances ${evaluation.exceedances.length.toLocaleString('en-US')}, exact decimal decisions ${evaluation.exactDecisions}`,
);
console.log(
  `SNC:                     ${sncMeasurements.toLocaleString('en-US')} rows → ${snc.counted.toLocaleString('en-US')} counted measurements in ${snc.series.toLocaleString('en-US')} series; ${snc.facilityWindows} facility-windows, A met in ${snc.metA}, B met in ${snc.metB}`,
);
console.log(`results/second:          ${Math.round(n / (full.ms / 1000)).toLocaleString('en-US')}`);
console.log(`ratio full / baseline:   ${(full.ms / base.ms).toFixed(2)} (target ≤ 3)`);
