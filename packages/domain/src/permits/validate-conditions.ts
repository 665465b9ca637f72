import type { PermitContent, PermitIssue, StandardConditions } from '../contracts/permits';
import { issue } from './validation-types';

/** 403.8(f)(1)(iii)(B): statements every control mechanism must carry, with their citation. */
const REQUIRED_STATEMENTS: ReadonlyArray<[keyof StandardConditions, string, string]> = [
  ['duration', 'a statement of duration', '403.8(f)(1)(iii)(B)(1)'],
  ['nonTransferability', 'a statement of non-transferability', '403.8(f)(1)(iii)(B)(2)'],
  ['notification', 'the notification requirements', '403.8(f)(1)(iii)(B)(4)'],
  ['recordKeeping', 'the record-keeping requirements', '403.8(f)(1)(iii)(B)(4)'],
  ['penalties', 'a statement of applicable civil and criminal penalties', '403.8(f)(1)(iii)(B)(5)'],
];

function hasText(value: string | null): boolean {
  return value !== null && value.trim() !== '';
}

function limitCount(content: PermitContent): number {
  return content.limitSets.reduce((n, set) => n + set.limits.length, 0);
}

/** The minimum conditions of 403.8(f)(1)(iii)(B) that can be checked structurally. */
export function validateMinimumConditions(content: PermitContent): PermitIssue[] {
  const issues: PermitIssue[] = [];
  for (const [key, what, rule] of REQUIRED_STATEMENTS) {
    if (!hasText(content.conditions[key]))
      issues.push(issue(`conditions.${key}`, `must state ${what}`, rule));
  }
  // (B)(3): effluent limits, including BMPs
  const hasBmp = content.specialConditions.some((c) => c.kind === 'bmp');
  if (limitCount(content) === 0 && !hasBmp)
    issues.push(
      issue('limitSets', 'must contain at least one effluent limit or BMP', '403.8(f)(1)(iii)(B)(3)'),
    );
  // (B)(4): self-monitoring, sampling and reporting requirements
  if (content.monitoringRequirements.length === 0)
    issues.push(
      issue(
        'monitoringRequirements',
        'must contain at least one monitoring requirement',
        '403.8(f)(1)(iii)(B)(4)',
      ),
    );
  if (content.reportingRequirements.length === 0)
    issues.push(
      issue(
        'reportingRequirements',
        'must contain at least one reporting requirement',
        '403.8(f)(1)(iii)(B)(4)',
      ),
    );
  return issues;
}
