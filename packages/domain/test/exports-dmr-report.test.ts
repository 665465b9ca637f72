import { describe, expect, it } from 'vitest';
import type { PermitLimit } from '../src/contracts/permits';
import { ReportContent, type ReportParameter, ReportSignature } from '../src/contracts/reports';
import { buildDmr } from '../src/dmr/build-dmr';
import {
  dmrParametersToReport,
  icisDecimal,
  icisDmrXml,
  netDmrCsv,
  readIcisDmrXml,
  readNetDmrCsv,
} from '../src/exports';
import { LIMIT_BASES } from '../src/limits/limit';
import { statisticsSettings } from '../src/stats/settings';
import { validateIcisXml } from './exports-helpers';
import { makeLimit, makeResult } from './limits-factories';
import { makeLimit as makePermitLimit } from './permits-factories';

const june = { start: '2025-06-01', end: '2025-06-30' };
const zinc = {
  parameterCode: '01092',
  parameterName: 'Zinc, total (as Zn)',
  sampleType: '24',
  frequencyCode: '01/07',
};

// §9.5, set up as in dmr-worked-examples.test.ts: Zn, four weekly 24-hour composites with flows.
const results = [
  makeResult('2025-06-03', '1.20', { flowMgd: '0.045' }),
  makeResult('2025-06-10', '2.80', { flowMgd: '0.040' }),
  makeResult('2025-06-17', '<0.05', { flowMgd: '0.050' }),
  makeResult('2025-06-24', '1.10', { flowMgd: '0.048' }),
];
const engineLimits = [
  makeLimit({
    id: 'C2',
    valueType: 'C2',
    basis: LIMIT_BASES.monthlyAverage,
    value: '1.48',
    statisticalBaseCode: 'MK',
  }),
  makeLimit({
    id: 'C3',
    valueType: 'C3',
    basis: LIMIT_BASES.daily,
    value: '2.61',
    statisticalBaseCode: 'DD',
  }),
  makeLimit({ id: 'Q1', valueType: 'Q1', basis: LIMIT_BASES.monthlyAverage, value: '0.60', unit: 'lb/d' }),
  makeLimit({ id: 'Q2', valueType: 'Q2', basis: LIMIT_BASES.daily, value: '1.0', unit: 'lb/d' }),
];
const mgL = { unitCode: '19', unitText: 'mg/L' };
const lbD = { unitCode: '26', unitText: 'lb/d' };
const permitLimits: PermitLimit[] = [
  makePermitLimit({
    ...zinc,
    ...mgL,
    id: 'C2',
    valueSlot: 'C2',
    value: '1.48',
    statisticalBaseCode: 'MK',
    statisticalBaseName: 'MO AVG',
  }),
  makePermitLimit({
    ...zinc,
    ...mgL,
    id: 'C3',
    valueSlot: 'C3',
    value: '2.61',
    statisticalBaseCode: 'DD',
    statisticalBaseName: 'DAILY MX',
  }),
  makePermitLimit({
    ...zinc,
    ...lbD,
    id: 'Q1',
    valueSlot: 'Q1',
    value: '0.60',
    statisticalBaseCode: 'MK',
    statisticalBaseName: 'MO AVG',
  }),
  makePermitLimit({
    ...zinc,
    ...lbD,
    id: 'Q2',
    valueSlot: 'Q2',
    value: '1.0',
    statisticalBaseCode: 'DD',
    statisticalBaseName: 'DAILY MX',
  }),
];
const outfall = { monitoringLocationCode: '1' };
const limitSets = [{ seasonNumber: 0, limits: permitLimits }];

function report(
  options: Parameters<typeof dmrParametersToReport>[2] = {},
  given = results,
): ReportParameter[] {
  const rows = buildDmr({
    limits: engineLimits,
    results: given,
    period: june,
    settings: statisticsSettings(),
  });
  return dmrParametersToReport(rows, { outfall, limitSets, results: given }, options);
}

function bySlot(p: ReportParameter) {
  return Object.fromEntries(p.values.map((v) => [v.slot, v]));
}

