import { describe, expect, it } from 'vitest';
import {
  type AnnualReportFacts,
  computeAnnualReport,
  type IuFacts,
  isPermitCurrent,
  listingMonths,
} from '../src/program/annual-report';

const PERIOD = { start: '2025-01-01', end: '2025-12-31', label: '2025' };
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function iu(overrides: Partial<IuFacts> = {}): IuFacts {
  return {
    facilityId: uuid(),
    name: `IU ${n}`,
    address: '1 Main St, Springfield, IL 62701',
    iuClass: 'SIU_NON_CATEGORICAL',
    classAtStart: 'SIU_NON_CATEGORICAL',
    changedOn: null,
    changeReason: null,
    closed: false,
    middleTier: false,
    categories: [],
    hasLocalLimits: true,
    permit: {
      number: 'ILP000001',
      status: 'effective',
      effectiveDate: '2024-01-01',
      expirationDate: '2029-01-01',
      statusDate: null,
    },
    icisPermitId: null,
    averageDailyFlowGpd: '30000',
    averageDailyProcessFlowGpd: '26000',
    inspections: [{ date: '2025-05-01', kind: 'routine', includesSampling: true }],
    authoritySamples: [],
    snc: [],
    enforcement: [],
    selfMonitoringReports: [],
    violations: [],
    nsciuCertificationSubmitted: null,
    changedDischargeSubmitted: false,
    ...overrides,
  };
}

function facts(ius: IuFacts[], entered: AnnualReportFacts['entered'] = {}): AnnualReportFacts {
  return {
    period: PERIOD,
    asOf: '2026-02-01',
    authority: {
      id: uuid(),
      name: 'Springfield Water Reclamation',
      npdesPermitId: 'IL0021234',
      suoReference: 'SUO 2019-4',
      suoDate: '2019-03-01',
      localLimitsAdoptionDate: '2019-03-01',
      localLimitsEvaluationDate: '2024-06-01',
    },
    industrialUsers: ius,
    entered,
  };
}

const action = (
  type: IuFacts['enforcement'][number]['type'],
  issuedOn: string,
  extra: Partial<IuFacts['enforcement'][number]> = {},
): IuFacts['enforcement'][number] => ({
  type,
  issuedOn,
  status: 'open',
  penaltyAssessed: null,
  penaltyCollected: null,
  penaltyCollectedOn: null,
  judicialKind: null,
  schedule: [],
  ...extra,
});

describe('control mechanism in force (SIUsWithoutControlMechanism)', () => {
  const permit = {
    number: 'ILP000001',
    status: 'effective',
    effectiveDate: '2024-01-01',
    expirationDate: '2025-12-31',
    statusDate: null,
  };
  it.each([
    ['in force through the last day', permit, true],
    ['expired the day before the period end', { ...permit, expirationDate: '2025-12-30' }, false],
    ['not yet effective', { ...permit, effectiveDate: '2026-01-01' }, false],
    ['a draft', { ...permit, status: 'draft' }, false],
    ['terminated in the period', { ...permit, status: 'terminated', statusDate: '2025-06-01' }, false],
    ['terminated after the period', { ...permit, status: 'terminated', statusDate: '2026-01-15' }, true],
    ['now expired but current then', { ...permit, status: 'expired' }, true],
    ['no permit', null, false],
  ])('%s', (_label, p, expected) => {
    expect(isPermitCurrent(p, '2025-12-31')).toBe(expected);
  });
});

describe('SNC listing months (§6.3)', () => {
  it('lists the months of the period covered by each window, once', () => {
    const w = (windowStart: string, windowEnd: string) => ({
      windowStart,
      windowEnd,
      label: '',
      criteria: ['A' as const],
      parameters: [],
    });
    expect(listingMonths([w('2024-07-01', '2025-02-28'), w('2025-02-01', '2025-03-31')], PERIOD)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
    ]);
  });
});

