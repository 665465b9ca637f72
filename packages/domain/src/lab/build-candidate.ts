import type { LabColumnMapping, LabField, LabResultCandidate, LabRowProblem } from '../contracts/monitoring';
import type { UnitId } from '../units/unit-catalog';
import { resolveUnit } from '../units/unit-catalog';
import { collectionMethodOf, qcKindOf } from './classify-sample';
import { resultFingerprint, resultKeyOf } from './fingerprint';
import { localDateTimeText, parseLabDateTime, parseLabTime } from './lab-dates';
import { type MatchOptions, matchParameter, type ParameterMatch } from './match-parameter';
import type { RawResult } from './raw-result';
import { labQualifiersOf, readCandidateValue } from './read-value';
import { standardValueOf } from './standard-value';

/** What became of one raw result: a candidate, or the problems (and parameter question) to fix. */
export type BuildOutcome =
  | { ok: true; candidate: LabResultCandidate }
  | { ok: false; problems: LabRowProblem[]; unmatched: Extract<ParameterMatch, { kind: 'ask' }> | null };

const orNull = (text: string) => (text === '' ? null : text);

/**
 * Per-file memo of what depends only on cell text (a lab file repeats the same parameter names,
 * units, methods and dates on many rows): each distinct text is read once. One per preview, so it
 * holds no more than the file does.
 */
export class CandidateMemo {
  readonly dates = new Map<string, ReturnType<typeof parseLabDateTime>>();
  readonly times = new Map<string, string | null>();
  readonly parameters = new Map<string, ParameterMatch>();
  readonly units = new Map<string, UnitId | null>();
  readonly values = new Map<string, ReturnType<typeof readCandidateValue>>();
  readonly standards = new Map<string, ReturnType<typeof standardValueOf>>();
  readonly qualifiers = new Map<string, string[]>();
  readonly kinds = new Map<
    string,
    { qc: ReturnType<typeof qcKindOf>; method: ReturnType<typeof collectionMethodOf> }
  >();
}

function remember<V>(map: Map<string, V>, key: string, compute: () => V): V {
  let value = map.get(key);
  if (value === undefined && !map.has(key)) {
    value = compute();
    map.set(key, value);
  }
  return value as V;
}

function badDate(raw: RawResult, column: string, message: string) {
  return { problem: { row: raw.row, column, code: 'bad_date' as const, message } };
}

/** A date field plus its optional separate time field → local date-time text, or a problem. */
function dateTimeOf(
  raw: RawResult,
  dateField: LabField,
  timeField: LabField,
  mapping: LabColumnMapping,
  memo: CandidateMemo,
) {
  const text = raw.cell(dateField);
  if (text === '') return { value: null };
  const parsed = remember(memo.dates, text, () => parseLabDateTime(text, mapping.dateOrder));
  if ('error' in parsed) return badDate(raw, raw.header(dateField), parsed.error);
  const timeText = raw.cell(timeField);
  if (timeText === '') return { value: localDateTimeText(parsed) };
  const time = remember(memo.times, timeText, () => parseLabTime(timeText));
  if (time === null)
    return badDate(raw, raw.header(timeField), `'${timeText}' is not a time of day (expected HH:MM)`);
  return { value: localDateTimeText({ date: parsed.date, time }) };
}

function fractionOf(text: string): 'total' | 'dissolved' | null {
  const t = text.trim().toUpperCase();
  return t === 'T' || t === 'TOTAL' ? 'total' : t === 'D' || t === 'DISSOLVED' ? 'dissolved' : null;
}

function parameterOf(
  raw: RawResult,
  options: MatchOptions,
  fraction: 'total' | 'dissolved' | null,
  memo: CandidateMemo,
): ParameterMatch {
  const name = raw.cell('parameter');
  const code = raw.cell('parameterCode');
  const cas = raw.cell('cas');
  return remember(memo.parameters, `${name}\u0000${code}\u0000${cas}\u0000${fraction}`, () =>
    matchParameter({ name, code, cas, fraction }, options),
  );
}

function unitOf(raw: RawResult, memo: CandidateMemo): UnitId | LabRowProblem {
  const text = raw.cell('unit');
  const unit = text === '' ? null : remember(memo.units, text, () => resolveUnit(text));
  if (unit) return unit;
  const message = text === '' ? 'the unit is missing' : `unknown unit '${text}'`;
  return { row: raw.row, column: raw.header('unit'), code: 'unknown_unit', message };
}

const VALUE_FIELDS = ['value', 'detectFlag', 'labQualifiers', 'mdl', 'rl', 'qualifier'] as const;