function contentOf(parameters: ReportParameter[], overrides: Partial<ReportContent> = {}): ReportContent {
  return ReportContent.parse({
    kind: 'dmr',
    title: 'DMR 001-A June 2025',
    facility: { id: 'facility-1', name: 'Acme Plating', address: null },
    authority: null,
    permit: { id: 'permit-1', number: 'TX0123456', kind: 'npdes', versionId: 'version-1' },
    period: june,
    dueDate: '2025-07-28',
    formNodi: null,
    outfalls: [
      {
        outfallCode: '001',
        outfallName: 'Outfall 001',
        limitSetDesignator: 'A',
        featureTypeCode: 'EXO',
        parameters,
        flow: null,
      },
    ],
    exceedances: [],
    narrative: {
      comments: 'Zn C3 2.80 > 2.61 & "resampled" <24 h>\r\nsecond line',
      bmp: null,
      production: null,
    },
    attachments: [],
    preparedAt: '2025-07-10T09:00:00Z',
    ...overrides,
  });
}

const signature = ReportSignature.parse({
  signerUserId: 'user-1',
  signerName: 'Mary Ann Smith',
  signerEmail: 'mary@example.com',
  signatoryKind: 'responsible_official',
  signerTitle: 'Plant Manager',
  authorizationId: null,
  signedAt: '2025-07-15T14:03:00.000Z',
  certification: { key: 'npdes-122.22d', version: 1, citation: '40 CFR 122.22(d)', text: 'I certify …' },
});
const header = { author: 'mary.smith', organization: 'Acme Plating', createdAt: '2025-07-15T14:05:00Z' };

describe('dmrParametersToReport — §9.5 worked DMR (Zn, June)', () => {
  const [row, ...more] = report();
  const v = bySlot(row!);

  it('gives one row with the permit metadata', () => {
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({
      parameterCode: '01092',
      parameterName: 'Zinc, total (as Zn)',
      monitoringLocationCode: '1',
      seasonNumber: 0,
      sampleType: '24',
      frequencyCode: '01/07',
      sampleCount: 4,
      numberOfExcursions: 1,
      quantityUnitCode: '26',
      concentrationUnitCode: '19',
      nodi: null,
      comment: null,
    });
  });

  it.each([
    ['C2', '1.275', '1.275', 'MK', '1.48', false, null],
    ['C3', '2.8', '2.80', 'DD', '2.61', true, 7.28],
    ['Q1', '0.456198', '0.4562', 'MK', '0.60', false, null],
    ['Q2', '0.93408', '0.9341', 'DD', '1.0', false, null],
  ] as const)(
    '%s: value %s, printed %s (base %s, limit %s), exceedance %s %s %%',
    (slot, value, reported, base, limit, ex, pct) => {
      expect(v[slot]).toMatchObject({
        limitId: slot,
        value,
        reported,
        qualifier: '=',
        nodi: null,
        statisticalBaseCode: base,
        limitValue: limit,
        limitQualifier: '<=',
        exceedance: ex,
        exceedancePercent: pct,
        indeterminate: false,
      });
    },
  );

  it('prints one sample as reported and traces each value to its results', () => {
    expect(v.C3!.resultIds).toEqual([results[1]!.id]);
    expect(v.C2!.resultIds).toHaveLength(4);
  });

  it('rounds computed values to the digits asked for, half up; a single sample stays as reported', () => {
    const w = bySlot(report({ significantDigits: 3 })[0]!);
    expect([w.C2!.reported, w.C3!.reported, w.Q1!.reported, w.Q2!.reported]).toEqual([
      '1.28',
      '2.80',
      '0.456',
      '0.934',
    ]);
    expect(() => report({ significantDigits: 0 })).toThrow(RangeError);
  });

  it('prints the frequency of the samples when asked (04/30)', () => {
    expect(report({ frequency: 'samples' })[0]!.frequencyCode).toBe('04/30');
  });

  it("prints an all-non-detect month as '<' the detection limit as reported (§9.4)", () => {
    const nd = [
      makeResult('2025-06-03', '<0.05', { flowMgd: '0.04' }),
      makeResult('2025-06-10', '<0.080', { flowMgd: '0.04' }),
    ];
    const w = bySlot(report({}, nd)[0]!);
    expect([w.C2!.qualifier, w.C2!.value, w.C2!.reported]).toEqual(['<', '0.08', '0.080']);
    expect([w.C3!.qualifier, w.C3!.reported, w.C3!.exceedance]).toEqual(['<', '0.080', false]);
  });

  it('carries a NODI per value and on the parameter when every value has it', () => {
    const rows = buildDmr({
      limits: engineLimits,
      results: [],
      period: june,
      settings: statisticsSettings(),
      noDataNodi: 'C',
    });
    const [p] = dmrParametersToReport(rows, { outfall, limitSets });
    expect(p!.values.map((x) => [x.slot, x.nodi, x.value, x.reported])).toEqual([
      ['C2', 'C', null, null],
      ['C3', 'C', null, null],
      ['Q1', 'C', null, null],
      ['Q2', 'C', null, null],
    ]);
    expect([p!.nodi, p!.sampleCount]).toEqual(['C', 0]);
  });

  it('splits a parameter by the season of its limit sets', () => {
    const rows = buildDmr({ limits: engineLimits, results, period: june, settings: statisticsSettings() });
    const seasonal = [
      { seasonNumber: 0, limits: permitLimits.slice(0, 2) },
      { seasonNumber: 2, limits: permitLimits.slice(2) },
    ];
    const split = dmrParametersToReport(rows, { outfall, limitSets: seasonal, results });
    expect(split.map((p) => [p.seasonNumber, p.values.map((x) => x.slot)])).toEqual([
      [0, ['C2', 'C3']],
      [2, ['Q1', 'Q2']],
    ]);
  });

  it('without the results, prints every value as computed', () => {
    const rows = buildDmr({ limits: engineLimits, results, period: june, settings: statisticsSettings() });
    const [p] = dmrParametersToReport(rows, { outfall, limitSets });
    expect(bySlot(p!).C3!.reported).toBe('2.8');
  });
});

