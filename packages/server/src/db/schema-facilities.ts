import type { Classification } from '@outfall/domain/classification/index';
import type {
  CategoricalFactsInput,
  FacilityAddress,
  FacilityContact,
} from '@outfall/domain/contracts/facilities';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { stamp } from './columns';
import { organizations, users } from './schema';

const IU_CLASSES = ['SIU_CATEGORICAL', 'NSCIU', 'SIU_NON_CATEGORICAL', 'NON_SIGNIFICANT'] as const;
const DESIGNATIONS = ['significant', 'non_significant'] as const;
/** Exact decimals (flows, loads): numeric keeps the value as entered; drizzle reads it as a string. */
const amount = (name: string) => numeric(name);

/** The industrial user profile kept by the authority (one per facility). */
export const facilityProfiles = pgTable(
  'facility_profiles',
  {
    facilityId: uuid('facility_id')
      .primaryKey()
      .references(() => organizations.id),
    status: text('status', { enum: ['active', 'inactive', 'closed'] }).notNull(),
    siteAddress: jsonb('site_address').$type<FacilityAddress>().notNull(),
    mailingAddress: jsonb('mailing_address').$type<FacilityAddress | null>(),
    naicsCodes: text('naics_codes').array().notNull().default(sql`'{}'::text[]`),
    sicCodes: text('sic_codes').array().notNull().default(sql`'{}'::text[]`),
    contacts: jsonb('contacts').$type<FacilityContact[]>().notNull(),
    processFlowGpd: amount('process_flow_gpd').notNull(),
    sanitaryFlowGpd: amount('sanitary_flow_gpd').notNull(),
    nonContactCoolingFlowGpd: amount('non_contact_cooling_flow_gpd').notNull(),
    boilerBlowdownFlowGpd: amount('boiler_blowdown_flow_gpd').notNull(),
    otherFlowGpd: amount('other_flow_gpd').notNull(),
    processOrganicLoadLbPerDay: amount('process_organic_load_lb_per_day'),
    categoricalFacts: jsonb('categorical_facts').$type<CategoricalFactsInput | null>(),
    notes: text('notes'),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
    updatedByUserId: uuid('updated_by_user_id').references(() => users.id),
  },
  (t) => [index('facility_profiles_status_idx').on(t.status)],
);

/** The categorical standards (40 CFR part/subpart) that apply to a facility. */
export const facilityCategoricalStandards = pgTable(
  'facility_categorical_standards',
  {
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => organizations.id),
    part: text('part').notNull(),
    subpart: text('subpart').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.facilityId, t.part, t.subpart] }),
    index('facility_categorical_standards_part_idx').on(t.part),
  ],
);

/** The authority's POTW design capacities and its LOCAL classification settings. */
export const authorityProfiles = pgTable('authority_profiles', {
  authorityId: uuid('authority_id')
    .primaryKey()
    .references(() => organizations.id),
  designHydraulicMgd: amount('design_hydraulic_mgd'),
  designOrganicLbPerDay: amount('design_organic_lb_per_day'),
  nsciuAdopted: boolean('nsciu_adopted').notNull().default(false),
  middleTierAdopted: boolean('middle_tier_adopted').notNull().default(false),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
  updatedByUserId: uuid('updated_by_user_id').references(() => users.id),
});

/** What the classification engine was given besides the profile, recorded with every verdict. */
export interface ClassificationInputs {
  asOf: string;
  potw: { designDryWeatherHydraulicGpd: string | null; designDryWeatherOrganicLbPerDay: string | null };
  settings: { nsciuAdopted: boolean; middleTierAdopted: boolean };
}

/** The current classification: the engine's verdict, the manual designation, and the class in force. */
export const facilityClassifications = pgTable(
  'facility_classifications',
  {
    facilityId: uuid('facility_id')
      .primaryKey()
      .references(() => organizations.id),
    computedClass: text('computed_class', { enum: IU_CLASSES }).notNull(),
    effectiveClass: text('effective_class', { enum: IU_CLASSES }).notNull(),
    middleTier: boolean('middle_tier').notNull(),
    computed: jsonb('computed').$type<Classification>().notNull(),
    effective: jsonb('effective').$type<Classification>().notNull(),
    designation: text('designation', { enum: DESIGNATIONS }),
    designationReason: text('designation_reason'),
    designatedAt: stamp('designated_at'),
    designatedByUserId: uuid('designated_by_user_id').references(() => users.id),
    inputs: jsonb('inputs').$type<ClassificationInputs>().notNull(),
    classifiedAt: stamp('classified_at').notNull().defaultNow(),
  },
  (t) => [index('facility_classifications_effective_idx').on(t.effectiveClass)],
);

/** Every change of class, middle tier or designation (the SIU list history, 403.8(f)(6)). */
export const facilityClassificationHistory = pgTable(
  'facility_classification_history',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => organizations.id),
    at: stamp('at').notNull().defaultNow(),
    cause: text('cause', { enum: ['profile', 'designation', 'authority_profile'] }).notNull(),
    computedClass: text('computed_class', { enum: IU_CLASSES }).notNull(),
    effectiveClass: text('effective_class', { enum: IU_CLASSES }).notNull(),
    middleTier: boolean('middle_tier').notNull(),
    decidedBy: jsonb('decided_by').$type<Classification['decidedBy']>().notNull(),
    designation: text('designation', { enum: DESIGNATIONS }),
    reason: text('reason'),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
  },
  (t) => [index('facility_classification_history_facility_idx').on(t.facilityId, t.id)],
);
