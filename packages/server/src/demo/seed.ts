import { count } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { organizations } from '../db/schema';
import { seedFacilityProfiles } from '../facilities/demo-profiles';
import { makeAuthority, makeFacility, makeUser } from '../factories';
import { seedDemoMonitoring } from '../monitoring/demo-monitoring';
import { seedDemoPermits } from '../permits/demo-permits';
import { seedDemoProgram } from '../program/demo-program';
import { seedDemoReports } from '../reports/demo-reports';

export const DEMO_PASSWORD = 'outfall-demo';

const SPRINGFIELD_FACILITIES = [
  'Acme Plating',
  'Riverside Foods',
  'Springfield Brewing Company',
  'Northgate Metal Finishing',
  'Valley Circuit Boards',
  'Central Dairy Cooperative',
  'Lakeside Textile Mills',
  'Summit Specialty Chemicals',
  'Pioneer Paper Products',
  'Granite Pharmaceuticals',
  'Eastside Industrial Laundry',
  'Oak Street Commercial Bakery',
];

export interface DemoAccount {
  email: string;
  organization: string;
  role: string;
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organizations);
  return (row?.n ?? 0) === 0;
}

/** The demo program: Springfield's POTW, a dozen industrial users, and a self-managed NPDES permittee. */
export async function seedDemo(db: Db, options: { labImport?: boolean } = {}): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  const springfield = await makeAuthority(db, { name: 'Springfield Water Reclamation' });
  const facilities = new Map<string, string>();
  for (const name of SPRINGFIELD_FACILITIES) {
    facilities.set(name, (await makeFacility(db, { name, regulatedById: springfield.id })).id);
  }
  await seedFacilityProfiles(db, springfield.id, facilities);
  const bayview = await makeFacility(db, { name: 'Bayview Refining (NPDES, self-managed)' });
  const people = [
    {
      email: 'admin@springfield.example',
      name: 'Alex Morgan',
      org: springfield.id,
      orgName: springfield.name,
      role: 'admin',
    },
    {
      email: 'director@springfield.example',
      name: 'Taylor Brooks',
      org: springfield.id,
      orgName: springfield.name,
      role: 'director',
    },
    {
      email: 'coordinator@springfield.example',
      name: 'Casey Rivera',
      org: springfield.id,
      orgName: springfield.name,
      role: 'coordinator',
    },
    {
      email: 'inspector@springfield.example',
      name: 'Jordan Lee',
      org: springfield.id,
      orgName: springfield.name,
      role: 'inspector',
    },
    {
      email: 'viewer@springfield.example',
      name: 'Pat Quinn',
      org: springfield.id,
      orgName: springfield.name,
      role: 'viewer',
    },
    {
      email: 'manager@acme-plating.example',
      name: 'Morgan Hale',
      org: facilities.get('Acme Plating')!,
      orgName: 'Acme Plating',
      role: 'manager',
      signatory: 'responsible_official',
    },
    {
      email: 'operator@acme-plating.example',
      name: 'Sam Ortiz',
      org: facilities.get('Acme Plating')!,
      orgName: 'Acme Plating',
      role: 'operator',
    },
    {
      email: 'admin@acme-plating.example',
      name: 'Robin Chen',
      org: facilities.get('Acme Plating')!,
      orgName: 'Acme Plating',
      role: 'admin',
      signatory: 'authorized_representative',
    },
    {
      email: 'manager@riverside-foods.example',
      name: 'Dana Brooks',
      org: facilities.get('Riverside Foods')!,
      orgName: 'Riverside Foods',
      role: 'manager',
      signatory: 'responsible_official',
    },
    {
      email: 'manager@bayview-refining.example',
      name: 'Kim Novak',
      org: bayview.id,
      orgName: bayview.name,
      role: 'manager',
      signatory: 'responsible_official',
    },
    {
      email: 'consultant@envirotech.example',
      name: 'Lee Park',
      org: facilities.get('Acme Plating')!,
      orgName: 'Acme Plating',
      role: 'viewer',
    },
    {
      email: 'consultant@envirotech.example',
      name: 'Lee Park',
      org: facilities.get('Riverside Foods')!,
      orgName: 'Riverside Foods',
      role: 'operator',
    },
  ] as const;
  for (const p of people) {
    await makeUser(db, p.org, {
      email: p.email,
      name: p.name,
      password: DEMO_PASSWORD,
      role: p.role,
      signatory: 'signatory' in p ? p.signatory : null,
    });
    accounts.push({ email: p.email, organization: p.orgName, role: p.role });
  }
  await seedDemoPermits(db, { springfieldId: springfield.id, facilities, bayviewId: bayview.id });
  await seedDemoMonitoring(db, facilities.get('Acme Plating')!, new Date().toISOString().slice(0, 10), {
    labImport: options.labImport ?? true,
  });
  await seedDemoReports(db, new Date().toISOString().slice(0, 10));
  await seedDemoProgram({
    db,
    authorityId: springfield.id,
    facilities,
    today: new Date().toISOString().slice(0, 10),
  });
  return accounts;
}

export function printDemoAccounts(accounts: DemoAccount[]) {
  console.log(`\nDemo data seeded. Sign in with any of these accounts; the password is "${DEMO_PASSWORD}":`);
  const width = Math.max(...accounts.map((a) => a.email.length));
  for (const a of accounts) console.log(`  ${a.email.padEnd(width)}  ${a.role.padEnd(11)} ${a.organization}`);
  console.log('');
}
