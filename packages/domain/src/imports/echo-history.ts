import type { ImportedDmrReport, ImportedDmrValue, ValueSlot } from '../contracts/permits';
import { limitSetKey } from './echo-limits';
import type { EchoPermitRow } from './echo-rows';
import { importIds, valueIds } from './ids';

export function echoLimitKey(r: EchoPermitRow): string {
  return [r.feature, r.limitSetId, r.parameterCode, r.location, r.baseCode, r.slot].join('|');
}

/** One row per DMR value: ECHO repeats a value once per violation (D90 and E90); codes are merged. */
function uniqueValues(rows: readonly EchoPermitRow[]): { row: EchoPermitRow; violations: string[] }[] {
  const byKey = new Map<string, { row: EchoPermitRow; violations: string[] }>();
  for (const r of rows) {
    const held = byKey.get(r.dmrValueKey) ?? { row: r, violations: [] };
    if (r.violationCode !== null && !held.violations.includes(r.violationCode))
      held.violations.push(r.violationCode);
    byKey.set(r.dmrValueKey, held);
  }
  return [...byKey.values()];
}

function importedValue(
  r: EchoPermitRow,
  id: string,
  violations: string[],
  limitId: string | null,
): ImportedDmrValue {
  return {
    id,
    limitId,
    parameterCode: r.parameterCode,
    monitoringLocationCode: r.location,
    valueSlot: r.slot as ValueSlot,
    statisticalBaseCode: r.baseCode,
    qualifier: r.reportedValue === null ? null : (r.reportedQualifier ?? '='),
    value: r.reportedValue,
    nodiCode: r.nodiCode,
    unitCode: r.reportedUnitCode,
    unitText: r.reportedUnitText,
    violationCode: violations.length === 0 ? null : [...violations].sort().join(','),
  };
}

/**
 * The DMR history: one report per outfall, limit set and monitoring period, each value linked to
 * the imported limit when it was reported against the limit now in effect.
 */
export function echoReports(
  rows: readonly EchoPermitRow[],
  latest: readonly EchoPermitRow[],
  latestIds: ReadonlyMap<string, string>,
  limitSetIds: ReadonlySet<string>,
): ImportedDmrReport[] {
  const inEffect = new Map(latest.map((r) => [echoLimitKey(r), r]));
  const values = uniqueValues(rows);
  const ids = valueIds(
    values.map(({ row: r }) => ({
      outfall: r.feature,
      parameter: r.parameterCode,
      location: r.location,
      slot: r.slot,
      periodEnd: r.periodEnd,
      base: r.baseCode,
      set: r.limitSetId,
    })),
  );
  const reports = new Map<string, ImportedDmrReport>();
  values.forEach(({ row: r, violations }, i) => {
    const id = importIds.report(r.feature, r.limitSetId, r.periodEnd);
    const report = reports.get(id) ?? {
      id,
      outfallId: importIds.outfall(r.feature),
      limitSetId: limitSetIds.has(limitSetKey(r)) ? limitSetKey(r) : null,
      periodStart: null,
      periodEnd: r.periodEnd,
      dueDate: r.dueDate,
      submittedAt: null,
      nodiCode: null,
      comment: null,
      excursions: {},
      values: [],
    };
    const current = inEffect.get(echoLimitKey(r));
    const isCurrent = current !== undefined && current.limitBegin === r.limitBegin;
    report.values.push(
      importedValue(r, ids[i] ?? '', violations, isCurrent ? (latestIds.get(echoLimitKey(r)) ?? null) : null),
    );
    reports.set(id, report);
  });
  return [...reports.values()].sort((a, b) =>
    a.periodEnd === b.periodEnd ? a.id.localeCompare(b.id) : a.periodEnd.localeCompare(b.periodEnd),
  );
}
