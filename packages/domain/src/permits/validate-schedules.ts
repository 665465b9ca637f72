import type { ComplianceSchedule, PermitContent, PermitIssue } from '../contracts/permits';
import { addMonths, compareIsoDates } from '../schedules/dates';
import { issue } from './validation-types';

/** 403.12(c)(1): no increment of a compliance schedule may exceed nine months. */
export const MAX_SCHEDULE_INCREMENT_MONTHS = 9;

function afterFinal(schedule: ComplianceSchedule, at: string): PermitIssue[] {
  const final = schedule.milestones.find((m) => m.kind === 'final_compliance');
  if (!final) return [];
  return schedule.milestones.flatMap((m, i) =>
    compareIsoDates(m.dueDate, final.dueDate) > 0
      ? [
          issue(
            `${at}.milestones[${i}].dueDate`,
            `must not be after the final compliance date ${final.dueDate}`,
            '403.12(c)(1)',
          ),
        ]
      : [],
  );
}

function longIncrements(schedule: ComplianceSchedule, at: string): PermitIssue[] {
  const order = schedule.milestones
    .map((m, i) => ({ m, i }))
    .sort((a, b) => compareIsoDates(a.m.dueDate, b.m.dueDate));
  const issues: PermitIssue[] = [];
  for (const [k, next] of order.entries()) {
    const prev = order[k - 1];
    if (!prev) continue;
    const latest = addMonths(prev.m.dueDate, MAX_SCHEDULE_INCREMENT_MONTHS);
    if (compareIsoDates(next.m.dueDate, latest) > 0)
      issues.push(
        issue(
          `${at}.milestones[${next.i}].dueDate`,
          `is more than ${MAX_SCHEDULE_INCREMENT_MONTHS} months after the previous milestone (${prev.m.dueDate})`,
          '403.12(c)(1)',
        ),
      );
  }
  return issues;
}

function scheduleProblems(schedule: ComplianceSchedule, at: string): PermitIssue[] {
  const finals = schedule.milestones.filter((m) => m.kind === 'final_compliance').length;
  // 403.8(f)(1)(iii)(B)(5): the permit states any applicable compliance schedule, ending in final compliance
  const missing =
    finals === 1
      ? []
      : [
          issue(
            `${at}.milestones`,
            'must have exactly one final compliance milestone',
            '403.8(f)(1)(iii)(B)(5)',
          ),
        ];
  return [...missing, ...afterFinal(schedule, at), ...longIncrements(schedule, at)];
}

/** Compliance schedules, monitoring waivers and signatories. */
export function validateSchedulesAndConditions(content: PermitContent): PermitIssue[] {
  const issues = content.complianceSchedules.flatMap((s, i) =>
    scheduleProblems(s, `complianceSchedules[${i}]`),
  );
  for (const [i, c] of content.specialConditions.entries()) {
    // 403.12(e)(2)(iv): a granted waiver is written into the control mechanism, naming the pollutant
    if (c.kind === 'monitoring_waiver' && c.parameterCode === null)
      issues.push(
        issue(`specialConditions[${i}].parameterCode`, 'must name the waived pollutant', '403.12(e)(2)(iv)'),
      );
  }
  if (content.signatory.allowedSignatories.length === 0)
    issues.push(issue('signatory.allowedSignatories', 'must allow at least one signatory', '403.12(l)'));
  return issues;
}
