import type { LabResultCandidate, QualityCheck } from '../contracts/monitoring';
import { findParameter } from '../reference/parameters';
import { APPROVED_METHODS, APPROVED_METHODS_SOURCE, isApprovedMethod } from './approved-methods';
import { parameterFamilyOf } from './parameter-family';

function result(status: QualityCheck['status'], message: string): QualityCheck {
  return { check: 'method', status, field: 'method', message, source: APPROVED_METHODS_SOURCE };
}

/**
 * 403.12(g)(5): analyses by 40 CFR Part 136 methods. The shipped list is an excerpt, so an unlisted
 * method warns ("confirm it, or its EPA-approved alternative") rather than fails.
 */
export function checkMethod(c: LabResultCandidate): QualityCheck {
  const name = findParameter(c.parameterCode)?.description ?? c.parameterCode;
  if (c.method === null) {
    return result('warn', `no analytical method reported for ${name} (403.12(o) requires the method)`);
  }
  const family = parameterFamilyOf(c.parameterCode);
  if (family === null || !APPROVED_METHODS[family]) {
    return result('warn', `no Part 136 method list is shipped for ${name}: confirm '${c.method}' by hand`);
  }
  if (isApprovedMethod(family, c.method))
    return result('pass', `'${c.method}' is a Part 136 method for ${name}`);
  return result(
    'warn',
    `'${c.method}' is not in the shipped Part 136 list for ${name} (${APPROVED_METHODS[family]!.join(', ')}): confirm the method or its approved alternative`,
  );
}
