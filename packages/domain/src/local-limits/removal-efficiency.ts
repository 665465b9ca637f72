import { D, type DecimalInput } from '../numbers/decimal';
import { type DerivationDraft, refuse, step, succeed, type ToolResult } from '../permit-tools/derivation';
import { guard, nonNegativeField } from '../permit-tools/inputs';

/** An influent/effluent pair, already lagged by the hydraulic residence time. */
export interface RemovalPair {
  influent: DecimalInput;
  effluent: DecimalInput;
}

/** MRE and ADRE as fractions (0.84 = 84 %). */
export interface RemovalEfficiencies {
  mre: ToolResult;
  adre: ToolResult;
}

/** EPA 2004 guidance §5.1: MRE = (mean I − mean E) / mean I; ADRE = mean of daily (I − E) / I. */
export function removalEfficiencies(pollutant: string, pairs: RemovalPair[]): RemovalEfficiencies {
  return { mre: meanRemoval(pollutant, pairs), adre: averageDailyRemoval(pollutant, pairs) };
}

function draftFor(tool: string, formula: string, pollutant: string, pairs: RemovalPair[]): DerivationDraft {
  return {
    tool,
    citation: 'EPA 833-R-04-002A §5.1',
    formula,
    inputs: {
      pollutant,
      pairs: pairs.map((p) => ({ influent: String(p.influent), effluent: String(p.effluent) })),
    },
    steps: [],
    notes: [],
  };
}

function readPairs(pairs: RemovalPair[]): { i: D; e: D }[] {
  return pairs.map((p, k) => ({
    i: nonNegativeField(p.influent, `pairs[${k}].influent`),
    e: nonNegativeField(p.effluent, `pairs[${k}].effluent`),
  }));
}

function mean(values: D[]): D {
  return values.reduce((a, b) => a.plus(b), new D(0)).div(values.length);
}

function meanRemoval(pollutant: string, pairs: RemovalPair[]): ToolResult {
  const draft = draftFor('removal-mre', 'MRE = (mean I − mean E) / mean I', pollutant, pairs);
  return guard(draft, () => {
    const read = readPairs(pairs);
    if (read.length === 0) return refuse(draft, 'invalid_input', 'No influent/effluent pairs.');
    const mi = mean(read.map((p) => p.i));
    const me = mean(read.map((p) => p.e));
    if (mi.isZero()) return refuse(draft, 'invalid_input', 'Mean influent is zero; removal is undefined.');
    const value = mi.minus(me).div(mi);
    draft.steps.push(
      step('mean I', 'Σ I / n', mi),
      step('mean E', 'Σ E / n', me),
      step('MRE', `(${mi.toFixed()} − ${me.toFixed()}) / ${mi.toFixed()}`, value),
    );
    return succeed(draft, value, 'fraction');
  });
}

function averageDailyRemoval(pollutant: string, pairs: RemovalPair[]): ToolResult {
  const draft = draftFor('removal-adre', 'ADRE = mean over days of (I − E) / I', pollutant, pairs);
  return guard(draft, () => {
    const read = readPairs(pairs);
    if (read.length === 0) return refuse(draft, 'invalid_input', 'No influent/effluent pairs.');
    const zero = read.findIndex((p) => p.i.isZero());
    if (zero >= 0)
      return refuse(
        draft,
        'invalid_input',
        `pairs[${zero}] has zero influent; its daily removal is undefined.`,
      );
    const daily = read.map((p) => p.i.minus(p.e).div(p.i));
    daily.forEach((d, k) => {
      draft.steps.push(
        step(
          `day ${k + 1}`,
          `(${read[k]!.i.toFixed()} − ${read[k]!.e.toFixed()}) / ${read[k]!.i.toFixed()}`,
          d,
        ),
      );
    });
    const value = mean(daily);
    draft.steps.push(step('ADRE', 'mean of daily removals', value));
    return succeed(draft, value, 'fraction');
  });
}

/** A dated concentration (`YYYY-MM-DD`). */
export interface RemovalDatedValue {
  date: string;
  value: DecimalInput;
}

/** Pairs influent on day d with effluent on day d + lagDays (hydraulic residence time, whole days). */
export function pairByResidenceTime(
  influent: RemovalDatedValue[],
  effluent: RemovalDatedValue[],
  lagDays: number,
): RemovalPair[] {
  const byDate = new Map(effluent.map((e) => [e.date, e.value]));
  const pairs: RemovalPair[] = [];
  for (const i of [...influent].sort((a, b) => a.date.localeCompare(b.date))) {
    const e = byDate.get(addDays(i.date, lagDays));
    if (e !== undefined) pairs.push({ influent: i.value, effluent: e });
  }
  return pairs;
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
