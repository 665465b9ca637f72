import { describe, expect, it } from 'vitest';
import {
  icisPretreatmentProblems,
  icisPretreatmentXml,
  reportedIndustrialUsers,
} from '../src/exports/icis-pretreatment-xml';
import { computeAnnualReport, type IuFacts } from '../src/program/annual-report';
import { validateIcisXml } from './exports-helpers';

const HEADER = {
  author: 'dana.director',
  organization: 'Springfield <Water> & Reclamation',
  createdAt: '2026-02-20T14:03:00Z',
};
let n = 0;
const uuid = () => `00000000-0000-4000-9000-${String(++n).padStart(12, '0')}`;

function iu(overrides: Partial<IuFacts>): IuFacts {
  return {
    facilityId: uuid(),
    name: `IU ${n}`,
    address: null,
    iuClass: 'SIU_CATEGORICAL',
    classAtStart: 'SIU_CATEGORICAL',
    changedOn: null,
    changeReason: null,
    closed: false,
    middleTier: false,
    categories: [{ part: '433', subpart: 'A' }],
    hasLocalLimits: true,
    permit: {
      number: 'ILP000101',
      status: 'effective',
      effectiveDate: '2024-01-01',
      expirationDate: '2029-01-01',
      statusDate: null,
    },
    icisPermitId: null,
    averageDailyFlowGpd: '42000.4',
    averageDailyProcessFlowGpd: '30000',
    inspections: [{ date: '2025-05-01', kind: 'routine', includesSampling: true }],
    authoritySamples: ['2025-09-01'],
    snc: [],
    enforcement: [],
    selfMonitoringReports: [],
    violations: [],
    nsciuCertificationSubmitted: null,
    changedDischargeSubmitted: false,
    ...overrides,
  };
}

function report(ius: IuFacts[], npdesPermitId: string | null = 'IL0021234') {
  return computeAnnualReport({
    period: { start: '2025-01-01', end: '2025-12-31', label: '2025' },
    asOf: '2026-02-01',
    authority: {
      id: uuid(),
      name: 'Springfield',
      npdesPermitId,
      suoReference: 'SUO 2019-4',
      suoDate: '2019-03-01',
      localLimitsAdoptionDate: '2019-03-01',
      localLimitsEvaluationDate: '2024-06-01',
    },
    industrialUsers: ius,
    entered: {
      localLimitsParameterCodes: ['01042', '01092'],
      potwDischargeContamination: 'N',
      potwBiosolidsContamination: 'Y',
      potwBiosolidsContaminationText: 'Molybdenum above the ceiling <75 mg/kg> in one sample',
      sncNoticePublishedOn: '2025-03-10',
    },
  });
}

const program = () =>
  report([
    iu({
      name: 'Acme Plating',
      snc: [
        {
          windowStart: '2025-01-01',
          windowEnd: '2025-06-30',
          label: 'H1',
          criteria: ['A', 'B', 'F'],
          parameters: ['01042', 'LONG-CODE'],
        },
      ],
      enforcement: [
        {
          type: 'notice_of_violation',
          issuedOn: '2025-02-01',
          status: 'closed',
          penaltyAssessed: null,
          penaltyCollected: null,
          penaltyCollectedOn: null,
          judicialKind: null,
          schedule: [],
        },
        {
          type: 'penalty',
          issuedOn: '2025-03-01',
          status: 'open',
          penaltyAssessed: '5000',
          penaltyCollected: '1250.5',
          penaltyCollectedOn: '2025-04-01',
          judicialKind: null,
          schedule: [{ scheduledDate: '2025-09-01', achievedDate: null }],
        },
      ],
      selfMonitoringReports: [{ dueDate: '2025-07-31', receivedOn: null }],
    }),
    iu({
      name: 'Bright Dental',
      iuClass: 'NSCIU',
      classAtStart: 'NSCIU',
      nsciuCertificationSubmitted: true,
      permit: null,
      icisPermitId: 'ILP000102',
    }),
    iu({
      name: 'Corner Cafe',
      iuClass: 'NON_SIGNIFICANT',
      classAtStart: 'NON_SIGNIFICANT',
      categories: [],
      permit: null,
    }),
    iu({ name: 'Gone Inc', closed: true, permit: null }),
  ]);

