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

/** A date field plus its optional separate time field → local date-time text, or a problem. */
function dateTimeOf(raw: RawResult, dateField: LabField, timeField: LabField, mapping: LabColumnMapping) {
  const text = raw.cell(dateField);
  if (text === '') return { value: null };
  const parsed = parseLabDateTime(text, mapping.dateOrder);
  const problem = (column: string, message: string) => ({
    problem: { row: raw.row, column, code: 'bad_date' as const, message },
  });
  if ('error' in parsed) return problem(raw.header(dateField), parsed.error);
  const timeText = raw.cell(timeField);
  if (timeText === '') return { value: localDateTimeText(parsed) };
  const time = parseLabTime(timeText);
  if (time === null)
    return problem(raw.header(timeField), `'${timeText}' is not a time of day (expected HH:MM)`);
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
): ParameterMatch {
  return matchParameter(
    { name: raw.cell('parameter'), code: raw.cell('parameterCode'), cas: raw.cell('cas'), fraction },
    options,
  );
}

function unitOf(raw: RawResult): UnitId | LabRowProblem {
  const text = raw.cell('unit');
  const unit = text === '' ? null : resolveUnit(text);
  if (unit) return unit;
  const message = text === '' ? 'the unit is missing' : `unknown unit '${text}'`;
  return { row: raw.row, column: raw.header('unit'), code: 'unknown_unit', message };
}

/** Normalises one raw result into a candidate; every bad field of the row is reported at once. */
export function buildCandidate(
  raw: RawResult,
  mapping: LabColumnMapping,
  options: MatchOptions,
): BuildOutcome {
  const problems: LabRowProblem[] = [];
  const start = dateTimeOf(raw, 'collectionStart', 'collectionStartTime', mapping);
  const end = dateTimeOf(raw, 'collectionEnd', 'collectionEndTime', mapping);
  const analysed = dateTimeOf(raw, 'analysisDate', 'analysisTime', mapping);
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
  const match = parameterOf(raw, options, fraction);
  if (match.kind === 'ask') {
    const code = match.reason === 'unknown' ? 'unknown_parameter' : 'ambiguous_parameter';
    problems.push({ row: raw.row, column: raw.header('parameter'), code, message: match.message });
  }
  const value = readCandidateValue(raw);
  if (Array.isArray(value)) problems.push(...value);
  const unit = unitOf(raw);
  if (typeof unit === 'object') problems.push(unit);
  if (problems.length > 0 || match.kind === 'ask' || Array.isArray(value) || typeof unit === 'object') {
    return { ok: false, problems, unmatched: match.kind === 'ask' ? match : null };
  }
  const s = (f: LabField) => orNull(raw.cell(f));
  const qc = qcKindOf(raw.cell('sampleType'), mapping.qcSampleTypes);
  const content = {
    sampleId: s('sampleId'),
    labSampleId: s('labSampleId'),
    location: raw.cell('location'),
    sampleTypeCode: s('sampleType'),
    collectionMethod: collectionMethodOf(raw.cell('sampleMethod'), raw.cell('sampleType')),
    qc,
    countsForCompliance: qc === null,
    collectedStart: (start as { value: string }).value,
    collectedEnd: (end as { value: string | null }).value,
    parameterCode: match.code,
    parameterText: raw.cell('parameter') || raw.cell('parameterCode') || raw.cell('cas'),
    matchedBy: match.matchedBy,
    cas: s('cas'),
    fraction,
    value,
    unit,
    unitText: raw.cell('unit'),
    standard: standardValueOf(value.number, unit),
    labQualifiers: labQualifiersOf(raw.cell('labQualifiers')),
    method: s('method'),
    analysedAt: (analysed as { value: string | null }).value,
    analyst: s('analyst'),
    sampler: s('sampler'),
    labName: s('labName'),
    labCertId: s('labCertId'),
    dilutionFactor: s('dilution'),
    matrix: s('matrix'),
  };
  const candidate = {
    row: raw.row,
    column: raw.column,
    ...content,
    fingerprint: resultFingerprint(content),
    resultKey: resultKeyOf(content),
  };
  return { ok: true, candidate };
}
