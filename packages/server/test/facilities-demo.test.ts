import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connect';
import { organizations } from '../src/db/schema';
import { seedDemo } from '../src/demo/seed';
import { loadAuthorityProfile } from '../src/facilities/facilities.queries';
import { listFacilityInventory } from '../src/facilities/inventory.queries';
import { testDatabase } from './harness';

let database: Database;

beforeAll(async () => {
  database = await testDatabase();
  await seedDemo(database.db);
});

describe('demo seed: Springfield’s IU inventory', () => {
  it('has design capacities and a profile and class for each of the dozen IUs', async () => {
    const [springfield] = await database.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, 'Springfield Water Reclamation'));
    expect(await loadAuthorityProfile(database.db, springfield!.id)).toMatchObject({
      designHydraulicMgd: '12',
      designOrganicLbPerDay: '24000',
      nsciuAdopted: true,
      middleTierAdopted: true,
    });
    const inventory = await listFacilityInventory(
      database.db,
      {
        organizationId: springfield!.id,
        organizationName: springfield!.name,
        kind: 'authority',
        regulatedById: null,
        role: 'coordinator',
        signatory: null,
      },
      {},
    );
    expect(inventory).toHaveLength(12);
    const byName = new Map(inventory.map((f) => [f.name, f]));
    expect(byName.get('Acme Plating')).toMatchObject({
      iuClass: 'SIU_CATEGORICAL',
      categoricalStandards: ['433 A'],
      processFlowGpd: '32000',
    });
    expect(byName.get('Springfield Brewing Company')).toMatchObject({
      iuClass: 'SIU_NON_CATEGORICAL',
      categoricalStandards: [],
    });
    expect(byName.get('Oak Street Commercial Bakery')?.iuClass).toBe('NON_SIGNIFICANT');
    expect(byName.get('Granite Pharmaceuticals')?.iuClass).toBe('NSCIU');
    expect(byName.get('Northgate Metal Finishing')).toMatchObject({
      iuClass: 'SIU_CATEGORICAL',
      middleTier: true,
    });
    expect(byName.get('Lakeside Textile Mills')).toMatchObject({
      iuClass: 'SIU_NON_CATEGORICAL',
      computedClass: 'NON_SIGNIFICANT',
      isDesignated: true,
    });
    expect(byName.get('Eastside Industrial Laundry')).toMatchObject({
      iuClass: 'NON_SIGNIFICANT',
      computedClass: 'SIU_NON_CATEGORICAL',
    });
    expect(inventory.every((f) => f.status === 'active')).toBe(true);
  });
});
