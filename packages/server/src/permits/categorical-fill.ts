import {
  type CategoricalLimitDraft,
  type CategoricalStatistic,
  categoricalLimitDrafts,
  findCategoricalStandards,
  isSamePollutant,
  pollutantKey,
  type StandardSourceType,
} from '@outfall/domain/categorical/index';

/**
 * EPA parameter codes for the pollutants of the shipped categorical tables (a metal's plain name
 * means its total form). TTO has a code per part.
 * TODO(domain): this belongs beside the categorical data in packages/domain.
 */
const PARAMETER_CODES: Readonly<Record<string, [string, string]>> = {
  'arsenic-total': ['01002', 'Arsenic, total (as As)'],
  'cadmium-total': ['01027', 'Cadmium, total (as Cd)'],
  'chromium-total': ['01034', 'Chromium, total (as Cr)'],
  'chromium-hexavalent': ['01032', 'Chromium, hexavalent (as Cr)'],
  'copper-total': ['01042', 'Copper, total (as Cu)'],
  'lead-total': ['01051', 'Lead, total (as Pb)'],
  'mercury-total': ['71900', 'Mercury, total (as Hg)'],
  'nickel-total': ['01067', 'Nickel, total (as Ni)'],
  'silver-total': ['01077', 'Silver, total (as Ag)'],
  'zinc-total': ['01092', 'Zinc, total (as Zn)'],
  'cyanide-total': ['00720', 'Cyanide, total (as CN)'],
  'cyanide-amenable': ['00722', 'Cyanide, free (amen. to chlorination)'],
  'fluoride-total': ['00951', 'Fluoride, total (as F)'],
  'oil-and-grease': ['00556', 'Oil & grease'],
  tss: ['00530', 'Solids, total suspended'],
  ph: ['00400', 'pH'],
};
const TTO_CODES: Readonly<Record<string, string>> = {
  '413': '78223',
  '433': '78224',
  '468': '78231',
  '469': '78232',
};

/** ICIS statistical base of each categorical statistic; the consecutive-day averages have no own code. */
const STATISTICAL_BASES: Readonly<Record<CategoricalStatistic, [string, string]>> = {
  DAILY_MAX: ['DD', 'DAILY MX'],
  MONTHLY: ['MK', 'MO AVG'],
  FOUR_DAY: ['AF', '4-day average'],
  '30_CONSECUTIVE_DAY': ['AF', '30-day average'],
  RANGE_MIN: ['ME', 'MINIMUM'],
  RANGE_MAX: ['MB', 'MAXIMUM'],
};
const UNIT_CODES: Readonly<Record<string, string>> = { 'mg/L': '19', 'S.U.': '12', 'ug/L': '28' };

export interface CategoricalFillInput {
  part: string;
  subpart?: string;
  sourceType?: StandardSourceType;
  pollutants?: string[];
  processFlowGpd?: string;
  includeAlternatives?: boolean;
}

function parameterOf(part: string, key: string): { code: string | null; name: string | null } {
  if (key === 'tto') {
    const code = TTO_CODES[part] ?? '78141';
    return { code, name: `Total toxic organics (TTO)${TTO_CODES[part] ? ` (40 CFR${part})` : ''}` };
  }
  const found = PARAMETER_CODES[key] ?? PARAMETER_CODES[`${key}-total`];
  return found ? { code: found[0], name: found[1] } : { code: null, name: null };
}

function toLimitDraft(part: string, d: CategoricalLimitDraft) {
  const parameter = parameterOf(part, d.pollutantKey);
  const [statisticalBaseCode, statisticalBaseName] = STATISTICAL_BASES[d.statistic];
  return {
    parameterCode: parameter.code,
    parameterName: parameter.name ?? d.pollutant,
    statisticalBaseCode,
    statisticalBaseName,
    value: d.value,
    unitCode: UNIT_CODES[d.unit] ?? null,
    unitText: d.unit,
    direction: d.direction,
    enforceable: true,
    basis: d.basis,
    categoricalCitation: d.citation,
    notes: d.applicability,
  };
}

/** Limit drafts from the categorical standards, each citing its CFR section; unknown names are listed. */
export function fillCategoricalLimits(input: CategoricalFillInput) {
  const standards = findCategoricalStandards({
    part: input.part,
    subpart: input.subpart,
    sourceType: input.sourceType,
    processFlowGpd: input.processFlowGpd,
    includeAlternatives: input.includeAlternatives,
  });
  const wanted = input.pollutants?.map((p) => ({ name: p, key: pollutantKey(p) }));
  const chosen = wanted
    ? standards.filter((s) => wanted.some((w) => isSamePollutant(s.pollutantKey, w.key)))
    : standards;
  const unmatched = (wanted ?? [])
    .filter((w) => !standards.some((s) => isSamePollutant(s.pollutantKey, w.key)))
    .map((w) => w.name);
  const drafts = chosen.flatMap((s) =>
    categoricalLimitDrafts(s).map((d) => ({
      pollutant: d.pollutant,
      statistic: d.statistic,
      sourceType: d.sourceType,
      citation: d.citation,
      limit: toLimitDraft(s.part, d),
    })),
  );
  return { drafts, unmatched };
}