describe('ICIS-NPDES v5.14 XML of the §9.5 DMR', () => {
  const content = contentOf(report());
  const xml = icisDmrXml([{ content, signature }], header);

  it('validates against the XSD with xmllint', async () => {
    const verdict = await validateIcisXml(xml);
    expect(verdict.output).toMatch(/validates$/);
    expect(verdict.valid).toBe(true);
  });

  it('has the batch envelope, the DMR keys and the signature', () => {
    expect(xml).toContain('<Document xmlns="http://www.exchangenetwork.net/schema/icis/5">');
    expect(xml).toContain('<Payload Operation="DischargeMonitoringReportSubmission">');
    const doc = readIcisDmrXml(xml);
    expect(doc.header).toEqual({
      id: 'mary.smith',
      author: 'mary.smith',
      organization: 'Acme Plating',
      createdAt: '2025-07-15T14:05:00Z',
    });
    const [dmr, ...others] = doc.reports;
    expect(others).toHaveLength(0);
    expect(dmr).toMatchObject({
      transactionType: 'R',
      permitIdentifier: 'TX0123456',
      permittedFeatureIdentifier: '001',
      limitSetDesignator: 'A',
      monitoringPeriodEndDate: '2025-06-30',
      signatureDate: '2025-07-15',
      signatoryFirstName: 'Mary Ann',
      signatoryLastName: 'Smith',
      formNodi: null,
    });
  });

  it('escapes the comment and keeps it exactly (&, <, >, quotes, CR LF)', () => {
    expect(xml).toContain('&amp; &quot;resampled&quot; &lt;24 h&gt;&#13;\nsecond line');
    expect(readIcisDmrXml(xml).reports[0]!.comment).toBe(content.narrative.comments);
  });

  it('reports C2 1.275, C3 2.80, Q1 0.4562, Q2 0.9341 with 1 excursion and the unit codes', () => {
    const [p] = readIcisDmrXml(xml).reports[0]!.parameters;
    expect(p).toEqual({
      parameterCode: '01092',
      monitoringSiteCode: '1',
      seasonNumber: 0,
      sampleType: '24',
      frequencyCode: '01/07',
      excursions: 1,
      concentrationUnitCode: '19',
      quantityUnitCode: '26',
      values: [
        { code: 'Q1', nodi: null, quantity: '0.4562', qualifier: '=' },
        { code: 'Q2', nodi: null, quantity: '0.9341', qualifier: '=' },
        { code: 'C2', nodi: null, quantity: '1.275', qualifier: '=' },
        { code: 'C3', nodi: null, quantity: '2.80', qualifier: '=' },
      ],
    });
  });

  it('writes a value-level NODI without a number, and a form-level NODI instead of parameters', async () => {
    const rows = buildDmr({
      limits: engineLimits,
      results: [],
      period: june,
      settings: statisticsSettings(),
      noDataNodi: 'C',
    });
    const nodiContent = contentOf(dmrParametersToReport(rows, { outfall, limitSets }));
    const formContent = contentOf([], {
      formNodi: 'C',
      narrative: { comments: null, bmp: null, production: null },
    });
    const both = icisDmrXml(
      [
        { content: nodiContent, signature: null },
        { content: formContent, signature: null },
      ],
      header,
    );
    expect(await validateIcisXml(both)).toMatchObject({ valid: true });
    const [valueLevel, formLevel] = readIcisDmrXml(both).reports;
    expect(valueLevel!.parameters[0]!.values).toEqual(
      ['Q1', 'Q2', 'C2', 'C3'].map((code) => ({ code, nodi: 'C', quantity: null, qualifier: null })),
    );
    expect([valueLevel!.signatureDate, valueLevel!.signatoryLastName]).toEqual([null, null]);
    expect([formLevel!.formNodi, formLevel!.parameters, formLevel!.comment]).toEqual(['C', [], null]);
  });

  it('refuses keys the XSD cannot hold and non-DMR reports, naming the field', () => {
    const bad = (overrides: Partial<ReportContent>) => () =>
      icisDmrXml([{ content: contentOf(report(), overrides), signature: null }], header);
    expect(bad({ permit: { ...content.permit, number: 'TX012345' } })).toThrow(
      /permit number 'TX012345'.*9 characters/,
    );
    expect(bad({ outfalls: [{ ...content.outfalls[0]!, outfallCode: '0001A' }] })).toThrow(
      /outfall code '0001A'/,
    );
    expect(bad({ outfalls: [{ ...content.outfalls[0]!, limitSetDesignator: null }] })).toThrow(
      /limit set designator/,
    );
    expect(bad({ kind: 'periodic_compliance' })).toThrow(/not a DMR/);
    expect(() => icisDmrXml([], { ...header, createdAt: '15/07/2025' })).toThrow(/xsd:dateTime/);
  });

  it('fits values to ICIS Decimal8 (≤ 8 decimals, ≤ 9 digits), keeps printed text that fits, and validates', async () => {
    expect(icisDecimal('2.80', 'x')).toBe('2.80');
    expect(() => icisDecimal('123456789', 'x')).toThrow(/too large/);
    const [p] = report();
    const printed = ['0.000001235', '12345678.55', '-1234567.55', '-12345678.5'];
    const odd = { ...p!, values: p!.values.map((x, i) => ({ ...x, reported: printed[i]! })) };
    const fitted = icisDmrXml([{ content: contentOf([odd]), signature: null }], header);
    expect(await validateIcisXml(fitted)).toMatchObject({ valid: true });
    expect(readIcisDmrXml(fitted).reports[0]!.parameters[0]!.values.map((x) => [x.code, x.quantity])).toEqual(
      [
        ['Q1', '-1234567.6'],
        ['Q2', '-12345679'],
        ['C2', '0.00000124'],
        ['C3', '12345678.6'],
      ],
    );
  });

  it('the validator really runs: a 6-character ParameterCode fails', async () => {
    const broken = xml.replace(
      '<ParameterCode>01092</ParameterCode>',
      '<ParameterCode>010920</ParameterCode>',
    );
    expect(broken).not.toBe(xml);
    const verdict = await validateIcisXml(broken);
    expect(verdict.valid).toBe(false);
    expect(verdict.output).toMatch(/ParameterCode/);
  });

  it('the validator refuses elements out of XSD order', async () => {
    const swapped = xml.replace(
      /(<ReportSampleTypeText>24<\/ReportSampleTypeText>)(\s*)(<ReportingFrequencyCode>01\/07<\/ReportingFrequencyCode>)/,
      '$3$2$1',
    );
    expect(swapped).not.toBe(xml);
    expect((await validateIcisXml(swapped)).valid).toBe(false);
  });
});

