import type { CandidateValue, LabRowProblem } from '../contracts/monitoring';
import { normaliseNumber, parseReportedValue } from '../numbers/reported-value';
import type { RawResult } from './raw-result';

const NOT_DETECTED_FLAGS = new Set(['N', 'NO', 'FALSE', '0', 'ND']);

/** Lab qualifier letters from 'U', 'J,B', 'J B' (EQuIS lab_qualifiers, §11.5). */
export function labQualifiersOf(text: string): string[] {
  return text
    .split(/[\s,;/]+/)
    .map((q) => q.trim().toUpperCase())
    .filter((q) => q !== '' && q !== '<' && q !== '>' && q !== '=');
}

function problem(
  raw: RawResult,
  field: 'value' | 'mdl' | 'rl' | 'detectFlag',
  code: LabRowProblem['code'],
  message: string,
): LabRowProblem {
  return { row: raw.row, column: raw.header(field), code, message };
}

function limitOf(raw: RawResult, field: 'mdl' | 'rl'): string | null | LabRowProblem {
  const text = raw.cell(field);
  if (text === '') return null;
  return normaliseNumber(text) ?? problem(raw, field, 'bad_number', `'${text}' is not a number`);
}

function signOf(raw: RawResult): string {
  const sign = `${raw.cell('qualifier')} ${raw.cell('labQualifiers')}`.match(/[<>]/);
  return sign ? sign[0] : '';
}

/**
 * The value exactly as reported (§9.4): detect flag N, lab qualifier U, a blank result or '<x' make
 * a non-detect with qualifier '<' and its detection limit; J marks an estimate. Text that is not a
 * number is refused with the row and column named, never read as zero.
 */
export function readCandidateValue(raw: RawResult): CandidateValue | LabRowProblem[] {
  const text = raw.cell('value');
  const flag = raw.cell('detectFlag').toUpperCase();
  const qualifiers = labQualifiersOf(raw.cell('labQualifiers'));
  const mdl = limitOf(raw, 'mdl');
  const rl = limitOf(raw, 'rl');
  if (typeof mdl === 'object' && mdl !== null)
    return typeof rl === 'object' && rl !== null ? [mdl, rl] : [mdl];
  if (typeof rl === 'object' && rl !== null) return [rl];
  const sign = signOf(raw);
  const nonDetect = NOT_DETECTED_FLAGS.has(flag) || qualifiers.includes('U') || sign === '<';
  if (text === '' && flag === 'Y')
    return [
      problem(raw, 'value', 'missing_value', 'the result is blank but the detect flag says detected (Y)'),
    ];
  const parseText = sign !== '' && !/^[<>]/.test(text) && text !== '' ? `${sign}${text}` : text;
  let value: ReturnType<typeof parseReportedValue>;
  try {
    value = parseReportedValue(parseText, {
      detectionLimit: mdl ?? undefined,
      reportingLimit: rl ?? undefined,
      nonDetect,
    });
  } catch {
    return [
      problem(
        raw,
        'value',
        'text_in_value',
        `'${text}' is not a number (write the value, '<' and the detection limit, or leave it blank for a non-detect)`,
      ),
    ];
  }
  if (value.nonDetect && value.number === null) {
    return [
      problem(
        raw,
        'value',
        'missing_detection_limit',
        'non-detect without a detection or reporting limit: the lab must report the limit',
      ),
    ];
  }
  return {
    text,
    qualifier: value.qualifier,
    number: value.number,
    nonDetect: value.nonDetect,
    detectionLimit: value.detectionLimit,
    reportingLimit: value.reportingLimit,
    estimated: qualifiers.includes('J'),
  };
}
