import type { PermitContent, PermitIssue, PermitLimit } from '../contracts/permits';
import { UNIT_CODE_TO_UNIT } from '../reference/data/unit-codes';
import { resolveUnit, UNITS } from '../units/unit-catalog';
import { issue, type PermitValidationSubject } from './validation-types';

const GENERAL = '403.8(f)(1)(iii)(A)';

export function isMassPerDayLimit(limit: Pick<PermitLimit, 'unitCode' | 'unitText'>): boolean {
  const unit =
    (limit.unitCode !== null ? UNIT_CODE_TO_UNIT[limit.unitCode] : undefined) ?? resolveUnit(limit.unitText);
  return unit !== null && UNITS[unit].dimension === 'massLoading';
}

function refusal(limit: PermitLimit): string | null {
  switch (limit.basis) {
    case 'production_based':
      return 'a general permit may not carry production-based categorical limits';
    case 'cwf':
      return 'a general permit may not carry limits derived with the combined wastestream formula';
    case 'equivalent':
      return 'a general permit may not carry equivalent limits derived from production or flow';
    case 'categorical':
      return isMassPerDayLimit(limit)
        ? 'a general permit may not carry categorical limits expressed as mass per day'
        : null;
    case 'local':
    case 'bpj':
    case 'other':
      return null;
  }
}

/** 403.8(f)(1)(iii)(A): no general control mechanism for production-based, mass or CWF limits. */
export function validateGeneralPermit(
  content: PermitContent,
  subject: PermitValidationSubject,
): PermitIssue[] {
  if (subject.kind !== 'general') return [];
  return content.limitSets.flatMap((set, s) =>
    set.limits.flatMap((limit, l) => {
      const message = refusal(limit);
      return message ? [issue(`limitSets[${s}].limits[${l}].basis`, message, GENERAL)] : [];
    }),
  );
}
