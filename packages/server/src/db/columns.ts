import { customType, date, timestamp } from 'drizzle-orm/pg-core';

/** Column builders shared by the schema files. */

/** A calendar date kept as 'YYYY-MM-DD' text in TypeScript. */
export const day = (name: string) => date(name, { mode: 'string' });
/** A moment, with time zone. */
export const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
export const created = () => stamp('created_at').notNull().defaultNow();
/** Raw bytes (file contents, copies of record). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
/** A full-text search vector, written in SQL. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