/** The reported value: read once per distinct set of value cells; problems (naming the row) never memoised. */
function candidateValueOf(raw: RawResult, memo: CandidateMemo): ReturnType<typeof readCandidateValue> {
  const key = VALUE_FIELDS.map((f) => raw.cell(f)).join('\u0000');
  const known = memo.values.get(key);
  if (known !== undefined) return known;
  const value = readCandidateValue(raw);
  if (!Array.isArray(value)) memo.values.set(key, value);
  return value;
}

function standardOf(number: string | null, unit: UnitId, memo: CandidateMemo) {
  if (number === null) return null;
  return remember(memo.standards, `${number}\u0000${unit}`, () => standardValueOf(number, unit));
}

function qualifiersOf(text: string, memo: CandidateMemo): string[] {
  return text === '' ? [] : remember(memo.qualifiers, text, () => labQualifiersOf(text));
}

/** Normalises one raw result into a candidate; every bad field of the row is reported at once. */
export function buildCandidate(
  raw: RawResult,
  mapping: LabColumnMapping,
  options: MatchOptions,
  memo: CandidateMemo = new CandidateMemo(),
  hash?: (text: string) => string,
): BuildOutcome {
  const problems: LabRowProblem[] = [];
  const start = dateTimeOf(raw, 'collectionStart', 'collectionStartTime', mapping, memo);
  const end = dateTimeOf(raw, 'collectionEnd', 'collectionEndTime', mapping, memo);
  const analysed = dateTimeOf(raw, 'analysisDate', 'analysisTime', mapping, memo);
  for (const d of [start, end, analysed]) if ('problem' in d) problems.push(d.problem);
  if ('value' in start && start.value === null) {
    problems.push({
      row: raw.row,
      column: raw.header('collectionStart'),
      code: 'bad_date',
      message: 'the collection date is missing',
    });
  }
  const fraction = fractionOf(raw.cell('fraction'));
  const match = parameterOf(raw, options, fraction, memo);
  if (match.kind === 'ask') {
    const code = match.reason === 'unknown' ? 'unknown_parameter' : 'ambiguous_parameter';
    problems.push({ row: raw.row, column: raw.header('parameter'), code, message: match.message });
  }
  const value = candidateValueOf(raw, memo);
  if (Array.isArray(value)) problems.push(...value);
  const unit = unitOf(raw, memo);
  if (typeof unit === 'object') problems.push(unit);
  if (problems.length > 0 || match.kind === 'ask' || Array.isArray(value) || typeof unit === 'object') {
    return { ok: false, problems, unmatched: match.kind === 'ask' ? match : null };
  }
  const sampleType = raw.cell('sampleType');
  const sampleMethod = raw.cell('sampleMethod');
  const kind = remember(memo.kinds, `${sampleType}\u0000${sampleMethod}`, () => ({
    qc: qcKindOf(sampleType, mapping.qcSampleTypes),
    method: collectionMethodOf(sampleMethod, sampleType),
  }));
  const qc = kind.qc;
  const content = {
    row: raw.row,
    column: raw.column,
    sampleId: orNull(raw.cell('sampleId')),
    labSampleId: orNull(raw.cell('labSampleId')),
    location: raw.cell('location'),
    sampleTypeCode: orNull(raw.cell('sampleType')),
    collectionMethod: kind.method,
    qc,
    countsForCompliance: qc === null,
    collectedStart: (start as { value: string }).value,
    collectedEnd: (end as { value: string | null }).value,
    parameterCode: match.code,
    parameterText: raw.cell('parameter') || raw.cell('parameterCode') || raw.cell('cas'),
    matchedBy: match.matchedBy,
    cas: orNull(raw.cell('cas')),
    fraction,
    value,
    unit,
    unitText: raw.cell('unit'),
    standard: standardOf(value.number, unit, memo),
    labQualifiers: qualifiersOf(raw.cell('labQualifiers'), memo),
    method: orNull(raw.cell('method')),
    analysedAt: (analysed as { value: string | null }).value,
    analyst: orNull(raw.cell('analyst')),
    sampler: orNull(raw.cell('sampler')),
    labName: orNull(raw.cell('labName')),
    labCertId: orNull(raw.cell('labCertId')),
    dilutionFactor: orNull(raw.cell('dilution')),
    matrix: orNull(raw.cell('matrix')),
  };
  const candidate: LabResultCandidate = Object.assign(content, {
    fingerprint: resultFingerprint(content, hash),
    resultKey: resultKeyOf(content),
  });
  return { ok: true, candidate };
}
