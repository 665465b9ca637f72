import { z } from 'zod';
import { FacilityStatus, IuClassCode } from './facilities-common';
import { OrganizationView } from './organizations';

/** Class filter: one class, or a group (any SIU, any CIU, middle tier, not yet classified). */
export const FacilityClassFilter = z.enum([
  ...IuClassCode.options,
  'SIU',
  'CIU',
  'MIDDLE_TIER',
  'UNCLASSIFIED',
]);
export type FacilityClassFilter = z.infer<typeof FacilityClassFilter>;

export const FacilityListQuery = z.object({
  /** Matches the name, a NAICS code or a SIC code. */
  search: z.string().trim().max(100, { error: 'must be at most 100 characters' }).optional(),
  class: FacilityClassFilter.optional(),
  /** 40 CFR part, e.g. 433. */
  part: z
    .string()
    .trim()
    .regex(/^\d{3}$/, { error: 'must be a 40 CFR part number such as 433' })
    .optional(),
  status: FacilityStatus.optional(),
  /** Facilities with an issued or effective permit that expires within this many days from today. */
  permitExpiringWithinDays: z.coerce
    .number({ error: 'must be a whole number of days' })
    .int({ error: 'must be a whole number of days' })
    .min(0, { error: 'must be 0 or more' })
    .max(3650, { error: 'must be at most 3650' })
    .optional(),
});
export type FacilityListQuery = z.infer<typeof FacilityListQuery>;

/** A row of the IU inventory: the organization plus its profile and class (null before a profile exists). */
export const FacilityListItem = OrganizationView.extend({
  status: FacilityStatus.nullable(),
  iuClass: IuClassCode.nullable(),
  computedClass: IuClassCode.nullable(),
  isDesignated: z.boolean(),
  middleTier: z.boolean(),
  naicsCodes: z.array(z.string()),
  sicCodes: z.array(z.string()),
  /** '433 A' for 40 CFR 433 subpart A. */
  categoricalStandards: z.array(z.string()),
  processFlowGpd: z.string().nullable(),
  totalFlowGpd: z.string().nullable(),
});
export type FacilityListItem = z.infer<typeof FacilityListItem>;
