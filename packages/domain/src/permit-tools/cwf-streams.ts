import { D, type DecimalInput } from '../numbers/decimal';
import { nonNegativeField, ToolInputError } from './inputs';

/** How a stream enters the Combined Wastestream Formula (403.6(e)(1) definitions). */
export type CwfStreamKind = 'regulated' | 'unregulated' | 'dilute';

/** One wastestream feeding the combined treatment facility, with its standard for one pollutant. */
export interface CwfStream {
  label: string;
  kind: CwfStreamKind;
  /** Average daily flow (at least a 30-day average); any unit, the same for every stream. */
  flow: DecimalInput;
  /** The stream's categorical daily-maximum standard for the pollutant; absent = not regulated for it. */
  dailyMax?: DecimalInput | null;
  /** The stream's categorical average standard (monthly or consecutive-day). */
  average?: DecimalInput | null;
}

export type Alternative = 'dailyMax' | 'average';

export interface RegulatedPart {
  label: string;
  flow: D;
  standard: D;
}

export interface StreamPartition {
  regulated: RegulatedPart[];
  unregulatedFlow: D;
  diluteFlow: D;
  totalFlow: D;
  notes: string[];
}

/** Splits streams into F_i, unregulated and F_D for one pollutant and one alternative. */
export function partitionStreams(
  streams: CwfStream[],
  alternative: Alternative,
  totalFlow?: DecimalInput | null,
): StreamPartition {
  const p: StreamPartition = {
    regulated: [],
    unregulatedFlow: new D(0),
    diluteFlow: new D(0),
    totalFlow: new D(0),
    notes: [],
  };
  streams.forEach((s, i) => {
    const flow = nonNegativeField(s.flow, `streams[${i}].flow (${s.label})`);
    p.totalFlow = p.totalFlow.plus(flow);
    if (s.kind === 'dilute') p.diluteFlow = p.diluteFlow.plus(flow);
    else if (s.kind === 'unregulated' || !hasValue(s.dailyMax)) {
      if (s.kind === 'regulated')
        p.notes.push(`${s.label}: no standard for this pollutant, counted as unregulated (403.6(e)(1)).`);
      p.unregulatedFlow = p.unregulatedFlow.plus(flow);
    } else {
      const value = alternative === 'dailyMax' ? s.dailyMax : s.average;
      if (!hasValue(value)) throw new ToolInputError(`${s.label} has no average standard.`);
      p.regulated.push({
        label: s.label,
        flow,
        standard: nonNegativeField(value, `streams[${i}].${alternative}`),
      });
    }
  });
  checkTotalFlow(p.totalFlow, totalFlow);
  return p;
}

function checkTotalFlow(sum: D, totalFlow: DecimalInput | null | undefined): void {
  if (totalFlow === null || totalFlow === undefined) return;
  const given = nonNegativeField(totalFlow, 'totalFlow');
  if (!given.eq(sum)) {
    throw new ToolInputError(
      `totalFlow ${given.toFixed()} differs from the sum of the listed streams ${sum.toFixed()}; list every stream that reaches the combined treatment facility.`,
    );
  }
}

export function hasValue(v: DecimalInput | null | undefined): v is DecimalInput {
  return v !== null && v !== undefined && v !== '';
}

/** The average alternative exists only when every regulated stream has an average standard. */
export function averageAvailability(streams: CwfStream[]): 'all' | 'none' | 'partial' {
  const regulated = streams.filter((s) => s.kind === 'regulated' && hasValue(s.dailyMax));
  const withAverage = regulated.filter((s) => hasValue(s.average)).length;
  if (withAverage === 0) return 'none';
  return withAverage === regulated.length ? 'all' : 'partial';
}

export function streamInputs(streams: CwfStream[]) {
  return streams.map((s) => ({
    label: s.label,
    kind: s.kind,
    flow: String(s.flow),
    dailyMax: hasValue(s.dailyMax) ? String(s.dailyMax) : null,
    average: hasValue(s.average) ? String(s.average) : null,
  }));
}
