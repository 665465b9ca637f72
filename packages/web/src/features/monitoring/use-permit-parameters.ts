import type { PermitContent, PermitLimit, PermitSummaryView } from '@outfall/domain/contracts/index';
import { usePermit, usePermits } from '../permits/use-permits';

/** A place results are reported for: an outfall, or an outfall's other monitoring location. */
export interface MonitoringPointOption {
  key: string;
  label: string;
}

/** One parameter the permit limits or requires monitoring for, at one monitoring point. */
export interface PermitParameter {
  parameterCode: string;
  parameterName: string;
  unit: string;
  /** "Daily maximum 3.38 mg/L; Monthly average 2.07 mg/L". */
  limitsText: string;
  sampleType: string | null;
}

const IN_FORCE: readonly PermitSummaryView['status'][] = ['effective', 'issued'];

/** Same rule as the engine: the outfall's own location is the outfall code alone. */
function pointKey(outfall: PermitContent['outfalls'][number], location: string | null): string {
  return location === null || location === outfall.monitoringLocationCode
    ? outfall.code
    : `${outfall.code}/${location}`;
}

function limitText(limit: PermitLimit): string {
  const base = limit.statisticalBaseName ?? limit.statisticalBaseCode;
  return limit.value === null ? `${base}: monitor only` : `${base} ${limit.value} ${limit.unitText}`;
}

/** Monitoring points and the parameters of each, read from a permit's content. */
export function parametersOf(content: PermitContent) {
  const points: MonitoringPointOption[] = [];
  const byPoint = new Map<string, Map<string, PermitParameter>>();
  const add = (key: string, label: string) => {
    if (!byPoint.has(key)) {
      byPoint.set(key, new Map());
      points.push({ key, label });
    }
    return byPoint.get(key)!;
  };
  for (const outfall of content.outfalls) {
    add(outfall.code, `${outfall.code} · ${outfall.name}`);
    for (const set of content.limitSets.filter((s) => s.outfallId === outfall.id)) {
      for (const limit of set.limits) {
        const key = pointKey(outfall, limit.monitoringLocationCode);
        const params = add(key, key === outfall.code ? `${outfall.code} · ${outfall.name}` : key);
        const known = params.get(limit.parameterCode);
        if (known) known.limitsText = `${known.limitsText}; ${limitText(limit)}`;
        else
          params.set(limit.parameterCode, {
            parameterCode: limit.parameterCode,
            parameterName: limit.parameterName,
            unit: limit.unitText,
            limitsText: limitText(limit),
            sampleType: limit.sampleType,
          });
      }
    }
    for (const req of content.monitoringRequirements.filter((r) => r.outfallId === outfall.id)) {
      if (!req.parameterCode) continue;
      const params = add(pointKey(outfall, req.monitoringLocationCode), outfall.code);
      if (!params.has(req.parameterCode))
        params.set(req.parameterCode, {
          parameterCode: req.parameterCode,
          parameterName: req.parameterName ?? req.parameterCode,
          unit: 'mg/L',
          limitsText: 'Monitor only',
          sampleType: req.sampleType,
        });
    }
  }
  return { points, parameters: (key: string) => [...(byPoint.get(key)?.values() ?? [])] };
}

/** The facility's permit in force (issued or effective) with its monitoring points and parameters. */
export function usePermitParameters(facilityId: string | null) {
  const list = usePermits(facilityId ? { facilityId } : {});
  const summary = facilityId
    ? (list.data ?? []).find((p) => p.facilityId === facilityId && IN_FORCE.includes(p.status))
    : undefined;
  const permit = usePermit(summary?.id);
  const content = permit.data?.version.content;
  return {
    isPending: list.isPending || (summary !== undefined && permit.isPending),
    error: list.error ?? permit.error,
    permit: summary ?? null,
    ...(content ? parametersOf(content) : { points: [], parameters: () => [] }),
  };
}