describe('NetDMR-style CSV of the §9.5 DMR', () => {
  const csv = netDmrCsv([contentOf(report())]);

  it('writes the §11.2 columns 1–9 in order, then the per-slot continuation', () => {
    const [head, line, ...rest] = csv.split('\r\n');
    expect(rest).toEqual(['']);
    expect(head!.split(',').slice(0, 9)).toEqual([
      'permit_id',
      'permitted_feature_id',
      'limit_set_txt',
      'mped_txt',
      'form_nodi_cd',
      'parameter_cd',
      'monitoring_location_cd',
      'season_num',
      'quant_1_nodi_cd',
    ]);
    expect(line).toBe(
      'TX0123456,001,A,2025-06-30,,01092,1,0,,=,0.4562,MK,,=,0.9341,DD,,,,,,=,1.275,MK,,=,2.80,DD,1,01/07,24',
    );
  });

  it('reads back every key, slot, statistical base and printed value (leading zeros kept)', () => {
    const [row] = readNetDmrCsv(csv);
    expect(row).toEqual({
      row: 2,
      permitId: 'TX0123456',
      permittedFeatureId: '001',
      limitSet: 'A',
      periodEnd: '2025-06-30',
      formNodi: null,
      parameterCode: '01092',
      monitoringLocationCode: '1',
      seasonNumber: 0,
      values: [
        { slot: 'Q1', nodi: null, qualifier: '=', value: '0.4562', statisticalBaseCode: 'MK' },
        { slot: 'Q2', nodi: null, qualifier: '=', value: '0.9341', statisticalBaseCode: 'DD' },
        { slot: 'C2', nodi: null, qualifier: '=', value: '1.275', statisticalBaseCode: 'MK' },
        { slot: 'C3', nodi: null, qualifier: '=', value: '2.80', statisticalBaseCode: 'DD' },
      ],
      excursions: 1,
      frequencyCode: '01/07',
      sampleType: '24',
    });
  });

  it('quotes per RFC 4180 and keeps a form-level NODI DMR as one key row', () => {
    const quoted = contentOf([], {
      formNodi: 'C',
      outfalls: [
        {
          outfallCode: '0A1',
          outfallName: 'x',
          limitSetDesignator: 'A,"B"',
          featureTypeCode: null,
          parameters: [],
          flow: null,
        },
      ],
    });
    const text = netDmrCsv([quoted]);
    expect(text.split('\r\n')[1]).toBe(`TX0123456,0A1,"A,""B""",2025-06-30,C${','.repeat(26)}`);
    expect(readNetDmrCsv(text)).toMatchObject([
      {
        limitSet: 'A,"B"',
        formNodi: 'C',
        parameterCode: null,
        seasonNumber: null,
        values: [],
        excursions: null,
      },
    ]);
  });

  it('names the row and column of a bad cell', () => {
    expect(() => readNetDmrCsv('TX0123456,001,A,2025-06-30,,01092,1,13\r\n')).toThrow(
      /row 1, column 8 \(season_num\): '13' is not a whole number 0–12/,
    );
  });
});
