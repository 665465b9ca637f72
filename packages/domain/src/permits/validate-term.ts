import type { PermitIssue } from '../contracts/permits';
import { addYears, compareIsoDates } from '../schedules/dates';
import { MAX_PERMIT_TERM_YEARS } from '../schedules/permit-dates';
import { issue, type PermitValidationSubject } from './validation-types';

const DURATION = '403.8(f)(1)(iii)(B)(1)';

/** 403.8(f)(1)(iii)(B)(1): a stated duration of no more than five years. */
export function validateTerm(subject: PermitValidationSubject): PermitIssue[] {
  const { effectiveDate, expirationDate } = subject;
  const issues: PermitIssue[] = [];
  if (effectiveDate === null) issues.push(issue('effectiveDate', 'is required to issue a permit', DURATION));
  if (expirationDate === null)
    issues.push(issue('expirationDate', 'is required to issue a permit', DURATION));
  if (effectiveDate === null || expirationDate === null) return issues;
  if (compareIsoDates(expirationDate, effectiveDate) <= 0) {
    issues.push(issue('expirationDate', `must be after effectiveDate ${effectiveDate}`, DURATION));
    return issues;
  }
  const latest = addYears(effectiveDate, MAX_PERMIT_TERM_YEARS);
  if (compareIsoDates(expirationDate, latest) > 0)
    issues.push(
      issue(
        'expirationDate',
        `the term must not exceed ${MAX_PERMIT_TERM_YEARS} years (latest ${latest})`,
        DURATION,
      ),
    );
  return issues;
}
