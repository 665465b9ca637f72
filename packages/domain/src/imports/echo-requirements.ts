import type { MonitoringRequirement, PermitOutfall, ReportingRequirement } from '../contracts/permits';
import { parseIsoDate } from '../schedules/dates';
import { dueRuleOf } from './dmr-cadence';
import type { EchoPermitRow } from './echo-rows';
import { importIds } from './ids';

/** The monitoring location most rows of each outfall use (first seen on a tie). */
export function outfallLocations(rows: readonly EchoPermitRow[]): Map<string, string> {
  const tally = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const byLoc = tally.get(r.feature) ?? new Map<string, number>();
    byLoc.set(r.location, (byLoc.get(r.location) ?? 0) + 1);
    tally.set(r.feature, byLoc);
  }
  const result = new Map<string, string>();
  for (const [feature, byLoc] of tally) {
    const best = [...byLoc].reduce((a, b) => (b[1] > a[1] ? b : a));
    result.set(feature, best[0]);
  }
  return result;
}

export function echoOutfalls(
  rows: readonly EchoPermitRow[],
  locations: ReadonlyMap<string, string>,
): PermitOutfall[] {
  const seen = new Map<string, PermitOutfall>();
  for (const r of rows) {
    if (seen.has(r.feature)) continue;
    seen.set(r.feature, {
      id: importIds.outfall(r.feature),
      code: r.feature,
      name: `${r.featureTypeName ?? 'Outfall'} ${r.feature}`,
      monitoringLocationCode: locations.get(r.feature) ?? r.location,
      featureTypeCode: r.featureTypeCode,
      description: null,
    });
  }
  return [...seen.values()];
}

/** One per parameter and location; ECHO has no frequency or sample type, so those stay to be filled. */
export function echoMonitoring(
  latest: readonly EchoPermitRow[],
  locations: ReadonlyMap<string, string>,
): MonitoringRequirement[] {
  const seen = new Map<string, MonitoringRequirement>();
  for (const r of latest) {
    const id = importIds.monitoring(
      r.feature,
      r.parameterCode,
      r.location,
      locations.get(r.feature) ?? r.location,
    );
    if (seen.has(id)) continue;
    seen.set(id, {
      id,
      parameterCode: r.parameterCode,
      parameterName: r.parameterName,
      outfallId: importIds.outfall(r.feature),
      monitoringLocationCode: r.location,
      frequencyCode: null,
      sampleType: null,
      sampledBy: 'permittee',
      notes: null,
    });
  }
  return [...seen.values()];
}

const CADENCE = { 1: 'monthly', 3: 'quarterly', 6: 'semiannual', 12: 'annual' } as const;

function reportingOf(r: EchoPermitRow): ReportingRequirement | null {
  const months = r.submissionMonths;
  const cadence = months === 1 || months === 3 || months === 6 || months === 12 ? CADENCE[months] : null;
  const dueRule = r.dueDate ? dueRuleOf(r.periodEnd, r.dueDate) : null;
  if (cadence === null || months === null || dueRule === null) return null;
  return {
    id: importIds.reporting(r.feature, r.limitSetId),
    kind: 'dmr',
    name: `DMR ${r.feature} (limit set ${r.limitSetId}, ${cadence})`,
    cadence,
    // §11.3: NMBR_OF_SUBMISSION months per DMR; the period ending in month m starts in month m − n + 1
    firstMonth: (parseIsoDate(r.periodEnd).month % months) + 1,
    dueRule,
    outfallId: importIds.outfall(r.feature),
    notes: null,
  };
}

/** One DMR requirement per ECHO limit set, from NMBR_OF_SUBMISSION and the DMR due dates. */
export function echoReporting(rows: readonly EchoPermitRow[], warnings: string[]): ReportingRequirement[] {
  const byId = new Map<string, ReportingRequirement>();
  const missed = new Set<string>();
  for (const r of rows) {
    const id = importIds.reporting(r.feature, r.limitSetId);
    if (byId.has(id)) continue;
    const requirement = reportingOf(r);
    if (requirement) {
      byId.set(id, requirement);
      missed.delete(id);
    } else missed.add(id);
  }
  for (const id of missed)
    warnings.push(`${id}: DMR cadence or due date could not be derived; no reporting requirement imported`);
  return [...byId.values()];
}
