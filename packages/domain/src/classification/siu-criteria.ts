import { D } from '../numbers/decimal';
import { amount, check, optionalAmount, percent } from './checks';
import type { ClassificationCheck, IndustrialUserFacts, PotwCapacities } from './types';

const FLOW_THRESHOLD_GPD = new D(25_000);
const CAPACITY_SHARE = new D('0.05');

/** 403.3(v)(1)(ii)(a)–(c): the non-categorical SIU criteria; `>=` per "or more" (§1.2). */
export function siuCriteriaChecks(iu: IndustrialUserFacts, potw: PotwCapacities): ClassificationCheck[] {
  const process = amount(iu.averageProcessFlowGpd, 'averageProcessFlowGpd');
  const excluded = iu.excludedFlowsGpd ?? {};
  const flowValues: Record<string, string> = { processGpd: process.toFixed(), thresholdGpd: '25000' };
  for (const [k, v] of Object.entries(excluded)) if (v !== undefined) flowValues[`excluded.${k}`] = String(v);
  return [
    check(
      'siu-process-flow',
      '403.3(v)(1)(ii)',
      'Average process wastewater ≥ 25,000 gpd (sanitary, non-contact cooling and boiler blowdown excluded)',
      process.gte(FLOW_THRESHOLD_GPD),
      flowValues,
    ),
    capacityCheck(
      'siu-hydraulic-share',
      'hydraulic',
      process,
      optionalAmount(potw.designDryWeatherHydraulicGpd, 'designDryWeatherHydraulicGpd'),
    ),
    capacityCheck(
      'siu-organic-share',
      'organic',
      optionalAmount(iu.processOrganicLoadLbPerDay, 'processOrganicLoadLbPerDay'),
      optionalAmount(potw.designDryWeatherOrganicLbPerDay, 'designDryWeatherOrganicLbPerDay'),
    ),
    check(
      'siu-designated',
      '403.3(v)(1)(ii)',
      'Designated by the Control Authority: reasonable potential to affect the POTW or violate a standard',
      iu.caDesignatedReasonablePotential === true,
    ),
  ];
}

function capacityCheck(
  id: string,
  kind: 'hydraulic' | 'organic',
  part: D | null,
  capacity: D | null,
): ClassificationCheck {
  const description = `Process wastestream ≥ 5 % of the POTW's average dry-weather ${kind} capacity`;
  if (part === null || capacity === null || capacity.isZero())
    return check(id, '403.3(v)(1)(ii)', description, 'not-evaluated');
  return check(id, '403.3(v)(1)(ii)', description, part.gte(capacity.times(CAPACITY_SHARE)), {
    contribution: part.toFixed(),
    capacity: capacity.toFixed(),
    percent: percent(part, capacity),
  });
}
