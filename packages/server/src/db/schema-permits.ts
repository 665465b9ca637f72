import { PermitKind, PermitStatus, PermitVersionReason } from '@outfall/domain/contracts/permits';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { day } from './columns';
import { enumValues } from './enum-values';
import { organizations, users } from './schema';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/**
 * A permit held by a facility: issued on Outfall by its authority (`issuing_authority_id`), or
 * self-managed (null: NPDES, state or another regulator's permit the facility tracks itself).
 * Its content lives in immutable `permit_versions`.
 */
export const permits = pgTable(
  'permits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => organizations.id),
    issuingAuthorityId: uuid('issuing_authority_id').references(() => organizations.id),
    permitNumber: text('permit_number').notNull(),
    kind: text('kind', { enum: enumValues(PermitKind) }).notNull(),
    status: text('status', { enum: enumValues(PermitStatus) }).notNull(),
    issuedDate: day('issued_date'),
    effectiveDate: day('effective_date'),
    expirationDate: day('expiration_date'),
    renewedFromPermitId: uuid('renewed_from_permit_id').references((): AnyPgColumn => permits.id),
    renewalApplicationReceivedOn: day('renewal_application_received_on'),
    /** Date and reason of the last terminal action (terminate, revoke, withdraw). */
    statusDate: day('status_date'),
    statusReason: text('status_reason'),
    currentVersionNo: integer('current_version_no').notNull().default(1),
    createdAt: at('created_at'),
    updatedAt: at('updated_at'),
  },
  (t) => [
    index('permits_facility_idx').on(t.facilityId),
    index('permits_authority_idx').on(t.issuingAuthorityId),
    // A renewal may keep the permit number (NPDES numbers carry over), so only originals are unique.
    uniqueIndex('permits_facility_number_idx')
      .on(t.facilityId, t.permitNumber)
      .where(sql`${t.renewedFromPermitId} is null`),
    // One live successor per permit.
    uniqueIndex('permits_successor_idx').on(t.renewedFromPermitId).where(sql`${t.status} <> 'withdrawn'`),
  ],
);

/** One immutable version of a permit's content (a trigger refuses UPDATE and DELETE). */
export const permitVersions = pgTable(
  'permit_versions',
  {
    permitId: uuid('permit_id')
      .notNull()
      .references(() => permits.id),
    versionNo: integer('version_no').notNull(),
    reason: text('reason', { enum: enumValues(PermitVersionReason) }).notNull(),
    summary: text('summary'),
    effectiveDate: day('effective_date'),
    /** A `PermitContent` document, validated by its zod schema before it is written. */
    content: jsonb('content').notNull(),
    createdAt: at('created_at'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.permitId, t.versionNo] })],
);

/** Each file imported into a permit (NetDMR copy of record, ECHO CSV), kept with its DMR history. */
export const permitImports = pgTable(
  'permit_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    permitId: uuid('permit_id')
      .notNull()
      .references(() => permits.id),
    source: text('source', { enum: ['netdmr_xml', 'echo_csv'] }).notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    /** The version the file produced or matched. */
    versionNo: integer('version_no').notNull(),
    reports: jsonb('reports').notNull(),
    warnings: jsonb('warnings').notNull(),
    createdAt: at('created_at'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
  },
  (t) => [uniqueIndex('permit_imports_file_idx').on(t.permitId, t.fileSha256)],
);
