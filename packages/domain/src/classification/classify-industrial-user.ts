import { check, isMet } from './checks';
import { middleTierChecks } from './middle-tier';
import { nsciuChecks } from './nsciu';
import { siuCriteriaChecks } from './siu-criteria';
import type {
  Classification,
  ClassificationCheck,
  ClassificationSettings,
  IndustrialUserFacts,
  PotwCapacities,
} from './types';

/**
 * §1.2: classifies an IU as categorical SIU, NSCIU, non-categorical SIU or non-significant, with the
 * rule that decided it and every check it ran. `asOf` (`YYYY-MM-DD`) dates the 2-year SNC look-back.
 * @throws ToolInputError for a negative or non-numeric flow or load.
 */
export function classifyIndustrialUser(input: {
  iu: IndustrialUserFacts;
  potw: PotwCapacities;
  settings: ClassificationSettings;
  asOf: string;
}): Classification {
  return input.iu.isSubjectToCategoricalStandard ? classifyCategorical(input) : classifyNonCategorical(input);
}

function classifyCategorical(input: Parameters<typeof classifyIndustrialUser>[0]): Classification {
  const { iu, potw, settings, asOf } = input;
  const checks: ClassificationCheck[] = [
    check(
      'categorical',
      '403.3(v)(1)(i)',
      'Subject to a categorical Pretreatment Standard (40 CFR 405–471)',
      true,
    ),
    ...nsciuChecks(iu.categorical, settings),
  ];
  if (iu.deDesignation) {
    checks.push(
      check(
        'de-designation',
        '403.3(v)(3)',
        'A CIU leaves SIU status only through the NSCIU route; de-designation ignored',
        'not-met',
      ),
    );
  }
  const nsciuIds = checks.filter((c) => c.id.startsWith('nsciu-')).map((c) => c.id);
  if (nsciuIds.every((id) => isMet(checks, id))) {
    return result(
      checks,
      'NSCIU',
      false,
      {
        citation: '403.3(v)(2)',
        rule: 'CIU that never discharges more than 100 gpd of categorical wastewater and meets (i)–(iii)',
      },
      [],
    );
  }
  const mt = middleTierChecks(iu, potw, settings, asOf);
  checks.push(...mt);
  const middleTier = mt.every((c) => c.outcome === 'met');
  return result(
    checks,
    'SIU_CATEGORICAL',
    middleTier,
    {
      citation: '403.3(v)(1)(i)',
      rule: 'Every categorical industrial user is significant unless found non-significant (NSCIU)',
    },
    ['403.3(v)(1)(i)'],
  );
}

function classifyNonCategorical(input: Parameters<typeof classifyIndustrialUser>[0]): Classification {
  const checks: ClassificationCheck[] = [
    check(
      'categorical',
      '403.3(v)(1)(i)',
      'Subject to a categorical Pretreatment Standard (40 CFR 405–471)',
      false,
    ),
    ...siuCriteriaChecks(input.iu, input.potw),
  ];
  const met = checks.filter((c) => c.id.startsWith('siu-') && c.outcome === 'met');
  const criteria = met.map((c) => `${c.citation} ${c.id.replace('siu-', '')}`);
  const first = met[0];
  if (!first) {
    return result(
      checks,
      'NON_SIGNIFICANT',
      false,
      { citation: '403.3(v)(1)(ii)', rule: 'No significant industrial user criterion is met' },
      [],
    );
  }
  const de = input.iu.deDesignation;
  if (de) {
    checks.push(
      check('de-designation', '403.3(v)(3)', `CA found no reasonable potential: ${de.reason}`, 'met'),
    );
    return result(
      checks,
      'NON_SIGNIFICANT',
      false,
      { citation: '403.3(v)(3)', rule: `De-designated: ${de.reason}` },
      [],
    );
  }
  return result(
    checks,
    'SIU_NON_CATEGORICAL',
    false,
    { citation: first.citation, rule: describe(first) },
    criteria,
  );
}

function describe(c: ClassificationCheck): string {
  const values = Object.entries(c.values).map(([k, v]) => `${k} ${v}`);
  return values.length > 0 ? `${c.description} (${values.join(', ')})` : c.description;
}

function result(
  checks: ClassificationCheck[],
  iuClass: Classification['iuClass'],
  middleTier: boolean,
  decidedBy: Classification['decidedBy'],
  siuCriteria: string[],
): Classification {
  return {
    iuClass,
    isCategorical: iuClass === 'SIU_CATEGORICAL' || iuClass === 'NSCIU',
    isSignificant: iuClass === 'SIU_CATEGORICAL' || iuClass === 'SIU_NON_CATEGORICAL',
    middleTier,
    decidedBy,
    siuCriteria,
    checks,
    unevaluated: checks.filter((c) => c.outcome === 'not-evaluated').map((c) => c.id),
  };
}
