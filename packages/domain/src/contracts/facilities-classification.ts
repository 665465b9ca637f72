import { z } from 'zod';
import { IuClassCode, Required } from './facilities-common';

export const ClassificationResultView = z.object({
  iuClass: IuClassCode,
  isCategorical: z.boolean(),
  isSignificant: z.boolean(),
  middleTier: z.boolean(),
  decidedBy: z.object({ citation: z.string(), rule: z.string() }),
  siuCriteria: z.array(z.string()),
  checks: z.array(
    z.object({
      id: z.string(),
      citation: z.string(),
      description: z.string(),
      outcome: z.enum(['met', 'not-met', 'not-evaluated']),
      values: z.record(z.string(), z.string()),
    }),
  ),
  unevaluated: z.array(z.string()),
});
export type ClassificationResultView = z.infer<typeof ClassificationResultView>;

/** 403.3(v)(1)(ii)(c) designation as significant, or 403.3(v)(3) finding of no reasonable potential. */
export const DesignationKind = z.enum(['significant', 'non_significant']);
export type DesignationKind = z.infer<typeof DesignationKind>;

export const DesignationInput = z.object({
  /** 'none' withdraws the current designation; the computed class applies again. */
  designation: z.enum(['significant', 'non_significant', 'none']),
  reason: Required(2000),
});
export type DesignationInput = z.infer<typeof DesignationInput>;

export const DesignationView = z.object({
  kind: DesignationKind,
  reason: z.string(),
  designatedAt: z.string(),
  designatedByName: z.string().nullable(),
});
export type DesignationView = z.infer<typeof DesignationView>;

/** What the engine was given: the POTW capacities and the LOCAL settings in force, recorded with the verdict. */
export const ClassificationInputsView = z.object({
  asOf: z.string(),
  potw: z.object({
    designDryWeatherHydraulicGpd: z.string().nullable(),
    designDryWeatherOrganicLbPerDay: z.string().nullable(),
  }),
  settings: z.object({ nsciuAdopted: z.boolean(), middleTierAdopted: z.boolean() }),
});

/** The class in force (`effective`) and the engine's own verdict from the profile (`computed`). */
export const FacilityClassificationView = z.object({
  facilityId: z.uuid(),
  effective: ClassificationResultView,
  computed: ClassificationResultView,
  /** The authority's manual designation, which overrides the computed class; null when none. */
  designation: DesignationView.nullable(),
  inputs: ClassificationInputsView,
  classifiedAt: z.string(),
});
export type FacilityClassificationView = z.infer<typeof FacilityClassificationView>;

export const ClassificationCause = z.enum(['profile', 'designation', 'authority_profile']);

export const ClassificationHistoryEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  cause: ClassificationCause,
  computedClass: IuClassCode,
  effectiveClass: IuClassCode,
  middleTier: z.boolean(),
  decidedBy: z.object({ citation: z.string(), rule: z.string() }),
  designation: DesignationKind.nullable(),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
});
export type ClassificationHistoryEntry = z.infer<typeof ClassificationHistoryEntry>;

export const FacilityClassificationPage = z.object({
  /** Null until the facility has a profile. */
  current: FacilityClassificationView.nullable(),
  /** Newest first. */
  history: z.array(ClassificationHistoryEntry),
});
export type FacilityClassificationPage = z.infer<typeof FacilityClassificationPage>;