describe('ICIS v5.14 PretreatmentProgramReport XML', () => {
  it('validates against the XSD, with every per-IU group written', async () => {
    const xml = icisPretreatmentXml(
      { content: program(), formSetId: 'prr-2025', receivedDate: '2026-02-20' },
      HEADER,
    );
    const verdict = await validateIcisXml(xml);
    expect(verdict.output).toBe('doc.xml validates');
    expect(xml).toContain('<Payload Operation="PretreatmentProgramReportSubmission">');
    expect(xml).toContain('<PermitIdentifier>IL0021234</PermitIdentifier>');
    expect(xml).toContain('<IUCashCivilPenaltyAmountCollected>1250.50</IUCashCivilPenaltyAmountCollected>');
    expect(xml).toContain('<SNCListingMonthYear>2025-06</SNCListingMonthYear>');
    expect(xml).toContain('<NSCIUCertSubmToCAIndicator>Y</NSCIUCertSubmToCAIndicator>');
    expect(xml).toContain('<IUAverageDailyWastewaterFlowRateGPD>42000</IUAverageDailyWastewaterFlowRateGPD>');
    expect(xml).toContain('&lt;75 mg/kg&gt;');
    // a parameter code longer than ICIS's 5 characters is left out rather than written
    expect(xml).not.toContain('LONG-CODE');
    // SIUs and CIUs only: the non-significant IU and the deleted one are not reported per IU
    expect(xml.match(/<IndustrialUserInformation>/g)).toHaveLength(2);
  });

  it('validates with no IUs and no optional program information', async () => {
    const xml = icisPretreatmentXml({ content: report([]), formSetId: 'x', receivedDate: null }, HEADER);
    expect((await validateIcisXml(xml)).valid).toBe(true);
    expect(xml).toContain('<IndustrialUserIndicator>N</IndustrialUserIndicator>');
  });

  it('a broken copy fails the XSD (the validator is real)', async () => {
    const xml = icisPretreatmentXml(
      { content: program(), formSetId: 'prr-2025', receivedDate: null },
      HEADER,
    );
    const swapped = xml.replace(
      /(<ProgramReportStartDate>.*<\/ProgramReportStartDate>)\n(\s*)(<ProgramReportEndDate>.*<\/ProgramReportEndDate>)/,
      '$3\n$2$1',
    );
    expect(swapped).not.toBe(xml);
    expect((await validateIcisXml(swapped)).valid).toBe(false);
    const badIndicator = xml.replace(
      '<SNCPublishedIndicator>Y</SNCPublishedIndicator>',
      '<SNCPublishedIndicator>Yes</SNCPublishedIndicator>',
    );
    expect((await validateIcisXml(badIndicator)).valid).toBe(false);
  });

  it('refuses to write, naming the field, when an identifier cannot be written', () => {
    const content = report(
      [
        iu({
          name: 'Long Number Co',
          permit: {
            number: 'SWR-IU-001',
            status: 'effective',
            effectiveDate: '2024-01-01',
            expirationDate: null,
            statusDate: null,
          },
        }),
      ],
      null,
    );
    const input = { content, formSetId: 'prr', receivedDate: null };
    const problems = icisPretreatmentProblems(input);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/NPDES permit number/);
    expect(problems[1]).toMatch(/Long Number Co: an ICIS permit identifier of 9 characters/);
    expect(() => icisPretreatmentXml(input, HEADER)).toThrow(/Long Number Co/);
    expect(() => icisPretreatmentXml({ ...input, formSetId: '' }, HEADER)).toThrow(/FormSetID/);
  });

  it('uses the identifier the authority entered', async () => {
    const facility = iu({
      name: 'Long Number Co',
      permit: {
        number: 'SWR-IU-001',
        status: 'effective',
        effectiveDate: '2024-01-01',
        expirationDate: null,
        statusDate: null,
      },
    });
    const content = report([facility]);
    content.industrialUsers[0]!.icisPermitId = 'ILP000109';
    expect(reportedIndustrialUsers(content)).toHaveLength(1);
    const xml = icisPretreatmentXml({ content, formSetId: 'prr', receivedDate: null }, HEADER);
    expect(xml).toContain('<PermitIdentifier>ILP000109</PermitIdentifier>');
    expect((await validateIcisXml(xml)).valid).toBe(true);
  });
});
