import { PermitContent, type PermitLimit } from '@outfall/domain/contracts/permits';
import { fillCategoricalLimits } from './categorical-fill';

/** Model statements for the 403.8(f)(1)(iii)(B) minimum conditions (demo and tests). */
export const MODEL_CONDITIONS = {
  duration: 'This permit is effective for the term stated on its cover, not to exceed five years.',
  nonTransferability:
    'This permit may not be transferred to a new owner or operator without prior written notification to the Control Authority and a copy of this permit provided to the new owner.',
  monitoring:
    'The permittee shall sample and analyze its discharge as set out in Part III, using 40 CFR 136 methods.',
  reporting: 'The permittee shall submit the reports listed in Part IV, signed per 40 CFR 403.12(l).',
  notification:
    'The permittee shall notify the Control Authority immediately of any slug discharge, spill or changed discharge (40 CFR 403.12(f), (j)).',
  recordKeeping:
    'The permittee shall keep all monitoring records for at least three years (40 CFR 403.12(o)).',
  penalties:
    'Violations are subject to civil penalties of up to $1,000 per day per violation and criminal penalties under the sewer use ordinance.',
};

const PART_433_POLLUTANTS = [
  'Cadmium (T)',
  'Chromium (T)',
  'Copper (T)',
  'Lead (T)',
  'Nickel (T)',
  'Silver (T)',
  'Zinc (T)',
  'Cyanide (T)',
  'TTO',
];

/** 433.15 PSES limits from the reference data, 24-hour composites (cyanide by grab), monthly. */
function part433Limits(code: string) {
  const { drafts } = fillCategoricalLimits({
    part: '433',
    subpart: 'A',
    sourceType: 'PSES',
    pollutants: PART_433_POLLUTANTS,
  });
  return drafts.map((d) => ({
    ...d.limit,
    id: `limit:${code}:${d.limit.parameterCode}:${d.limit.statisticalBaseCode}`,
    parameterCode: d.limit.parameterCode!,
    sampleType: d.limit.parameterCode === '00720' ? 'GR' : '24',
    frequencyCode: '01/30',
  }));
}

/** LOCAL: the sewer use ordinance's pH range. */
function localPh(code: string, direction: 'min' | 'max', value: string): Partial<PermitLimit> {
  const base = direction === 'min' ? 'ME' : 'MB';
  return {
    id: `limit:${code}:00400:${base}`,
    parameterCode: '00400',
    parameterName: 'pH',
    statisticalBaseCode: base,
    statisticalBaseName: direction === 'min' ? 'MINIMUM' : 'MAXIMUM',
    value,
    unitCode: '12',
    unitText: 'SU',
    direction,
    basis: 'local',
    sampleType: 'GR',
    frequencyCode: '01/30',
    notes: 'Local limit (sewer use ordinance)',
  };
}

/** One monitoring requirement per limited parameter, at the outfall, as often and as sampled as its limits. */
export function monitoringOf(
  limits: {
    parameterCode?: string;
    parameterName?: string;
    sampleType?: string | null;
    frequencyCode?: string | null;
  }[],
  outfallId: string,
  code: string,
) {
  const byParameter = new Map(limits.map((l) => [l.parameterCode, l]));
  return [...byParameter.values()].map((l) => ({
    id: `monitoring:${code}:${l.parameterCode}`,
    parameterCode: l.parameterCode,
    parameterName: l.parameterName,
    outfallId,
    frequencyCode: l.frequencyCode,
    sampleType: l.sampleType,
  }));
}

/**
 * A complete Part 433 PSES permit for one outfall: categorical limits from the reference data,
 * a local pH range, monitoring of every limited pollutant, a semi-annual periodic report.
 */
export function metalFinishingPermitContent(overrides: { outfallCode?: string } = {}): PermitContent {
  const code = overrides.outfallCode ?? '001';
  const outfallId = `outfall:${code}`;
  const limits = [...part433Limits(code), localPh(code, 'min', '5.0'), localPh(code, 'max', '11.0')];
  return PermitContent.parse({
    outfalls: [
      { id: outfallId, code, name: 'Process wastewater to sanitary sewer', monitoringLocationCode: '1' },
    ],
    limitSets: [
      {
        id: `limitset:${code}:A`,
        outfallId,
        designator: 'A',
        name: `Outfall ${code} — 40 CFR 433.15 PSES and local limits`,
        limits,
      },
    ],
    monitoringRequirements: monitoringOf(limits, outfallId, code),
    reportingRequirements: [
      {
        id: 'reporting:periodic',
        kind: 'periodic_compliance',
        name: 'Periodic compliance report (40 CFR 403.12(e))',
        cadence: 'semiannual',
        firstMonth: 1,
        dueRule: { kind: 'days-after-period-end', days: 30 },
      },
    ],
    conditions: MODEL_CONDITIONS,
  });
}
