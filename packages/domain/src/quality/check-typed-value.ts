import type { TypedValueCheck } from '../contracts/monitoring';
import { evaluateSeries } from '../limits/evaluate-series';
import { headroom } from '../limits/headroom';
import { isLimitInEffect, type Limit } from '../limits/limit';
import { D } from '../numbers/decimal';
import { parseReportedValue, type ReportedValue } from '../numbers/reported-value';
import { addDays } from '../schedules/dates';
import type { SampleResult } from '../stats/sample';
import { DEFAULT_STATISTICS_SETTINGS, type StatisticsSettings } from '../stats/settings';
import { convertUnit, isConvertible } from '../units/convert';
import { resolveUnit, type UnitId } from '../units/unit-catalog';
import { limitLabel } from './limit-label';

/** A value being typed in the fast-entry grid, and the limits in effect for its parameter/location. */
export interface TypedValueInput {
  readonly text: string;
  readonly unit: string;
  /** Sample date 'YYYY-MM-DD'. */
  readonly date: string;
  readonly limits: readonly Limit[];
  /** Results already stored for the same parameter and location (period statistics need them). */
  readonly results?: readonly SampleResult[];
  readonly settings?: StatisticsSettings;
  readonly detectionLimit?: string;
}

type LimitCheck = TypedValueCheck['limits'][number];
const TYPED_ID = 'typed-value';
/** Below this share of the limit left, a compliant value still warns ("close to the limit"). */
const LOW_HEADROOM = new D('0.1');

const round = (text: string) => new D(text).toSignificantDigits(4).toFixed();

function readTyped(input: TypedValueInput): { value: ReportedValue; unit: UnitId } | string {
  const unit = resolveUnit(input.unit);
  if (unit === null) return `unknown unit '${input.unit}'`;
  try {
    const context = input.detectionLimit ? { detectionLimit: input.detectionLimit } : {};
    return { value: parseReportedValue(input.text, context), unit };
  } catch {
    return `'${input.text}' is not a number (type a value, or '<' and the detection limit)`;
  }
}

function withinMessage(
  limit: Limit,
  typed: SampleResult,
  input: TypedValueInput,
  settings: StatisticsSettings,
): string {
  const label = `${limitLabel(limit)} ${limit.value}`;
  if (limit.basis.kind === 'DAILY' || limit.basis.kind === 'INSTANTANEOUS') {
    if (typed.value.nonDetect) return `non-detect, within ${label}`;
    const v = convertUnit(typed.value.number!, typed.unit, limit.unit);
    const margin = limit.direction === 'max' ? new D(limit.value).minus(v) : v.minus(limit.value);
    const pct = new D(limit.value).isZero()
      ? ''
      : ` (${margin.div(limit.value).times(100).toDecimalPlaces(0).toFixed()}%)`;
    return `within ${label}: headroom ${round(margin.toFixed())} ${limit.unit}${pct}`;
  }
  const room = headroom(limit, input.results ?? [], addDays(input.date, -1), settings);
  const bound = `${limit.direction === 'max' ? 'up to' : 'at least'} ${round(room.nextValueBound)}`;
  return `within ${label}: the next daily value may be ${bound} ${limit.unit}`;
}

function isLow(limit: Limit, typed: SampleResult): boolean {
  if (typed.value.nonDetect || (limit.basis.kind !== 'DAILY' && limit.basis.kind !== 'INSTANTANEOUS'))
    return false;
  const v = convertUnit(typed.value.number!, typed.unit, limit.unit);
  const margin = limit.direction === 'max' ? new D(limit.value).minus(v) : v.minus(limit.value);
  return margin.lt(new D(limit.value).abs().times(LOW_HEADROOM));
}

function judge(
  limit: Limit,
  typed: SampleResult,
  input: TypedValueInput,
  settings: StatisticsSettings,
): LimitCheck {
  const base = { limitId: limit.id, enforceable: limit.enforceable };
  const label = `${limitLabel(limit)} ${limit.value}${limit.unit === typed.unit ? '' : ` ${limit.unit}`}`;
  if (!isConvertible(typed.unit, limit.unit)) {
    return {
      ...base,
      verdict: 'not_comparable',
      message: `${typed.unit} cannot be compared with the ${label} limit`,
    };
  }
  const evaluation = evaluateSeries({
    results: [...(input.results ?? []), typed],
    limits: [limit],
    settings,
  });
  const value = evaluation.values.find((v) =>
    v.dailyValues.slice(v.from, v.to).some((d) => d.samples.some((s) => s.id === TYPED_ID)),
  );
  const prefix = limit.enforceable ? '' : 'alert level: ';
  if (value?.indeterminate)
    return {
      ...base,
      verdict: 'indeterminate',
      message: `${prefix}detection limit above ${label}: manual review`,
    };
  if (value?.outside) {
    const single = limit.basis.kind === 'DAILY' || limit.basis.kind === 'INSTANTANEOUS';
    const stat = evaluation.exceedances.find((e) => e.period.start === value.period.start)?.value;
    const detail = single || stat === undefined ? '' : ` (${limitLabel(limit)} would be ${round(stat)})`;
    return { ...base, verdict: 'exceeds', message: `${prefix}exceeds ${label}${detail}` };
  }
  return { ...base, verdict: 'within', message: `${prefix}${withinMessage(limit, typed, input, settings)}` };
}

/**
 * Fast entry: checks a typed value against the limits in effect on its date, e.g.
 * "2.80 mg/L — exceeds daily maximum 2.61", or the headroom left. Enforceable exceedances are
 * 'exceeds'; alert levels, indeterminate non-detects and low headroom are 'warning'.
 */
export function checkTypedValue(input: TypedValueInput): TypedValueCheck {
  const read = readTyped(input);
  if (typeof read === 'string') return { status: 'invalid', message: read, limits: [] };
  const typed: SampleResult = { id: TYPED_ID, date: input.date, value: read.value, unit: read.unit };
  const display = `${input.text.trim()} ${input.unit.trim()}`;
  const settings = input.settings ?? DEFAULT_STATISTICS_SETTINGS;
  const limits = input.limits
    .filter((l) => isLimitInEffect(l, input.date))
    .map((l) => ({ l, c: judge(l, typed, input, settings) }));
  if (limits.length === 0) return { status: 'ok', message: `${display} — no limit in effect`, limits: [] };
  const checks = limits.map((x) => x.c);
  const hard = checks.find((c) => c.verdict === 'exceeds' && c.enforceable);
  const soft = checks.find((c) => c.verdict !== 'within') ?? limits.find((x) => isLow(x.l, typed))?.c;
  const status = hard ? 'exceeds' : soft ? 'warning' : 'ok';
  const shown = hard ?? soft ?? checks[0]!;
  return { status, message: `${display} — ${shown.message}`, limits: checks };
}
