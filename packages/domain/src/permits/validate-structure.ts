import type { PermitContent, PermitIssue, PermitLimit, PermitLimitSet } from '../contracts/permits';
import { compareIsoDates } from '../schedules/dates';
import { issue } from './validation-types';

function* contentIds(content: PermitContent): Generator<[string, string]> {
  for (const [i, o] of content.outfalls.entries()) yield [`outfalls[${i}].id`, o.id];
  for (const [s, set] of content.limitSets.entries()) {
    yield [`limitSets[${s}].id`, set.id];
    for (const [l, limit] of set.limits.entries()) yield [`limitSets[${s}].limits[${l}].id`, limit.id];
  }
  for (const [i, r] of content.monitoringRequirements.entries())
    yield [`monitoringRequirements[${i}].id`, r.id];
  for (const [i, r] of content.reportingRequirements.entries())
    yield [`reportingRequirements[${i}].id`, r.id];
  for (const [i, c] of content.complianceSchedules.entries()) {
    yield [`complianceSchedules[${i}].id`, c.id];
    for (const [m, ms] of c.milestones.entries())
      yield [`complianceSchedules[${i}].milestones[${m}].id`, ms.id];
  }
  for (const [i, c] of content.specialConditions.entries()) yield [`specialConditions[${i}].id`, c.id];
}

function duplicateIds(content: PermitContent): PermitIssue[] {
  const seen = new Map<string, string>();
  const issues: PermitIssue[] = [];
  for (const [path, id] of contentIds(content)) {
    const first = seen.get(id);
    if (first) issues.push(issue(path, `'${id}' is already used by ${first}`, null));
    else seen.set(id, path);
  }
  const codes = new Map<string, number>();
  for (const [i, o] of content.outfalls.entries()) {
    const first = codes.get(o.code);
    if (first !== undefined)
      issues.push(issue(`outfalls[${i}].code`, `'${o.code}' is already used by outfalls[${first}]`, null));
    else codes.set(o.code, i);
  }
  return issues;
}

/** 403.6(c)(7), 403.6(e): a derived limit records how it was derived; a categorical one cites its standard. */
function limitProblems(limit: PermitLimit, at: string): PermitIssue[] {
  switch (limit.basis) {
    case 'categorical':
      return limit.categoricalCitation === null
        ? [
            issue(
              `${at}.categoricalCitation`,
              'must cite the categorical standard (e.g. 40 CFR 433.15)',
              '403.8(f)(1)(iii)(B)(3)',
            ),
          ]
        : [];
    case 'cwf':
      return limit.derivation === null
        ? [issue(`${at}.derivation`, 'must record the CWF calculation', '403.6(e)')]
        : [];
    case 'production_based':
    case 'equivalent':
      return limit.derivation === null
        ? [issue(`${at}.derivation`, 'must record how the limit was derived', '403.6(c)(7)')]
        : [];
    case 'local':
    case 'bpj':
    case 'other':
      return [];
  }
}

function limitKey(limit: PermitLimit): string {
  return [
    limit.parameterCode,
    limit.monitoringLocationCode ?? '',
    limit.statisticalBaseCode,
    limit.valueSlot ?? '',
    limit.direction,
  ].join('|');
}

function limitSetProblems(set: PermitLimitSet, s: number, outfallIds: Set<string>): PermitIssue[] {
  const at = `limitSets[${s}]`;
  const issues: PermitIssue[] = [];
  if (!outfallIds.has(set.outfallId))
    issues.push(issue(`${at}.outfallId`, `'${set.outfallId}' is not an outfall of this permit`, null));
  if (
    set.effectiveFrom !== null &&
    set.effectiveTo !== null &&
    compareIsoDates(set.effectiveTo, set.effectiveFrom) < 0
  )
    issues.push(issue(`${at}.effectiveTo`, `must not be before effectiveFrom ${set.effectiveFrom}`, null));
  const keys = new Map<string, number>();
  for (const [l, limit] of set.limits.entries()) {
    issues.push(...limitProblems(limit, `${at}.limits[${l}]`));
    const first = keys.get(limitKey(limit));
    if (first !== undefined)
      issues.push(
        issue(
          `${at}.limits[${l}]`,
          `repeats limits[${first}] (same parameter, location, statistical base and direction)`,
          null,
        ),
      );
    else keys.set(limitKey(limit), l);
  }
  return issues;
}

/** Ids unique, references resolve, limit sets coherent. */
export function validateStructure(content: PermitContent): PermitIssue[] {
  const outfallIds = new Set(content.outfalls.map((o) => o.id));
  const issues = duplicateIds(content);
  for (const [s, set] of content.limitSets.entries()) issues.push(...limitSetProblems(set, s, outfallIds));
  for (const [i, r] of content.reportingRequirements.entries()) {
    if (r.outfallId !== null && !outfallIds.has(r.outfallId))
      issues.push(
        issue(
          `reportingRequirements[${i}].outfallId`,
          `'${r.outfallId}' is not an outfall of this permit`,
          null,
        ),
      );
  }
  return issues;
}
