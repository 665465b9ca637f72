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
  return reportOf(checks, c.countsForCompliance);
}

function reportOf(checks: QualityCheck[], countsForCompliance: boolean): QualityReport {
  const status = checks.reduce<QualityStatus>(
    (worst, ch) => (RANK[ch.status] > RANK[worst] ? ch.status : worst),
    'pass',
  );
  return { status, checks, countsForCompliance };
}

/**
 * checkResultQuality for many results at once (a lab file): the checks that depend only on a few
 * fields (method, unit, QC sample, lab qualifiers) are made once per distinct value of those
 * fields, one check object shared by the reports. Each report equals checkResultQuality's.
 */
export function batchQualityChecker(): (c: LabResultCandidate, context?: QualityContext) => QualityReport {
  const methods = new Map<string, QualityCheck>();
  const units = new Map<string, QualityCheck>();
  const qcSamples = new Map<string, QualityCheck>();
  const qualifiers = new Map<string, QualityCheck>();
  const once = (map: Map<string, QualityCheck>, key: string, make: () => QualityCheck) => {
    let check = map.get(key);
    if (!check) {
      check = make();
      map.set(key, check);
    }
    return check;
  };
  return (c, context = {}) => {
    const limitUnits = context.limitUnits ?? [];
    const checks: QualityCheck[] = [
      once(methods, `${c.parameterCode}\u0000${c.method}`, () => checkMethod(c)),
      checkHoldingTime(c),
      once(units, `${c.unit}\u0000${c.unitText}\u0000${limitUnits.join('\u0000')}`, () =>
        checkUnits(c, limitUnits),
      ),
      checkDuplicate(c, context.existing ?? []),
      once(qcSamples, `${c.qc}\u0000${c.sampleTypeCode}`, () => checkQcSample(c)),
      once(qualifiers, `${c.value.nonDetect}${JSON.stringify(c.labQualifiers)}`, () => checkLabQualifiers(c)),
    ];
    return reportOf(checks, c.countsForCompliance);
  };
}
