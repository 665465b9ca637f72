import type { PermitContent, PermitIssue } from '../contracts/permits';
import { validateMinimumConditions } from './validate-conditions';
import { validateGeneralPermit } from './validate-general-permit';
import { validateMonitoring } from './validate-monitoring';
import { validateSchedulesAndConditions } from './validate-schedules';
import { validateStructure } from './validate-structure';
import { validateTerm } from './validate-term';
import type { PermitValidationSubject } from './validation-types';

export interface PermitValidation {
  isValid: boolean;
  issues: PermitIssue[];
}

/**
 * Whether a permit may be issued, per 403.8(f)(1)(iii): term ≤ 5 years, the minimum conditions,
 * complete monitoring requirements, general-permit exclusions; every refusal names its field.
 */
export function validatePermit(content: PermitContent, subject: PermitValidationSubject): PermitValidation {
  const issues = [
    ...validateTerm(subject),
    ...validateStructure(content),
    ...validateMinimumConditions(content),
    ...validateMonitoring(content),
    ...validateGeneralPermit(content, subject),
    ...validateSchedulesAndConditions(content),
  ];
  return { isValid: issues.length === 0, issues };
}
