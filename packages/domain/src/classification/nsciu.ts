import { D } from '../numbers/decimal';
import { amount, check } from './checks';
import type { CategoricalFacts, ClassificationCheck, ClassificationSettings } from './types';

const NSCIU_MAX_GPD = new D(100);

/** 403.3(v)(2): NSCIU eligibility; "never … more than 100 gpd" means every day ≤ 100 (§1.2). */
export function nsciuChecks(
  facts: CategoricalFacts | null | undefined,
  settings: ClassificationSettings,
): ClassificationCheck[] {
  const adopted = check(
    'nsciu-adopted',
    '403.3(v)(2)',
    'The program adopted the NSCIU provision (LOCAL)',
    settings.nsciuAdopted,
  );
  if (!facts) {
    return [
      adopted,
      check('nsciu-flow', '403.3(v)(2)', 'Categorical facts for the NSCIU test', 'not-evaluated'),
    ];
  }
  const maxDaily = amount(facts.maxDailyCategoricalFlowGpd, 'categorical.maxDailyCategoricalFlowGpd');
  return [
    adopted,
    check(
      'nsciu-flow',
      '403.3(v)(2)',
      'Never discharges more than 100 gpd of total categorical wastewater',
      maxDaily.lte(NSCIU_MAX_GPD),
      {
        maxDailyGpd: maxDaily.toFixed(),
        limitGpd: '100',
      },
    ),
    check(
      'nsciu-compliant',
      '403.3(v)(2)(i)',
      'Consistently complied with all categorical standards and requirements',
      facts.consistentlyCompliant,
    ),
    check(
      'nsciu-certification',
      '403.3(v)(2)(ii); 403.12(q)',
      'Annual certification submitted',
      facts.annualCertificationOnFile,
    ),
    check(
      'nsciu-no-concentrate',
      '403.3(v)(2)(iii)',
      'Never discharges untreated concentrated wastewater',
      facts.noUntreatedConcentrate,
    ),
  ];
}
