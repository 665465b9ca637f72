import type { LabResultCandidate } from '../contracts/monitoring';
import { parseReportedValue, type ReportedValue } from '../numbers/reported-value';
import type { SampleResult } from '../stats/sample';
import type { UnitId } from '../units/unit-catalog';

/** The engine's ReportedValue for a candidate, exactly as reported (text, qualifier, DL, RL). */
export function reportedValueOf(c: LabResultCandidate): ReportedValue {
  const text =
    c.value.text === '' || /^[<>]/.test(c.value.text) || c.value.qualifier === '='
      ? c.value.text
      : `${c.value.qualifier}${c.value.text}`;
  return parseReportedValue(text, {
    ...(c.value.detectionLimit === null ? {} : { detectionLimit: c.value.detectionLimit }),
    ...(c.value.reportingLimit === null ? {} : { reportingLimit: c.value.reportingLimit }),
    nonDetect: c.value.nonDetect,
  });
}

/** A stored candidate as an engine sample result; its date is the collection start (§9.2). */
export function toSampleResult(c: LabResultCandidate, id: string): SampleResult {
  return { id, date: c.collectedStart.slice(0, 10), value: reportedValueOf(c), unit: c.unit as UnitId };
}