describe('a hand-computed program (§6.2 figures)', () => {
  // SIU 1: categorical (433), inspected and sampled, SNC A+B on copper, NOV + AO with schedule,
  //        penalty 5,000.00 assessed, 1,250.50 collected in the period.
  const plating = iu({
    name: 'Acme Plating',
    iuClass: 'SIU_CATEGORICAL',
    classAtStart: 'SIU_CATEGORICAL',
    categories: [{ part: '433', subpart: 'A' }],
    snc: [
      {
        windowStart: '2025-01-01',
        windowEnd: '2025-06-30',
        label: '2025 H1',
        criteria: ['A', 'B'],
        parameters: ['01042'],
      },
    ],
    enforcement: [
      action('notice_of_violation', '2025-02-10'),
      action('administrative_order', '2025-04-01', {
        schedule: [{ scheduledDate: '2025-10-01', achievedDate: null }],
      }),
      action('penalty', '2025-05-01', {
        penaltyAssessed: '5000.00',
        penaltyCollected: '1250.50',
        penaltyCollectedOn: '2025-07-01',
      }),
    ],
    violations: [{ detectedOn: '2025-03-01', category: null, description: null }],
  });
  // SIU 2: non-categorical, not inspected, sampled by the authority, late report (SNC F), NOV.
  const foods = iu({
    name: 'Riverside Foods',
    inspections: [],
    authoritySamples: ['2025-08-12', '2025-08-12', '2024-11-01'],
    snc: [
      {
        windowStart: '2025-07-01',
        windowEnd: '2025-12-31',
        label: '2025 H2',
        criteria: ['F'],
        parameters: [],
      },
    ],
    selfMonitoringReports: [
      { dueDate: '2025-01-31', receivedOn: '2025-01-30' },
      { dueDate: '2025-07-31', receivedOn: '2025-09-20' },
      { dueDate: '2026-01-31', receivedOn: null },
    ],
    enforcement: [action('notice_of_violation', '2025-09-25')],
  });
  // SIU 3: no current permit (expired), inspection without sampling, civil referral, a penalty
  //        collected outside the period (not counted), an interference violation.
  const brewing = iu({
    name: 'Springfield Brewing',
    permit: {
      number: 'SWR-IU-003',
      status: 'expired',
      effectiveDate: '2020-01-01',
      expirationDate: '2025-03-31',
      statusDate: null,
    },
    inspections: [{ date: '2025-03-03', kind: 'routine', includesSampling: false }],
    enforcement: [
      action('judicial_referral', '2025-11-01', { judicialKind: 'civil' }),
      action('penalty', '2024-10-01', {
        penaltyAssessed: '800.00',
        penaltyCollected: '800.00',
        penaltyCollectedOn: '2024-12-15',
      }),
    ],
    violations: [{ detectedOn: '2025-06-01', category: 'interference', description: 'Digester upset' }],
  });
  // SIU 4: added this year (was non-significant), inspected with sampling, schedule SNC E.
  const metal = iu({
    name: 'Northgate Metal',
    classAtStart: 'NON_SIGNIFICANT',
    changedOn: '2025-04-15',
    changeReason: 'Designated: reasonable potential',
    snc: [
      { windowStart: '2025-01-01', windowEnd: '2025-06-30', label: 'H1', criteria: ['E'], parameters: [] },
    ],
  });
  // NSCIU: categorical but not significant; certification submitted.
  const dental = iu({
    name: 'Bright Dental Lab',
    iuClass: 'NSCIU',
    classAtStart: 'NSCIU',
    categories: [{ part: '441', subpart: 'A' }],
    inspections: [],
    nsciuCertificationSubmitted: true,
  });
  // Middle-tier CIU: an SIU, not inspected this year (every 2 years), not sampled.
  const anodizing = iu({
    name: 'Capitol Anodizing',
    iuClass: 'SIU_CATEGORICAL',
    classAtStart: 'SIU_CATEGORICAL',
    middleTier: true,
    hasLocalLimits: false,
    categories: [{ part: '433', subpart: 'A' }],
    inspections: [],
  });
  // Deleted: closed during the year.
  const closedShop = iu({ name: 'Old Tannery', closed: true, changedOn: '2025-09-30' });

  const content = computeAnnualReport(
    facts([plating, foods, brewing, metal, dental, anodizing, closedShop], {
      sncNoticePublishedOn: '2025-03-15',
    }),
  );
  const by = (name: string) => content.industrialUsers.find((i) => i.name === name)!;

  it('computes every PPS figure as counted by hand', () => {
    expect(content.pps).toEqual({
      NumberSIUs: 5, // plating, foods, brewing, metal, anodizing
      SIUsWithoutControlMechanism: 1, // brewing
      SIUsNotInspected: 2, // foods, anodizing
      SIUsNotSampled: 2, // brewing (inspection without sampling), anodizing
      SIUsOnSchedule: 1, // plating's AO
      SIUsSNCWithPretreatmentStandards: 1, // plating A, B
      SIUsSNCWithReportingRequirements: 1, // foods F
      SIUsSNCWithPretreatmentSchedule: 1, // metal E
      SIUsSNCPublishedNewspaper: 3, // plating, foods, metal
      ViolationNoticesIssuedSIUs: 2,
      AdministrativeOrdersIssuedSIUs: 1,
      CivilSuitsFiledAgainstSIUs: 1,
      CriminalSuitsFiledAgainstSIUs: 0,
      DollarAmountPenaltiesCollected: '1250.50', // the 800.00 of 2024 is outside
      IUsWhichPenaltiesHaveBeenCollected: 1,
      NumberCIUs: 3, // plating, dental (NSCIU), anodizing
      CIUsInSNC: 1,
      PassThroughInterferenceIndicator: 'Y',
    });
  });

  it('keeps the updated IU list with categories, flags and changes', () => {
    expect(by('Northgate Metal').change).toEqual({
      kind: 'added',
      on: '2025-04-15',
      explanation: 'Designated: reasonable potential',
    });
    expect(by('Old Tannery').change).toMatchObject({ kind: 'deleted', on: '2025-09-30' });
    expect(by('Old Tannery').change?.explanation).toMatch(/closed/i);
    expect(by('Acme Plating')).toMatchObject({
      isCategorical: true,
      localLimitsMoreStringent: true,
      localLimitsOnly: false,
      categories: [{ part: '433', subpart: 'A' }],
    });
    expect(by('Capitol Anodizing')).toMatchObject({ middleTier: true, localLimitsMoreStringent: false });
    expect(by('Riverside Foods')).toMatchObject({ localLimitsOnly: true, isCategorical: false });
    expect(by('Bright Dental Lab')).toMatchObject({
      isSignificant: false,
      nsciuCertificationSubmitted: true,
    });
  });

  it('counts per-IU monitoring, self-monitoring and enforcement (§6.3)', () => {
    // the same authority sampling day twice is one event; 2024 is outside
    expect(by('Riverside Foods')).toMatchObject({ inspections: 0, samplingEvents: 1 });
    expect(by('Riverside Foods').selfMonitoring).toEqual({
      required: 2,
      onTime: 1,
      late: 1,
      missing: 0,
      complied: false,
    });
    expect(by('Acme Plating').enforcement).toEqual({
      counts: [
        { type: 'notice_of_violation', count: 1 },
        { type: 'administrative_order', count: 1 },
        { type: 'penalty', count: 1 },
      ],
      penaltyAssessed: '5000.00',
      penaltyCollected: '1250.50',
    });
    expect(by('Acme Plating').snc).toEqual({
      inSnc: true,
      criteria: ['A', 'B'],
      parameters: ['01042'],
      months: ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'],
      published: true,
    });
    expect(by('Springfield Brewing').permit?.currentAtPeriodEnd).toBe(false);
  });

  it('summarises compliance, SNC, inspections, sampling, enforcement and penalties', () => {
    expect(content.complianceSummary).toEqual({
      industrialUsers: 6,
      withoutViolations: 2, // dental, anodizing
      withViolations: 4,
      inSnc: 3,
      reportsRequired: 2,
      reportsLateOrMissing: 1,
    });
    expect(content.sncList.map((s) => s.name)).toEqual([
      'Acme Plating',
      'Northgate Metal',
      'Riverside Foods',
    ]);
    expect(content.inspections).toHaveLength(4);
    expect(content.samplingEvents.map((s) => [s.name, s.source])).toEqual([
      ['Acme Plating', 'inspection'],
      ['Northgate Metal', 'inspection'],
      ['Old Tannery', 'inspection'],
      ['Riverside Foods', 'sample'],
    ]);
    expect(content.penalties).toEqual({ assessed: '5000.00', collected: '1250.50' });
    expect(content.passThroughInterference).toEqual([
      expect.objectContaining({ name: 'Springfield Brewing', category: 'interference' }),
    ]);
  });

  it('counts a required report missing after its due date as noncompliance, not one due later', () => {
    const missing = iu({ selfMonitoringReports: [{ dueDate: '2025-12-31', receivedOn: null }] });
    const c = computeAnnualReport(facts([missing]));
    expect(c.industrialUsers[0]!.selfMonitoring).toMatchObject({ required: 1, missing: 1, complied: false });
    expect(c.complianceSummary).toMatchObject({ withViolations: 1, withoutViolations: 0 });
    const notYet = computeAnnualReport({ ...facts([missing]), asOf: '2025-12-31' });
    expect(notYet.industrialUsers[0]!.selfMonitoring).toMatchObject({ missing: 0, complied: true });
  });

  it('sums money in decimal, not floating point', () => {
    const cents = iu({
      enforcement: [
        action('penalty', '2025-02-01', { penaltyCollected: '0.10', penaltyCollectedOn: '2025-02-01' }),
        action('penalty', '2025-03-01', { penaltyCollected: '0.20', penaltyCollectedOn: '2025-03-01' }),
      ],
    });
    expect(computeAnnualReport(facts([cents])).pps.DollarAmountPenaltiesCollected).toBe('0.30');
  });

  it('is not published before the notice, and a notice from an earlier year does not count', () => {
    const unpublished = computeAnnualReport(facts([plating]));
    expect(unpublished.pps.SIUsSNCPublishedNewspaper).toBe(0);
    const old = computeAnnualReport(facts([plating], { sncNoticePublishedOn: '2024-03-01' }));
    expect(old.pps.SIUsSNCPublishedNewspaper).toBe(0);
  });

  it('has no pass-through indicator, SNC or actions in a clean year', () => {
    const clean = computeAnnualReport(facts([iu()]));
    expect(clean.pps).toMatchObject({
      NumberSIUs: 1,
      SIUsNotInspected: 0,
      SIUsNotSampled: 0,
      PassThroughInterferenceIndicator: 'N',
      DollarAmountPenaltiesCollected: '0.00',
      CIUsInSNC: 0,
    });
  });

  it('carries what the authority entered and the ICIS ids it gave', () => {
    const id = brewing.facilityId;
    const c = computeAnnualReport(
      facts([brewing], { programChanges: 'Local limits re-evaluated', icisPermitIds: { [id]: 'ILP000103' } }),
    );
    expect(c.entered.programChanges).toBe('Local limits re-evaluated');
    expect(c.industrialUsers[0]!.icisPermitId).toBe('ILP000103');
  });
});
