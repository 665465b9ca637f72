import { z } from 'zod';
import {
  ContentId,
  DecimalText,
  IsoDateText,
  LimitBasisKind,
  LimitDirectionText,
  MonthDayText,
  OptionalText,
  ParameterCodeText,
  RequiredText,
  SampledBy,
  ValueSlot,
} from './permits-common';
import { SignatoryKind } from './roles';

/** ICIS monitoring location code (§11.4): '1' effluent gross, 'G' raw influent, 'K' percent removal … */
export const MonitoringLocationCode = z
  .string()
  .regex(/^[0-9A-Z]{1,3}$/, { error: 'must be a monitoring location code of 1–3 letters or digits' });

/** An outfall or monitoring point. */
export const PermitOutfall = z.object({
  id: ContentId,
  /** ICIS PermittedFeatureIdentifier, e.g. '001' (leading zeros kept). */
  code: RequiredText(30),
  name: RequiredText(200),
  monitoringLocationCode: MonitoringLocationCode,
  /** ICIS permitted feature type, e.g. 'EXO' external outfall. */
  featureTypeCode: OptionalText(3).default(null),
  description: OptionalText(2000).default(null),
});
export type PermitOutfall = z.infer<typeof PermitOutfall>;

/** The permit-tools `Derivation` record (403.6(c)(7): how a derived limit was computed). */
export const LimitDerivation = z.object({
  tool: z.string(),
  citation: z.string(),
  formula: z.string(),
  inputs: z.record(z.string(), z.json()),
  steps: z.array(
    z.object({ label: z.string(), expression: z.string(), value: z.string(), unit: z.string().optional() }),
  ),
  result: z.string().nullable(),
  unit: z.string().nullable(),
  notes: z.array(z.string()),
});
export type LimitDerivation = z.infer<typeof LimitDerivation>;

/** One limit. `value` null = monitor only ("Req Mon"): report, no numeric limit. */
export const PermitLimit = z.object({
  id: ContentId,
  parameterCode: ParameterCodeText,
  parameterName: RequiredText(200),
  /** Null = the outfall's monitoring location. */
  monitoringLocationCode: MonitoringLocationCode.nullable().default(null),
  /** ICIS statistical base code, e.g. 'DD' daily max, 'MK' monthly average. */
  statisticalBaseCode: z.string().regex(/^[0-9A-Z]{2,3}$/, { error: 'must be a statistical base code' }),
  statisticalBaseName: OptionalText(60).default(null),
  valueSlot: ValueSlot.nullable().default(null),
  value: DecimalText.nullable(),
  /** ICIS unit code ('19' mg/L); null when only text is known. */
  unitCode: z
    .string()
    .regex(/^[0-9A-Z]{1,3}$/, { error: 'must be a unit code' })
    .nullable()
    .default(null),
  unitText: RequiredText(40),
  direction: LimitDirectionText,
  /** False for alert/action levels that warn but are not permit violations. */
  enforceable: z.boolean().default(true),
  basis: LimitBasisKind,
  derivation: LimitDerivation.nullable().default(null),
  /** e.g. '40 CFR 433.15(a)' for a categorical limit. */
  categoricalCitation: OptionalText(80).default(null),
  /** Sample type code or text ('GR' grab, '24' 24-hour composite). */
  sampleType: OptionalText(40).default(null),
  /** Frequency of analysis code ('01/30', '01/90', 'CONTIN'). */
  frequencyCode: OptionalText(10).default(null),
  notes: OptionalText(2000).default(null),
});
export type PermitLimit = z.infer<typeof PermitLimit>;

export const LimitSeason = z.object({ start: MonthDayText, end: MonthDayText });
export type LimitSeason = z.infer<typeof LimitSeason>;

/** Limits for one outfall that share a season and effective dates. */
export const PermitLimitSet = z.object({
  id: ContentId,
  outfallId: ContentId,
  /** ICIS LimitSetDesignator, e.g. 'A', 'Q'. */
  designator: OptionalText(2).default(null),
  name: RequiredText(200),
  /** 0 = year-round; 1–12 ICIS season numbers (§11.4). */
  seasonNumber: z.number().int().min(0).max(12).default(0),
  season: LimitSeason.nullable().default(null),
  effectiveFrom: IsoDateText.nullable().default(null),
  effectiveTo: IsoDateText.nullable().default(null),
  limits: z.array(PermitLimit).default([]),
});
export type PermitLimitSet = z.infer<typeof PermitLimitSet>;

/**
 * 403.8(f)(1)(iii)(B)(4): pollutant, sampling location, frequency and sample type. Nullable so a
 * draft can be saved incomplete; `validatePermit` refuses to issue it.
 */
export const MonitoringRequirement = z.object({
  id: ContentId,
  parameterCode: ParameterCodeText.nullable(),
  parameterName: OptionalText(200).default(null),
  outfallId: ContentId.nullable(),
  monitoringLocationCode: MonitoringLocationCode.nullable().default(null),
  frequencyCode: OptionalText(10),
  sampleType: OptionalText(40),
  sampledBy: SampledBy.default('permittee'),
  notes: OptionalText(2000).default(null),
});
export type MonitoringRequirement = z.infer<typeof MonitoringRequirement>;

