/** ICIS limit value qualifier: the relation a compliant DMR value has to the limit. */
export const LIMIT_QUALIFIERS = ['<=', '>=', '<', '>', '='] as const;
export type LimitQualifier = (typeof LIMIT_QUALIFIERS)[number];

/** ICIS DMR value qualifier: `<` below a detection or reporting level, `>` above a range. */
export const VALUE_QUALIFIERS = ['=', '<', '<=', '>', '>='] as const;
export type ValueQualifier = (typeof VALUE_QUALIFIERS)[number];

/** A number as written in the file (standard units) with its qualifier. */
export interface QualifiedNumber<Q extends string> {
  readonly value: string;
  readonly qualifier: Q;
}

/**
 * One DMR value with its limit: the evaluation input. It has no field for EPA's verdicts
 * (`violation_code`, `exceedence_pct`, `rnc_*`, `violation_severity`), so the evaluation cannot use them.
 */
export interface EchoDmrValue {
  readonly dmrValueId: string;
  /** First row of the file that carries this value (files repeat a value once per violation). */
  readonly row: number;
  readonly permit: string;
  readonly feature: string;
  readonly parameterCode: string;
  readonly parameterDesc: string;
  readonly monitoringLocation: string;
  readonly periodEnd: string;
  readonly statisticalBaseCode: string;
  readonly valueTypeCode: string;
  readonly standardUnitCode: string;
  readonly standardUnitDesc: string;
  /** Null when the parameter is monitor-only (no limit value). */
  readonly limit: QualifiedNumber<LimitQualifier> | null;
  /** Null when no value was reported (a NODI code or a blank). */
  readonly reported: QualifiedNumber<ValueQualifier> | null;
  readonly nodiCode: string | null;
}

/** EPA's verdicts for one DMR value, kept apart from the evaluation input. */
export interface EpaVerdict {
  readonly violationCodes: readonly string[];
  readonly exceedancePct: number | null;
}

export interface EpaVerdicts {
  /** Whether the file has an `exceedence_pct` column to compare percentages with. */
  readonly hasPctColumn: boolean;
  readonly byDmrValueId: ReadonlyMap<string, EpaVerdict>;
}

export interface EchoDmrFile {
  readonly values: readonly EchoDmrValue[];
  /** Null when the file has no `violation_code` column. */
  readonly epa: EpaVerdicts | null;
}
