import { dec } from '../numbers/decimal';
import type { EchoFinding, EchoReconciliation } from './reconcile-echo-file';

/** The `echo reconcile --json` object, exactly as specified in issue 3, item 9. */
export interface EchoReconcileJson {
  dmrValues: number;
  exceedances: EchoExceedanceJson[];
  epa: { e90: number } | null;
  agreement: { matched: number; onlyOurs: number; onlyEpa: number; pctMismatches: number } | null;
}

export interface EchoExceedanceJson {
  dmrValueId: string;
  permit: string;
  feature: string;
  parameterCode: string;
  monitoringLocation: string;
  periodEnd: string;
  statisticalBaseCode: string;
  valueTypeCode: string;
  value: number;
  limit: number;
  exceedancePct: number | null;
}

export function toEchoReconcileJson(r: EchoReconciliation): EchoReconcileJson {
  const a = r.agreement;
  return {
    dmrValues: r.dmrValues,
    exceedances: r.exceedances.map(toExceedanceJson),
    epa: r.epa ? { e90: r.epa.e90 } : null,
    agreement: a
      ? {
          matched: a.matched,
          onlyOurs: a.onlyOurs.length,
          onlyEpa: a.onlyEpa.length,
          pctMismatches: a.pctMismatches.length,
        }
      : null,
  };
}

function toExceedanceJson({ value: v, reported, limit, exceedancePct }: EchoFinding): EchoExceedanceJson {
  return {
    dmrValueId: v.dmrValueId,
    permit: v.permit,
    feature: v.feature,
    parameterCode: v.parameterCode,
    monitoringLocation: v.monitoringLocation,
    periodEnd: v.periodEnd,
    statisticalBaseCode: v.statisticalBaseCode,
    valueTypeCode: v.valueTypeCode,
    // Standard units, as compared; `.474` becomes 0.474.
    value: dec(reported.value).toNumber(),
    limit: dec(limit.value).toNumber(),
    exceedancePct,
  };
}