/** §3.3 report types. */
export const ReportKind = z.enum([
  'dmr',
  'periodic_compliance',
  'baseline_monitoring',
  'ninety_day_compliance',
  'schedule_progress',
  'non_categorical_siu',
  'nsciu_certification',
  'slug_notification',
  'changed_discharge',
  'violation_notification',
  'annual',
  'other',
]);
export type ReportKind = z.infer<typeof ReportKind>;

export const ReportCadenceText = z.enum(['monthly', 'quarterly', 'semiannual', 'annual', 'once', 'on_event']);
export type ReportCadenceText = z.infer<typeof ReportCadenceText>;

/** Due rule; the first two match src/schedules `ReportDueRule`. */
export const ReportDueRuleText = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('days-after-period-end'), days: z.number().int().min(0).max(366) }),
  z.object({
    kind: z.literal('day-of-month'),
    monthsAfter: z.number().int().min(0).max(12),
    day: z.number().int().min(1).max(31),
  }),
  z.object({ kind: z.literal('fixed-date'), date: IsoDateText }),
  z.object({ kind: z.literal('hours-after-event'), hours: z.number().int().min(0).max(8760) }),
]);
export type ReportDueRuleText = z.infer<typeof ReportDueRuleText>;

export const ReportingRequirement = z.object({
  id: ContentId,
  kind: ReportKind,
  name: RequiredText(200),
  cadence: ReportCadenceText,
  /** First month of the first period (403.12(e)(1): the CA may move June/December). */
  firstMonth: z.number().int().min(1).max(12).nullable().default(null),
  dueRule: ReportDueRuleText,
  outfallId: ContentId.nullable().default(null),
  notes: OptionalText(2000).default(null),
});
export type ReportingRequirement = z.infer<typeof ReportingRequirement>;

/** 403.12(c)(1) increments of progress. */
export const MilestoneKind = z.enum([
  'hire_engineer',
  'complete_plans',
  'execute_contract',
  'start_construction',
  'complete_construction',
  'start_operation',
  'final_compliance',
  'progress_report',
  'other',
]);
export type MilestoneKind = z.infer<typeof MilestoneKind>;

export const PermitMilestone = z.object({
  id: ContentId,
  kind: MilestoneKind,
  description: RequiredText(2000),
  dueDate: IsoDateText,
});
export type PermitMilestone = z.infer<typeof PermitMilestone>;

export const ComplianceSchedule = z.object({
  id: ContentId,
  title: RequiredText(200),
  requirement: OptionalText(4000).default(null),
  milestones: z.array(PermitMilestone).default([]),
});
export type ComplianceSchedule = z.infer<typeof ComplianceSchedule>;

export const SpecialConditionKind = z.enum(['special', 'bmp', 'slug_control', 'monitoring_waiver', 'other']);
export type SpecialConditionKind = z.infer<typeof SpecialConditionKind>;

export const SpecialCondition = z.object({
  id: ContentId,
  kind: SpecialConditionKind,
  title: RequiredText(200),
  text: RequiredText(20000),
  /** The waived pollutant of a 403.12(e)(2) monitoring waiver. */
  parameterCode: ParameterCodeText.nullable().default(null),
});
export type SpecialCondition = z.infer<typeof SpecialCondition>;

/** 403.8(f)(1)(iii)(B) statements as permit text; null = not written yet. */
export const StandardConditions = z.object({
  duration: OptionalText(20000).default(null),
  nonTransferability: OptionalText(20000).default(null),
  monitoring: OptionalText(20000).default(null),
  reporting: OptionalText(20000).default(null),
  notification: OptionalText(20000).default(null),
  recordKeeping: OptionalText(20000).default(null),
  penalties: OptionalText(20000).default(null),
});
export type StandardConditions = z.infer<typeof StandardConditions>;

/** 403.12(l): who may sign reports under this permit. */
export const SignatoryRequirements = z.object({
  allowedSignatories: z.array(SignatoryKind).default(['responsible_official', 'authorized_representative']),
  /** 403.12(l)(3): a representative's written authorization must be submitted to the CA. */
  authorizationOnFileRequired: z.boolean().default(true),
  certificationStatement: OptionalText(4000).default(null),
  notes: OptionalText(2000).default(null),
});
export type SignatoryRequirements = z.infer<typeof SignatoryRequirements>;

/** The document held by one immutable permit version. */
export const PermitContent = z.object({
  outfalls: z.array(PermitOutfall).default([]),
  limitSets: z.array(PermitLimitSet).default([]),
  monitoringRequirements: z.array(MonitoringRequirement).default([]),
  reportingRequirements: z.array(ReportingRequirement).default([]),
  complianceSchedules: z.array(ComplianceSchedule).default([]),
  specialConditions: z.array(SpecialCondition).default([]),
  conditions: StandardConditions.default(() => StandardConditions.parse({})),
  signatory: SignatoryRequirements.default(() => SignatoryRequirements.parse({})),
  /** LOCAL: renewal application lead time, days before expiry (default 180). */
  renewalLeadDays: z.number().int().min(0).max(730).default(180),
});
export type PermitContent = z.infer<typeof PermitContent>;
export type PermitContentInput = z.input<typeof PermitContent>;

export function emptyPermitContent(): PermitContent {
  return PermitContent.parse({});
}
