import type { LabResultCandidate, QualityCheck, QualityReport, QualityStatus } from '../contracts/monitoring';
import type { UnitId } from '../units/unit-catalog';
import { checkHoldingTime } from './check-holding-time';
import { checkMethod } from './check-method';
import {
  checkDuplicate,
  checkLabQualifiers,
  checkQcSample,
  checkUnits,
  type ExistingResultRef,
} from './check-other';

export interface QualityContext {
  /** Units of the limits in effect for the parameter and location. */
  readonly limitUnits?: readonly UnitId[];
  /** Stored results that a new one may repeat. */
  readonly existing?: readonly ExistingResultRef[];
}

const RANK: Record<QualityStatus, number> = { pass: 0, warn: 1, fail: 2 };

/**
 * Every quality check of one result. 403.12(g)(6): a check informs the reviewer; it never drops
 * the result, and only a QC sample is excluded from compliance.
 */
export function checkResultQuality(c: LabResultCandidate, context: QualityContext = {}): QualityReport {
  const checks: QualityCheck[] = [
    checkMethod(c),
    checkHoldingTime(c),
    checkUnits(c, context.limitUnits ?? []),
    checkDuplicate(c, context.existing ?? []),
    checkQcSample(c),
    checkLabQualifiers(c),
  ];
  const status = checks.reduce<QualityStatus>(
    (worst, ch) => (RANK[ch.status] > RANK[worst] ? ch.status : worst),
    'pass',
  );
  return { status, checks, countsForCompliance: c.countsForCompliance };
}
