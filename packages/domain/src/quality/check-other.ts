import type { LabResultCandidate, QualityCheck } from '../contracts/monitoring';
import { isConvertible } from '../units/convert';
import type { UnitId } from '../units/unit-catalog';

/** A stored result the new one may repeat. */
export interface ExistingResultRef {
  readonly id: string;
  readonly fingerprint: string;
  readonly resultKey: string;
}

const QC_NAMES = {
  field_duplicate: 'field duplicate',
  field_blank: 'field blank',
  trip_blank: 'trip blank',
  equipment_blank: 'equipment blank',
  lab_qc: 'laboratory QC sample',
} as const;

/** §9.8: verdicts compare in the limit's unit, so the result's unit must convert to it. */
export function checkUnits(c: LabResultCandidate, limitUnits: readonly UnitId[]): QualityCheck {
  const base = { check: 'unit' as const, field: 'unit', source: 'domain-spec §9.3, §9.8' };
  const unit = c.unit as UnitId;
  const bad = [...new Set(limitUnits)].filter((u) => !isConvertible(unit, u));
  if (bad.length > 0) {
    return {
      ...base,
      status: 'fail',
      message: `${c.unitText} cannot be converted to the limit's unit ${bad.join(', ')}`,
    };
  }
  const message =
    limitUnits.length === 0
      ? 'no limit in effect to compare with'
      : `${c.unitText} converts to the limit's unit`;
  return { ...base, status: 'pass', message };
}

/** Already imported (same fingerprint) or another value for the same result (a correction). */
export function checkDuplicate(c: LabResultCandidate, existing: readonly ExistingResultRef[]): QualityCheck {
  const base = { check: 'duplicate' as const, field: 'row', source: null };
  const same = existing.find((e) => e.fingerprint === c.fingerprint);
  if (same)
    return {
      ...base,
      status: 'warn',
      message: `already imported as result ${same.id}: it will not be added again`,
    };
  const key = existing.find((e) => e.resultKey === c.resultKey);
  if (key) {
    return {
      ...base,
      status: 'warn',
      message: `result ${key.id} has this sample and parameter with another value: record it as a correction with a reason`,
    };
  }
  return { ...base, status: 'pass', message: 'not a repeat of a stored result' };
}

/** QC samples are kept but are not compliance results (domain-spec §11.5 sample_type_code). */
export function checkQcSample(c: LabResultCandidate): QualityCheck {
  const base = { check: 'qc_sample' as const, field: 'sample_type', source: 'domain-spec §11.5' };
  if (c.qc === null) return { ...base, status: 'pass', message: 'compliance sample' };
  return {
    ...base,
    status: 'warn',
    message: `${c.sampleTypeCode}: ${QC_NAMES[c.qc]}, kept as a QC record, not a compliance result`,
  };
}

const QUALIFIER_NOTES: Readonly<Record<string, string>> = {
  J: 'J: estimated, detected between the MDL and the RL; it counts as reported',
  B: 'B: the analyte was also found in a blank',
  H: 'H: the lab reports the holding time was exceeded',
  E: 'E: above the calibration range',
};

/** Lab qualifiers that qualify the value (§11.5); U is a non-detect and needs nothing more. */
export function checkLabQualifiers(c: LabResultCandidate): QualityCheck {
  const base = { check: 'lab_qualifier' as const, field: 'lab_qualifiers', source: 'domain-spec §11.5' };
  const notes = c.labQualifiers
    .filter((q) => q !== 'U')
    .map((q) => QUALIFIER_NOTES[q] ?? `${q}: qualifier not recognised, ask the lab`);
  if (notes.length === 0)
    return { ...base, status: 'pass', message: c.value.nonDetect ? 'non-detect' : 'no qualifiers' };
  return { ...base, status: 'warn', message: notes.join('; ') };
}
