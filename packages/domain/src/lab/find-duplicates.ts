import type { LabResultCandidate, LabRowProblem } from '../contracts/monitoring';

const what = (c: LabResultCandidate) => `${c.parameterText} of sample ${c.sampleId ?? c.collectedStart}`;

/**
 * Rows that repeat an earlier row (same fingerprint) or give another value for the same sample,
 * parameter and method (same result key): either way the file must be fixed, because which row
 * is the reported result is not ours to choose (403.12(g)(6): every reported result counts).
 */
export function findDuplicateRows(candidates: readonly LabResultCandidate[]): LabRowProblem[] {
  const byFingerprint = new Map<string, LabResultCandidate>();
  const byKey = new Map<string, LabResultCandidate>();
  const problems: LabRowProblem[] = [];
  for (const c of candidates) {
    const same = byFingerprint.get(c.fingerprint);
    const sameKey = byKey.get(c.resultKey);
    if (same) {
      problems.push({
        row: c.row,
        column: c.column,
        code: 'duplicate_row',
        message: `duplicate of row ${same.row} (${what(c)})`,
      });
    } else if (sameKey) {
      problems.push({
        row: c.row,
        column: c.column,
        code: 'conflicting_row',
        message: `row ${sameKey.row} reports ${what(c)} by the same method as ${sameKey.value.text || '<DL'}; this row says ${c.value.text || '<DL'}`,
      });
    }
    if (!same) byFingerprint.set(c.fingerprint, c);
    if (!sameKey) byKey.set(c.resultKey, c);
  }
  return problems;
}
