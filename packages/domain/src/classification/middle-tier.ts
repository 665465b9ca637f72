import { D } from '../numbers/decimal';
import { amount, check, optionalAmount, twoYearsBefore } from './checks';
import type {
  CategoricalFacts,
  ClassificationCheck,
  ClassificationSettings,
  IndustrialUserFacts,
  PotwCapacities,
} from './types';

const SHARE = new D('0.0001');
const HYDRAULIC_CAP_GPD = new D(5000);
const CITE = '403.12(e)(3)';

/** 403.12(e)(3): middle-tier tests; "does not exceed" means `<=` (§1.2). */
export function middleTierChecks(
  iu: IndustrialUserFacts,
  potw: PotwCapacities,
  settings: ClassificationSettings,
  asOf: string,
): ClassificationCheck[] {
  const facts = iu.categorical;
  const adopted = check(
    'mt-adopted',
    CITE,
    'The program adopted the middle-tier provision (LOCAL)',
    settings.middleTierAdopted,
  );
  if (!facts)
    return [
      adopted,
      check('mt-hydraulic', `${CITE}(i)(A)`, 'Categorical facts for the middle-tier test', 'not-evaluated'),
    ];
  return [
    adopted,
    hydraulicCheck(facts, potw),
    check(
      'mt-flow-measurement',
      `${CITE}(i)(A)`,
      'Flow measured by a continuous effluent flow monitor, unless the IU discharges in batches',
      facts.flowFromContinuousMonitorOrBatch,
    ),
    organicCheck(iu, potw),
    mahlCheck(facts),
    sncCheck(facts, asOf),
    check(
      'mt-not-variable',
      `${CITE}(iii)`,
      'Flows, production and pollutant levels not highly variable',
      facts.notHighlyVariable,
    ),
  ];
}

function hydraulicCheck(facts: CategoricalFacts, potw: PotwCapacities): ClassificationCheck {
  const description = 'Categorical flow ≤ min(0.01 % of design dry-weather hydraulic capacity, 5,000 gpd)';
  const capacity = optionalAmount(potw.designDryWeatherHydraulicGpd, 'designDryWeatherHydraulicGpd');
  if (capacity === null) return check('mt-hydraulic', `${CITE}(i)(A)`, description, 'not-evaluated');
  const flow = amount(facts.averageCategoricalFlowGpd, 'categorical.averageCategoricalFlowGpd');
  const share = capacity.times(SHARE);
  const cap = D.min(share, HYDRAULIC_CAP_GPD);
  return check('mt-hydraulic', `${CITE}(i)(A)`, description, flow.lte(cap), {
    flowGpd: flow.toFixed(),
    shareGpd: share.toFixed(),
    capGpd: cap.toFixed(),
  });
}

function organicCheck(iu: IndustrialUserFacts, potw: PotwCapacities): ClassificationCheck {
  const description = 'Organic load ≤ 0.01 % of design dry-weather organic treatment capacity';
  const load = optionalAmount(iu.processOrganicLoadLbPerDay, 'processOrganicLoadLbPerDay');
  const capacity = optionalAmount(potw.designDryWeatherOrganicLbPerDay, 'designDryWeatherOrganicLbPerDay');
  if (load === null || capacity === null)
    return check('mt-organic', `${CITE}(i)(B)`, description, 'not-evaluated');
  const cap = capacity.times(SHARE);
  return check('mt-organic', `${CITE}(i)(B)`, description, load.lte(cap), {
    loadLbPerDay: load.toFixed(),
    capLbPerDay: cap.toFixed(),
  });
}

function mahlCheck(facts: CategoricalFacts): ClassificationCheck {
  const description = 'Load ≤ 0.01 % of the MAHL for every categorical pollutant with approved local limits';
  const values: Record<string, string> = {};
  let met = true;
  const loads = [...(facts.pollutantLoads ?? [])].sort((a, b) => a.pollutant.localeCompare(b.pollutant));
  for (const p of loads) {
    const mahl = optionalAmount(p.mahlLbPerDay, `${p.pollutant}.mahlLbPerDay`);
    if (mahl === null) continue;
    const load = amount(p.loadLbPerDay, `${p.pollutant}.loadLbPerDay`);
    const cap = mahl.times(SHARE);
    values[p.pollutant] = `${load.toFixed()} lb/d vs cap ${cap.toFixed()} lb/d`;
    if (load.gt(cap)) met = false;
  }
  return check('mt-mahl', `${CITE}(i)(C)`, description, met, values);
}

function sncCheck(facts: CategoricalFacts, asOf: string): ClassificationCheck {
  const since = twoYearsBefore(asOf);
  const last = facts.lastSncDate ?? null;
  const inWindow = last !== null && last >= since && last <= asOf;
  return check('mt-no-snc', `${CITE}(ii)`, 'Not in SNC at any time in the past two years', !inWindow, {
    windowStart: since,
    asOf,
    lastSncDate: last ?? 'never',
  });
}
