import type { ProgramResult } from '../limits/evaluate-program';
import type { DmrValueType, Limit } from '../limits/limit';
import type { StatisticsSettings } from '../stats/settings';
import type { UnitId } from '../units/unit-catalog';

/** Input for the DMR of one monitoring point and monitoring period. */
export interface DmrInput {
  /** The limit set: limits of one monitoring point (any parameters). */
  readonly limits: readonly Limit[];
  /** Results of that monitoring point; results after the period may be given for weeks that span it. */
  readonly results: readonly ProgramResult[];
  /** Monitoring period, inclusive ISO dates (e.g. '2025-06-01' … '2025-06-30'). */
  readonly period: { readonly start: string; readonly end: string };
  readonly settings: StatisticsSettings;
  /** NODI per parameter code when the permittee reports one (e.g. 'C' no discharge). */
  readonly nodi?: Readonly<Record<string, string>>;
  /** NODI when a parameter has no result and none was given; default 'E' (no sample). */
  readonly noDataNodi?: string;
}

/** One reported DMR value (a limit's C1–C3 / Q1–Q2 cell). */
export interface DmrValue {
  readonly limitId: string;
  readonly valueType: DmrValueType | null;
  readonly statisticalBaseCode: string | null;
  readonly limit: string;
  readonly unit: UnitId;
  readonly direction: 'max' | 'min';
  /** Full-precision value (40 significant digits); round only for display (§9.11). */
  readonly value: string | null;
  readonly qualifier: '<' | '=' | null;
  readonly nodi: string | null;
  readonly exceedance: boolean;
  readonly exceedancePercent: number | null;
  /** All non-detect with a detection limit outside the limit: manual review. */
  readonly indeterminate: boolean;
  readonly resultIds: readonly string[];
}

/** One parameter row of a DMR. */
export interface DmrParameter {
  readonly parameterCode: string;
  readonly monitoringPoint: string;
  readonly values: DmrValue[];
  readonly sampleCount: number;
  readonly frequencyOfAnalysis: string;
  /** Sample values outside a daily max, daily min or instantaneous limit (§9.8 "No. Ex."). */
  readonly numberOfExcursions: number;
  readonly nodi: string | null;
  readonly settings: StatisticsSettings;
}
