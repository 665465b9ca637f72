import { exceedancePercent } from '../limits/compare';
import type { EchoDmrValue, LimitQualifier, QualifiedNumber, ValueQualifier } from './echo-types';
import { judgeEchoValue } from './judge-echo-value';
import { parseEchoDmrFile } from './parse-echo-dmr-file';
import { type EchoAgreement, epaE90Ids, reconcileWithEpa } from './reconcile-with-epa';

/** A DMR value outside its limit (or, if indeterminate, possibly outside), with ECHO's percent. */
export interface EchoFinding {
  readonly value: EchoDmrValue;
  readonly reported: QualifiedNumber<ValueQualifier>;
  readonly limit: QualifiedNumber<LimitQualifier>;
  readonly exceedancePct: number | null;
}

export interface EchoReconciliation {
  readonly dmrValues: number;
  readonly exceedances: readonly EchoFinding[];
  /** `<` / `>` values that may or may not exceed: for manual review, not counted as exceedances. */
  readonly indeterminate: readonly EchoFinding[];
  readonly epa: { readonly e90: number } | null;
  readonly agreement: EchoAgreement | null;
}

/** Evaluates every DMR value of an ECHO file with the engine and compares with EPA's verdicts. */
export function reconcileEchoFile(text: string): EchoReconciliation {
  const file = parseEchoDmrFile(text);
  const exceedances: EchoFinding[] = [];
  const indeterminate: EchoFinding[] = [];
  for (const value of file.values) {
    const verdict = judgeEchoValue(value);
    const finding = toFinding(value);
    if (finding && verdict === 'exceeds') exceedances.push(finding);
    if (finding && verdict === 'indeterminate') indeterminate.push(finding);
  }
  const ours = exceedances.map((f) => ({ dmrValueId: f.value.dmrValueId, exceedancePct: f.exceedancePct }));
  return {
    dmrValues: file.values.length,
    exceedances,
    indeterminate,
    epa: file.epa ? { e90: epaE90Ids(file.epa).length } : null,
    agreement: file.epa ? reconcileWithEpa(ours, file.epa) : null,
  };
}

// §11.4: unit code 12 is SU (pH); parameter 00400 is pH. ECHO leaves the percent blank for pH.
const PH_UNIT_CODE = '12';
const PH_PARAMETER_CODE = '00400';

function toFinding(value: EchoDmrValue): EchoFinding | null {
  const { reported, limit } = value;
  if (!reported || !limit) return null;
  const isPh = value.standardUnitCode === PH_UNIT_CODE || value.parameterCode === PH_PARAMETER_CODE;
  const exceedancePct = isPh ? null : exceedancePercent(reported.value, limit.value);
  return { value, reported, limit, exceedancePct };
}
