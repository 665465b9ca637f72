import { describe, expect, it } from 'vitest';
import type { PermitContent, PermitIssue } from '../src/contracts/permits';
import { validatePermit } from '../src/permits';
import { makeContent, makeLimit, SUBJECT } from './permits-factories';

function issuesOf(content: PermitContent, subject = SUBJECT): PermitIssue[] {
  return validatePermit(content, subject).issues;
}

function withLimits(...limits: ReturnType<typeof makeLimit>[]): PermitContent {
  const base = makeContent();
  const [set] = base.limitSets;
  if (!set) throw new Error('factory has a limit set');
  return { ...base, limitSets: [{ ...set, limits }] };
}

const DERIVATION = {
  tool: 'cwf-concentration',
  citation: '40 CFR 403.6(e)',
  formula: 'C_T = …',
  inputs: {},
  steps: [],
  result: '1.528',
  unit: 'mg/L',
  notes: [],
};

describe('validatePermit', () => {
  it('accepts a complete permit', () => {
    expect(validatePermit(makeContent(), SUBJECT)).toEqual({ isValid: true, issues: [] });
  });

  describe('403.8(f)(1)(iii)(B)(1) duration', () => {
    it.each([
      [{ effectiveDate: null }, 'effectiveDate', 'is required to issue a permit'],
      [{ expirationDate: null }, 'expirationDate', 'is required to issue a permit'],
      [{ expirationDate: '2024-12-31' }, 'expirationDate', 'must be after effectiveDate 2025-01-01'],
      [
        { expirationDate: '2030-01-02' },
        'expirationDate',
        'the term must not exceed 5 years (latest 2030-01-01)',
      ],
    ])('%o', (patch, path, message) => {
      expect(issuesOf(makeContent(), { ...SUBJECT, ...patch })).toEqual([
        { path, message, rule: '403.8(f)(1)(iii)(B)(1)' },
      ]);
    });

    it('five years to the day is allowed', () => {
      expect(issuesOf(makeContent(), { ...SUBJECT, expirationDate: '2030-01-01' })).toEqual([]);
    });
  });

  describe('403.8(f)(1)(iii)(B) minimum conditions', () => {
    it.each([
      ['duration', 'must state a statement of duration', '403.8(f)(1)(iii)(B)(1)'],
      ['nonTransferability', 'must state a statement of non-transferability', '403.8(f)(1)(iii)(B)(2)'],
      ['notification', 'must state the notification requirements', '403.8(f)(1)(iii)(B)(4)'],
      ['recordKeeping', 'must state the record-keeping requirements', '403.8(f)(1)(iii)(B)(4)'],
      [
        'penalties',
        'must state a statement of applicable civil and criminal penalties',
        '403.8(f)(1)(iii)(B)(5)',
      ],
    ] as const)('conditions.%s', (key, message, rule) => {
      const base = makeContent();
      for (const blank of [null, '   ']) {
        const content = { ...base, conditions: { ...base.conditions, [key]: blank } };
        expect(issuesOf(content)).toEqual([{ path: `conditions.${key}`, message, rule }]);
      }
    });

    it('(B)(3) needs a limit or a BMP', () => {
      const none = withLimits();
      expect(issuesOf(none)).toEqual([
        {
          path: 'limitSets',
          message: 'must contain at least one effluent limit or BMP',
          rule: '403.8(f)(1)(iii)(B)(3)',
        },
      ]);
      const bmp = {
        ...none,
        specialConditions: [
          { id: 'bmp:1', kind: 'bmp' as const, title: 'BMP', text: 'Sweep daily', parameterCode: null },
        ],
      };
      expect(issuesOf(bmp)).toEqual([]);
    });

    it('(B)(4) needs monitoring and reporting requirements', () => {
      expect(issuesOf(makeContent({ monitoringRequirements: [] }))).toEqual([
        {
          path: 'monitoringRequirements',
          message: 'must contain at least one monitoring requirement',
          rule: '403.8(f)(1)(iii)(B)(4)',
        },
      ]);
      expect(issuesOf(makeContent({ reportingRequirements: [] }))).toEqual([
        {
          path: 'reportingRequirements',
          message: 'must contain at least one reporting requirement',
          rule: '403.8(f)(1)(iii)(B)(4)',
        },
      ]);
    });
  });

  describe('403.8(f)(1)(iii)(B)(4) every monitoring requirement is complete', () => {
    const base = makeContent();
    const req = base.monitoringRequirements[0];
    if (!req) throw new Error('factory has a requirement');
    it.each([
      [{ parameterCode: null }, 'parameterCode', 'must name the pollutant to monitor'],
      [{ outfallId: null, monitoringLocationCode: null }, 'outfallId', 'must name the sampling location'],
      [{ outfallId: 'outfall:999' }, 'outfallId', "'outfall:999' is not an outfall of this permit"],
      [{ frequencyCode: null }, 'frequencyCode', 'must state the sampling frequency'],
      [
        { frequencyCode: 'sometimes' },
        'frequencyCode',
        "'sometimes' is not a frequency code (e.g. 01/30, 01/90, CONTIN)",
      ],
      [{ sampleType: null }, 'sampleType', 'must state the sample type'],
      [{ sampleType: ' ' }, 'sampleType', 'must state the sample type'],
    ])('%o', (patch, field, message) => {
      const content = { ...base, monitoringRequirements: [{ ...req }, { ...req, id: 'm2', ...patch }] };
      expect(issuesOf(content)).toEqual([
        { path: `monitoringRequirements[1].${field}`, message, rule: '403.8(f)(1)(iii)(B)(4)' },
      ]);
    });

    it('a location code alone names the location', () => {
      const content = {
        ...base,
        monitoringRequirements: [{ ...req, outfallId: null, monitoringLocationCode: 'G' }],
      };
      expect(issuesOf(content)).toEqual([]);
    });
  });

  describe('403.8(f)(1)(iii)(A) general permits', () => {
    const general = { ...SUBJECT, kind: 'general' as const };
    it.each([
      [
        { basis: 'production_based', derivation: DERIVATION },
        'a general permit may not carry production-based categorical limits',
      ],
      [
        { basis: 'cwf', derivation: DERIVATION },
        'a general permit may not carry limits derived with the combined wastestream formula',
      ],
      [
        { basis: 'equivalent', derivation: DERIVATION },
        'a general permit may not carry equivalent limits derived from production or flow',
      ],
      [
        { unitCode: '26', unitText: 'lb/d' },
        'a general permit may not carry categorical limits expressed as mass per day',
      ],
      [
        { unitCode: null, unitText: 'kg/day' },
        'a general permit may not carry categorical limits expressed as mass per day',
      ],
    ] as const)('%o is refused', (patch, message) => {
      const content = withLimits(makeLimit(), makeLimit({ id: 'l2', statisticalBaseCode: 'MK', ...patch }));
      expect(issuesOf(content, general)).toEqual([
        { path: 'limitSets[0].limits[1].basis', message, rule: '403.8(f)(1)(iii)(A)' },
      ]);
      expect(issuesOf(content, SUBJECT)).toEqual([]);
    });

    it('concentration categorical, local and BPJ limits are allowed', () => {
      const content = withLimits(
        makeLimit(),
        makeLimit({ id: 'l2', basis: 'local', categoricalCitation: null, statisticalBaseCode: 'MK' }),
        makeLimit({ id: 'l3', basis: 'bpj', categoricalCitation: null, statisticalBaseCode: 'DB' }),
      );
      expect(issuesOf(content, general)).toEqual([]);
    });
  });

  describe('structure', () => {
    it('a derived limit records its derivation; a categorical one cites its standard', () => {
      const content = withLimits(
        makeLimit({ categoricalCitation: null }),
        makeLimit({ id: 'l2', statisticalBaseCode: 'MK', basis: 'cwf' }),
        makeLimit({ id: 'l3', statisticalBaseCode: 'DB', basis: 'production_based' }),
        makeLimit({ id: 'l4', statisticalBaseCode: 'MB', basis: 'equivalent', derivation: DERIVATION }),
      );
      expect(issuesOf(content)).toEqual([
        {
          path: 'limitSets[0].limits[0].categoricalCitation',
          message: 'must cite the categorical standard (e.g. 40 CFR 433.15)',
          rule: '403.8(f)(1)(iii)(B)(3)',
        },
        {
          path: 'limitSets[0].limits[1].derivation',
          message: 'must record the CWF calculation',
          rule: '403.6(e)',
        },
        {
          path: 'limitSets[0].limits[2].derivation',
          message: 'must record how the limit was derived',
          rule: '403.6(c)(7)',
        },
      ]);
    });

    it('refuses duplicate ids, duplicate outfall codes, dangling references and repeated limits', () => {
      const base = makeContent();
      const [outfall] = base.outfalls;
      const [set] = base.limitSets;
      const [report] = base.reportingRequirements;
      if (!outfall || !set || !report) throw new Error('factory');
      const content: PermitContent = {
        ...base,
        outfalls: [outfall, { ...outfall, id: 'outfall:002' }],
        limitSets: [
          { ...set, limits: [makeLimit(), makeLimit({ id: 'limit:001:01042:DD2' })] },
          {
            ...set,
            id: 'limitset:001:A',
            outfallId: 'outfall:404',
            effectiveFrom: '2026-01-01',
            effectiveTo: '2025-12-31',
            limits: [],
          },
        ],
        reportingRequirements: [{ ...report, outfallId: 'outfall:405' }],
      };
      expect(issuesOf(content)).toEqual([
        {
          path: 'limitSets[1].id',
          message: "'limitset:001:A' is already used by limitSets[0].id",
          rule: null,
        },
        { path: 'outfalls[1].code', message: "'001' is already used by outfalls[0]", rule: null },
        {
          path: 'limitSets[0].limits[1]',
          message: 'repeats limits[0] (same parameter, location, statistical base and direction)',
          rule: null,
        },
        {
          path: 'limitSets[1].outfallId',
          message: "'outfall:404' is not an outfall of this permit",
          rule: null,
        },
        {
          path: 'limitSets[1].effectiveTo',
          message: 'must not be before effectiveFrom 2026-01-01',
          rule: null,
        },
        {
          path: 'reportingRequirements[0].outfallId',
          message: "'outfall:405' is not an outfall of this permit",
          rule: null,
        },
      ]);
    });
  });

  describe('compliance schedules, waivers, signatories', () => {
    const milestone = (
      id: string,
      kind: 'start_construction' | 'complete_construction' | 'final_compliance',
      dueDate: string,
    ) => ({
      id,
      kind,
      description: kind,
      dueDate,
    });

    it('accepts increments of nine months ending in final compliance', () => {
      const schedule = {
        id: 's1',
        title: 'Install pH control',
        requirement: null,
        milestones: [
          milestone('m1', 'start_construction', '2025-03-01'),
          milestone('m2', 'complete_construction', '2025-12-01'),
          milestone('m3', 'final_compliance', '2026-09-01'),
        ],
      };
      expect(issuesOf(makeContent({ complianceSchedules: [schedule] }))).toEqual([]);
    });

    it('403.12(c)(1): refuses an increment over nine months, a milestone after final compliance, and no final date', () => {
      const schedule = {
        id: 's1',
        title: 'Install pH control',
        requirement: null,
        milestones: [
          milestone('m1', 'start_construction', '2025-03-01'),
          milestone('m2', 'final_compliance', '2025-12-02'),
          milestone('m3', 'complete_construction', '2026-01-01'),
        ],
      };
      expect(issuesOf(makeContent({ complianceSchedules: [schedule] }))).toEqual([
        {
          path: 'complianceSchedules[0].milestones[2].dueDate',
          message: 'must not be after the final compliance date 2025-12-02',
          rule: '403.12(c)(1)',
        },
        {
          path: 'complianceSchedules[0].milestones[1].dueDate',
          message: 'is more than 9 months after the previous milestone (2025-03-01)',
          rule: '403.12(c)(1)',
        },
      ]);
      const noFinal = { ...schedule, milestones: [milestone('m1', 'start_construction', '2025-03-01')] };
      expect(issuesOf(makeContent({ complianceSchedules: [noFinal] }))).toEqual([
        {
          path: 'complianceSchedules[0].milestones',
          message: 'must have exactly one final compliance milestone',
          rule: '403.8(f)(1)(iii)(B)(5)',
        },
      ]);
    });

    it('403.12(e)(2)(iv): a monitoring waiver names the pollutant', () => {
      const waiver = {
        id: 'w1',
        kind: 'monitoring_waiver' as const,
        title: 'Waiver',
        text: 'Cyanide waived',
        parameterCode: null,
      };
      expect(issuesOf(makeContent({ specialConditions: [waiver] }))).toEqual([
        {
          path: 'specialConditions[0].parameterCode',
          message: 'must name the waived pollutant',
          rule: '403.12(e)(2)(iv)',
        },
      ]);
      expect(issuesOf(makeContent({ specialConditions: [{ ...waiver, parameterCode: '00720' }] }))).toEqual(
        [],
      );
    });

    it('403.12(l): at least one signatory', () => {
      const base = makeContent();
      const content = { ...base, signatory: { ...base.signatory, allowedSignatories: [] } };
      expect(issuesOf(content)).toEqual([
        {
          path: 'signatory.allowedSignatories',
          message: 'must allow at least one signatory',
          rule: '403.12(l)',
        },
      ]);
    });
  });
});
