import { canonicalJson } from '../audit/canonical-json';
import { sha256Hex } from '../audit/hash-chain';
import type { LabResultCandidate } from '../contracts/monitoring';

type Content = Omit<
  LabResultCandidate,
  'row' | 'column' | 'fingerprint' | 'resultKey' | 'matchedBy' | 'parameterText'
>;

/**
 * SHA-256 over the canonical JSON of what the lab reported, resolved (parameter code, unit,
 * dates) but not where it sat in the file: the same result from the same file, or re-exported in
 * another row order, has the same fingerprint, so a re-import adds nothing.
 */
export function resultFingerprint(c: Content): string {
  return sha256Hex(
    canonicalJson({
      sampleId: c.sampleId,
      labSampleId: c.labSampleId,
      location: c.location,
      sampleTypeCode: c.sampleTypeCode,
      collectedStart: c.collectedStart,
      collectedEnd: c.collectedEnd,
      parameterCode: c.parameterCode,
      fraction: c.fraction,
      value: c.value,
      unit: c.unit,
      labQualifiers: [...c.labQualifiers].sort(),
      method: c.method,
      analysedAt: c.analysedAt,
      dilutionFactor: c.dilutionFactor,
    }),
  );
}

/** One sample's one parameter by one method: two rows with one key and two values conflict. */
export function resultKeyOf(c: Content): string {
  return [
    c.location,
    c.collectedStart,
    c.sampleId ?? '',
    c.sampleTypeCode ?? '',
    c.parameterCode,
    c.fraction ?? '',
    c.method ?? '',
  ].join('|');
}
