import { z } from 'zod';
import { findPointSourceCategory, listPointSourceSubcategories } from '../categorical/lookup';
import { AmountText, FacilityStatus, Required, Text } from './facilities-common';

export const FacilityAddress = z.object({
  line1: Required(200),
  line2: Text(200).nullable().default(null),
  city: Required(100),
  state: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, { error: 'must be a two-letter state code' })
    .toUpperCase(),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}(-\d{4})?$/, { error: 'must be a ZIP code (12345 or 12345-6789)' }),
});
export type FacilityAddress = z.infer<typeof FacilityAddress>;

export const FacilityContactRole = z.enum([
  'primary',
  'environmental',
  'emergency',
  'billing',
  'signatory',
  'other',
]);

export const FacilityContact = z.object({
  name: Required(200),
  title: Text(200).nullable().default(null),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+().\- x]{7,40}$/, { error: 'must be a phone number' })
    .nullable()
    .default(null),
  email: z.email({ error: 'must be an e-mail address' }).nullable().default(null),
  role: FacilityContactRole,
});
export type FacilityContact = z.infer<typeof FacilityContact>;

/** A 40 CFR Part 405–471 subpart, checked against the shipped reference data. */
export const CategoricalStandardRef = z
  .object({
    part: z.string().trim(),
    subpart: z.string().trim().toUpperCase(),
  })
  .superRefine((ref, ctx) => {
    if (!findPointSourceCategory(ref.part)) {
      ctx.addIssue({
        code: 'custom',
        path: ['part'],
        message: `40 CFR Part ${ref.part} is not a categorical point source category (Parts 405–471)`,
      });
      return;
    }
    if (!listPointSourceSubcategories(ref.part).some((s) => s.subpart === ref.subpart)) {
      ctx.addIssue({
        code: 'custom',
        path: ['subpart'],
        message: `40 CFR Part ${ref.part} has no subpart ${ref.subpart} in force`,
      });
    }
  });
export type CategoricalStandardRef = z.infer<typeof CategoricalStandardRef>;

/** Average flows by type, gpd. 403.3(v)(1)(ii) excludes sanitary, non-contact cooling and boiler blowdown. */
export const FacilityFlows = z.object({
  processGpd: AmountText.default('0'),
  sanitaryGpd: AmountText.default('0'),
  nonContactCoolingGpd: AmountText.default('0'),
  boilerBlowdownGpd: AmountText.default('0'),
  /** Any other non-domestic stream: counted as process wastewater (only the three above are excluded). */
  otherGpd: AmountText.default('0'),
});
export type FacilityFlows = z.infer<typeof FacilityFlows>;

/** Facts for the NSCIU (403.3(v)(2)) and middle-tier (403.12(e)(3)) tests of a categorical IU. */
export const CategoricalFactsInput = z.object({
  maxDailyCategoricalFlowGpd: AmountText,
  averageCategoricalFlowGpd: AmountText,
  consistentlyCompliant: z.boolean().default(false),
  annualCertificationOnFile: z.boolean().default(false),
  noUntreatedConcentrate: z.boolean().default(false),
  flowFromContinuousMonitorOrBatch: z.boolean().default(false),
  notHighlyVariable: z.boolean().default(false),
  lastSncDate: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).nullable().default(null),
  pollutantLoads: z
    .array(
      z.object({
        pollutant: Required(100),
        loadLbPerDay: AmountText,
        mahlLbPerDay: AmountText.nullable().default(null),
      }),
    )
    .max(50)
    .default([]),
});
export type CategoricalFactsInput = z.infer<typeof CategoricalFactsInput>;

const codes = (pattern: RegExp, error: string) =>
  z.array(z.string().trim().regex(pattern, { error })).max(10, { error: 'must list at most 10 codes' });

/** The facility (industrial user) profile kept by the authority. */
export const FacilityProfileInput = z.object({
  name: Required(200),
  status: FacilityStatus.default('active'),
  siteAddress: FacilityAddress,
  /** Null when mail goes to the site address. */
  mailingAddress: FacilityAddress.nullable().default(null),
  naicsCodes: codes(/^\d{2,6}$/, 'must be a NAICS code of 2 to 6 digits').default([]),
  sicCodes: codes(/^\d{4}$/, 'must be a 4-digit SIC code').default([]),
  contacts: z.array(FacilityContact).max(50).default([]),
  categoricalStandards: z
    .array(CategoricalStandardRef)
    .max(20)
    .default([])
    .superRefine((refs, ctx) => {
      const seen = new Set<string>();
      refs.forEach((r, i) => {
        const key = `${r.part}/${r.subpart}`;
        if (seen.has(key))
          ctx.addIssue({ code: 'custom', path: [i], message: `lists ${r.part} subpart ${r.subpart} twice` });
        seen.add(key);
      });
    }),
  flows: FacilityFlows.default(() => FacilityFlows.parse({})),
  /** Organic (BOD) load of the process wastestream, lb/day. */
  processOrganicLoadLbPerDay: AmountText.nullable().default(null),
  categoricalFacts: CategoricalFactsInput.nullable().default(null),
  notes: Text(4000).nullable().default(null),
});
export type FacilityProfileInput = z.infer<typeof FacilityProfileInput>;

export const CategoricalStandardView = z.object({
  part: z.string(),
  subpart: z.string(),
  partName: z.string(),
  subpartName: z.string(),
});

export const FacilityProfileView = FacilityProfileInput.extend({
  facilityId: z.uuid(),
  regulatedById: z.uuid().nullable(),
  categoricalStandards: z.array(CategoricalStandardView),
  updatedAt: z.string(),
});
export type FacilityProfileView = z.infer<typeof FacilityProfileView>;

export const AuthorityProfileInput = z.object({
  /** Design average dry-weather hydraulic capacity, MGD. */
  designHydraulicMgd: AmountText.nullable().default(null),
  /** Design dry-weather organic (BOD) treatment capacity, lb/day. */
  designOrganicLbPerDay: AmountText.nullable().default(null),
  /** LOCAL: the program adopted the optional NSCIU (403.3(v)(2)) and middle-tier (403.12(e)(3)) provisions. */
  nsciuAdopted: z.boolean().default(false),
  middleTierAdopted: z.boolean().default(false),
});
export type AuthorityProfileInput = z.infer<typeof AuthorityProfileInput>;

export const AuthorityProfileView = AuthorityProfileInput.extend({
  authorityId: z.uuid(),
  updatedAt: z.string().nullable(),
});
export type AuthorityProfileView = z.infer<typeof AuthorityProfileView>;

export * from './facilities-classification';
export { AmountText, FacilityStatus, IuClassCode } from './facilities-common';
export * from './facilities-inventory';
