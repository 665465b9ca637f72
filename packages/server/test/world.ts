import type { Db } from '../src/db/connect';
import { makeAuthority, makeFacility, makeUser, TEST_PASSWORD } from '../src/factories';

/**
 * Two authorities with their facilities, one standalone facility, and a person in each role that
 * the access-control tests need.
 */
export async function makeWorld(db: Db) {
  const north = await makeAuthority(db, { name: 'North Basin POTW' });
  const south = await makeAuthority(db, { name: 'South Basin POTW' });
  const plating = await makeFacility(db, { name: 'North Plating', regulatedById: north.id });
  const brewery = await makeFacility(db, { name: 'North Brewery', regulatedById: north.id });
  const tannery = await makeFacility(db, { name: 'South Tannery', regulatedById: south.id });
  const refinery = await makeFacility(db, { name: 'Standalone Refinery' });
  const users = {
    northAdmin: await makeUser(db, north.id, { email: 'admin@north.test', role: 'admin' }),
    northCoordinator: await makeUser(db, north.id, { email: 'coordinator@north.test', role: 'coordinator' }),
    northViewer: await makeUser(db, north.id, { email: 'viewer@north.test', role: 'viewer' }),
    southCoordinator: await makeUser(db, south.id, { email: 'coordinator@south.test', role: 'coordinator' }),
    platingManager: await makeUser(db, plating.id, {
      email: 'manager@plating.test',
      role: 'manager',
      signatory: 'responsible_official',
    }),
    platingAdmin: await makeUser(db, plating.id, { email: 'admin@plating.test', role: 'admin' }),
    breweryManager: await makeUser(db, brewery.id, { email: 'manager@brewery.test', role: 'manager' }),
    refineryManager: await makeUser(db, refinery.id, { email: 'manager@refinery.test', role: 'manager' }),
  };
  return { orgs: { north, south, plating, brewery, tannery, refinery }, users, password: TEST_PASSWORD };
}
