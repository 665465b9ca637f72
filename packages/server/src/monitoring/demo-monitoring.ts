import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/connect';
import { users } from '../db/schema';
import { actorFor, makeLabImport, makeSampleEvent } from '../factories';

/** Great Lakes Analytical's June 2026 EDD for Acme Plating: the copper exceedance of the composite of 2026-06-08/09. */
export const ACME_JUNE_EDD = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../demo/edd-long-acme-plating-2026-06.csv',
);

const MONTHS = ['2026-03', '2026-04', '2026-05', '2026-07', '2026-08', '2026-09', '2026-10'];

// Compliant Part 433 metals (mg/L), varied by month without randomness.
const METALS: [code: string, base: number][] = [
  ['01027', 0.05],
  ['01034', 0.8],
  ['01042', 1.1],
  ['01051', 0.12],
  ['01067', 1.2],
  ['01077', 0.05],
  ['01092', 0.9],
];

function monthEvents(facilityId: string, month: string, i: number) {
  const factor = 1 + ((i * 7) % 5) / 10;
  const common = {
    facilityId,
    monitoringPoint: '001',
    labName: 'Great Lakes Analytical',
    chainOfCustody: [],
  };
  const composite = {
    ...common,
    collectedStart: `${month}-06T08:00`,
    collectedEnd: `${month}-07T08:00`,
    sampleType: 'N',
    collectionMethod: 'composite' as const,
    collector: 'Sam Ortiz',
    results: [
      ...METALS.map(([code, base]) => ({
        parameterCode: code,
        value: (base * factor).toFixed(3),
        unit: 'mg/L',
        method: 'EPA 200.8',
        analyzedAt: `${month}-08T14:00`,
      })),
      {
        parameterCode: '78224',
        value: (0.4 * factor).toFixed(2),
        unit: 'mg/L',
        method: 'EPA 624.1',
        analyzedAt: `${month}-09T10:00`,
      },
    ],
  };
  const grab = {
    ...common,
    collectedStart: `${month}-07T09:30`,
    sampleType: 'N',
    collectionMethod: 'grab' as const,
    collector: 'Sam Ortiz',
    results: [
      {
        parameterCode: '00720',
        value: (0.1 * factor).toFixed(3),
        unit: 'mg/L',
        method: 'SM 4500-CN E',
        analyzedAt: `${month}-09T09:30`,
      },
      {
        parameterCode: '00400',
        value: (7 + (i % 3) / 10).toFixed(1),
        unit: 'SU',
        method: 'SM 4500-H+ B',
        analyzedAt: `${month}-07T09:38`,
      },
    ],
  };
  return [composite, grab];
}

async function acmeManager(db: Db, acmeId: string): Promise<Actor> {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'manager@acme-plating.example'));
  return actorFor(db, user!.id, acmeId);
}

/** Acme Plating's self-monitoring: months of compliant results, and June's lab file with its copper violation. */
export async function seedDemoMonitoring(
  db: Db,
  acmeId: string,
  today: string,
  options: { labImport: boolean },
) {
  const actor = await acmeManager(db, acmeId);
  const months = MONTHS.filter((m) => `${m}-28` < today);
  for (const [i, month] of months.entries()) {
    for (const event of monthEvents(acmeId, month, i)) await makeSampleEvent(db, actor, event);
  }
  if (options.labImport && '2026-06-30' < today) {
    const content = readFileSync(ACME_JUNE_EDD, 'utf8');
    await makeLabImport(db, actor, {
      facilityId: acmeId,
      fileName: 'edd-long-acme-plating-2026-06.csv',
      content,
      labName: 'Great Lakes Analytical',
      saveMapping: true,
    });
  }
}
