import { PermitContent } from '@outfall/domain/contracts/permits';
import { addDays, addYears } from '@outfall/domain/schedules/dates';
import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/connect';
import { users } from '../db/schema';
import { actorFor, makePermit, type PermitOverrides } from '../factories';
import { actOnPermit } from './act-on-permit';
import { MODEL_CONDITIONS, metalFinishingPermitContent, monitoringOf } from './demo-content';
import { today } from './permit-views';

type LimitRow = [
  code: string,
  name: string,
  base: string,
  baseName: string,
  value: string | null,
  unit: string,
  unitText: string,
  dir: 'min' | 'max',
];

function toLimit(row: LimitRow, basis: 'local' | 'bpj', frequencyCode: string) {
  const [code, name, base, baseName, value, unit, unitText, direction] = row;
  return {
    id: `limit:001:${code}:${base}`,
    parameterCode: code,
    parameterName: name,
    statisticalBaseCode: base,
    statisticalBaseName: baseName,
    value,
    unitCode: unit,
    unitText,
    direction,
    basis,
    sampleType: code === '00400' || code === '00556' ? 'GR' : '24',
    frequencyCode,
  };
}

/** One outfall with local or NPDES limits, monitoring of each parameter, and one report. */
function simplePermitContent(
  rows: LimitRow[],
  report: { kind: 'dmr' | 'periodic_compliance'; name: string; cadence: 'monthly' | 'semiannual' },
  basis: 'local' | 'bpj',
) {
  const outfallId = 'outfall:001';
  const limits = rows.map((r) => toLimit(r, basis, report.cadence === 'monthly' ? '01/07' : '01/30'));
  return PermitContent.parse({
    outfalls: [
      {
        id: outfallId,
        code: '001',
        name: 'Final effluent',
        monitoringLocationCode: '1',
        featureTypeCode: 'EXO',
      },
    ],
    limitSets: [
      { id: 'limitset:001:A', outfallId, designator: 'A', name: 'Outfall 001 — year-round', limits },
    ],
    monitoringRequirements: monitoringOf(limits, outfallId, '001'),
    reportingRequirements: [
      {
        id: `reporting:${report.kind}`,
        kind: report.kind,
        name: report.name,
        cadence: report.cadence,
        firstMonth: 1,
        dueRule: { kind: 'days-after-period-end', days: report.kind === 'dmr' ? 28 : 30 },
      },
    ],
    conditions: basis === 'local' ? MODEL_CONDITIONS : {},
  });
}

const FOOD_LIMITS: LimitRow[] = [
  ['00310', 'BOD, 5-day, 20 deg. C', 'DD', 'DAILY MX', '1500', '19', 'mg/L', 'max'],
  ['00530', 'Solids, total suspended', 'DD', 'DAILY MX', '1200', '19', 'mg/L', 'max'],
  ['00556', 'Oil & grease', 'DD', 'DAILY MX', '100', '19', 'mg/L', 'max'],
  ['00400', 'pH', 'ME', 'MINIMUM', '5.0', '12', 'SU', 'min'],
  ['00400', 'pH', 'MB', 'MAXIMUM', '11.0', '12', 'SU', 'max'],
  ['50050', 'Flow, in conduit or thru treatment plant', 'DD', 'DAILY MX', null, '03', 'MGD', 'max'],
];

const REFINERY_LIMITS: LimitRow[] = [
  ['50050', 'Flow, in conduit or thru treatment plant', 'MK', 'MO AVG', null, '03', 'MGD', 'max'],
  ['00310', 'BOD, 5-day, 20 deg. C', 'MK', 'MO AVG', '4982', '26', 'lb/d', 'max'],
  ['00310', 'BOD, 5-day, 20 deg. C', 'DD', 'DAILY MX', '10264', '26', 'lb/d', 'max'],
  ['00530', 'Solids, total suspended', 'MK', 'MO AVG', '3946', '26', 'lb/d', 'max'],
  ['00556', 'Oil & grease', 'DD', 'DAILY MX', '15', '19', 'mg/L', 'max'],
  ['00400', 'pH', 'ME', 'MINIMUM', '6.0', '12', 'SU', 'min'],
  ['00400', 'pH', 'MB', 'MAXIMUM', '9.0', '12', 'SU', 'max'],
];

function term(effectiveDate: string) {
  return {
    issuedDate: addDays(effectiveDate, -20),
    effectiveDate,
    expirationDate: addDays(addYears(effectiveDate, 5), -1),
  };
}

async function actorByEmail(db: Db, email: string, organizationId: string) {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return actorFor(db, user!.id, organizationId);
}

/** Issues a permit as `actor` and, its effective date having come, puts it in effect. */
async function inForce(db: Db, actor: Actor, overrides: PermitOverrides & { effectiveDate: string }) {
  const permit = await makePermit(db, actor, { ...overrides, issue: term(overrides.effectiveDate) });
  const input = { action: 'take_effect' as const, asOf: today() };
  return actOnPermit({ db, actor, permitId: permit.id, input });
}

/** Springfield's issued permits (Part 433 for the platers, local limits for food) and Bayview's own NPDES permit. */
export async function seedDemoPermits(
  db: Db,
  orgs: { springfieldId: string; facilities: Map<string, string>; bayviewId: string },
) {
  const now = today();
  const sf = await actorByEmail(db, 'coordinator@springfield.example', orgs.springfieldId);
  const facility = (name: string) => orgs.facilities.get(name)!;
  const plating = metalFinishingPermitContent();
  await inForce(db, sf, {
    facilityId: facility('Acme Plating'),
    permitNumber: 'SWR-IU-001',
    content: plating,
    effectiveDate: addYears(now, -1),
  });
  await inForce(db, sf, {
    facilityId: facility('Northgate Metal Finishing'),
    permitNumber: 'SWR-IU-004',
    content: plating,
    effectiveDate: addYears(now, -3),
  });
  const report = {
    kind: 'periodic_compliance' as const,
    name: 'Periodic compliance report (40 CFR 403.12(h))',
    cadence: 'semiannual' as const,
  };
  const food = simplePermitContent(FOOD_LIMITS, report, 'local');
  // expires within the renewal lead time: the application-due alert shows
  await inForce(db, sf, {
    facilityId: facility('Riverside Foods'),
    permitNumber: 'SWR-IU-002',
    content: food,
    effectiveDate: addDays(addYears(now, -5), 150),
  });
  await makePermit(db, sf, {
    facilityId: facility('Springfield Brewing Company'),
    permitNumber: 'SWR-IU-003',
    content: food,
  });
  const bayview = await actorByEmail(db, 'manager@bayview-refining.example', orgs.bayviewId);
  const npdes = simplePermitContent(
    REFINERY_LIMITS,
    { kind: 'dmr', name: 'Monthly DMR', cadence: 'monthly' },
    'bpj',
  );
  await inForce(db, bayview, {
    facilityId: orgs.bayviewId,
    permitNumber: 'TX0099001',
    kind: 'npdes',
    content: npdes,
    effectiveDate: addYears(now, -2),
  });
}
