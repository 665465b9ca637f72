import type { MonitoringRequirement, PermitContent, PermitIssue } from '../contracts/permits';
import { parseFrequencyCode } from '../schedules/frequency';
import { issue } from './validation-types';

const MONITORING = '403.8(f)(1)(iii)(B)(4)';

function isBlank(value: string | null): boolean {
  return value === null || value.trim() === '';
}

function frequencyProblem(code: string): string | null {
  try {
    parseFrequencyCode(code);
    return null;
  } catch {
    return `'${code}' is not a frequency code (e.g. 01/30, 01/90, CONTIN)`;
  }
}

function checkRequirement(req: MonitoringRequirement, at: string, outfallIds: Set<string>): PermitIssue[] {
  const issues: PermitIssue[] = [];
  if (isBlank(req.parameterCode))
    issues.push(issue(`${at}.parameterCode`, 'must name the pollutant to monitor', MONITORING));
  if (req.outfallId === null && req.monitoringLocationCode === null)
    issues.push(issue(`${at}.outfallId`, 'must name the sampling location', MONITORING));
  else if (req.outfallId !== null && !outfallIds.has(req.outfallId))
    issues.push(issue(`${at}.outfallId`, `'${req.outfallId}' is not an outfall of this permit`, MONITORING));
  if (req.frequencyCode === null || isBlank(req.frequencyCode))
    issues.push(issue(`${at}.frequencyCode`, 'must state the sampling frequency', MONITORING));
  else {
    const problem = frequencyProblem(req.frequencyCode);
    if (problem) issues.push(issue(`${at}.frequencyCode`, problem, MONITORING));
  }
  if (isBlank(req.sampleType))
    issues.push(issue(`${at}.sampleType`, 'must state the sample type', MONITORING));
  return issues;
}

/** 403.8(f)(1)(iii)(B)(4): every monitoring requirement names pollutant, location, frequency and sample type. */
export function validateMonitoring(content: PermitContent): PermitIssue[] {
  const outfallIds = new Set(content.outfalls.map((o) => o.id));
  return content.monitoringRequirements.flatMap((req, i) =>
    checkRequirement(req, `monitoringRequirements[${i}]`, outfallIds),
  );
}
