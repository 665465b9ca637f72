import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connect';
import { importBatches, organizations, results, violations } from '../src/db/schema';
import { seedDemo } from '../src/demo/seed';
import { testDatabase } from './harness';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
  await seedDemo(database.db);
});

describe('demo seed: Acme Plating monitoring', () => {
  it('has months of results and the June lab file with its copper violation', async () => {
    const db = database.db;
    const [acme] = await db.select().from(organizations).where(eq(organizations.name, 'Acme Plating'));
    const stored = await db.select().from(results).where(eq(results.facilityId, acme!.id));
    expect(stored.length).toBeGreaterThan(51);
    expect(new Set(stored.map((r) => r.sampleDate.slice(0, 7))).size).toBeGreaterThanOrEqual(4);
    expect(await db.select().from(importBatches)).toHaveLength(1);
    const copper = await db
      .select()
      .from(violations)
      .where(and(eq(violations.facilityId, acme!.id), eq(violations.limitRef, 'limit:001:01042:DD')));
    expect(copper).toEqual([
      expect.objectContaining({
        kind: 'effluent',
        status: 'open',
        periodStart: '2026-06-08',
        computedValue: '3.52',
      }),
    ]);
  });
});
