import type { PermitIdentity, PermitIssue } from '../contracts/permits';

/** The identity fields validation reads. */
export type PermitValidationSubject = Pick<PermitIdentity, 'kind' | 'effectiveDate' | 'expirationDate'>;

export function issue(path: string, message: string, rule: string | null): PermitIssue {
  return { path, message, rule };
}
