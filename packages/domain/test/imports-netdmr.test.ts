import { describe, expect, it } from 'vitest';
import type { PermitImportOutcome, PermitImportResult } from '../src/contracts/permits';
import { importNetDmrCopyOfRecord } from '../src/imports';
import { comparePermitVersions, validatePermit } from '../src/permits';
import { editParameter, netDmrFileNames, readNetDmr } from './imports-helpers';

const FILE = 'ARS000002_001-Q_2018-08-31.xml';

function ok(outcome: PermitImportOutcome): PermitImportResult {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

function limitsOf(result: PermitImportResult) {
  return result.content.limitSets.flatMap((s) => s.limits);
}

function limit(result: PermitImportResult, id: string) {
  const found = limitsOf(result).find((l) => l.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

function value(result: PermitImportResult, parameter: string, slot: string) {
  return result.reports[0]?.values.find((v) => v.parameterCode === parameter && v.valueSlot === slot);
}

describe(`NetDMR copy of record ${FILE}`, () => {
  const result = ok(importNetDmrCopyOfRecord(readNetDmr(FILE)));

  it('permit, outfall and limit set', () => {
    expect(result.source).toBe('netdmr_xml');
    expect(result.permitNumber).toBe('ARS000002');
    expect(result.facilityName).toBe('LITTLE ROCK, CITY OF/AHTD MS4');
    expect(result.content.outfalls).toEqual([
      {
        id: 'outfall:001',
        code: '001',
        name: 'External Outfall 001',
        monitoringLocationCode: '1',
        featureTypeCode: 'EXO',
        description: expect.stringMatching(
          /^UNIVERSITY AVENUE & INTERSTATE 30 STORM SEWER SEASONAL QUARTERS/,
        ),
      },
    ]);
    expect(
      result.content.limitSets.map((s) => [s.id, s.designator, s.name, s.seasonNumber, s.outfallId]),
    ).toEqual([['limitset:001:Q', 'Q', '001-SEASONAL QTR-STORM WATER RUNOFF', 0, 'outfall:001']]);
  });

  it('16 parameters in file order, 32 limits: 30 "Req Mon" (value null) and the two pH limits', () => {
    const limits = limitsOf(result);
    expect(limits).toHaveLength(32);
    expect([...new Set(limits.map((l) => l.parameterCode))]).toEqual([
      '00556',
      '00666',
      '01079',
      '51040',
      '00310',
      '01119',
      '31679',
      '00530',
      '00400',
      '01094',
      '70295',
      '00630',
      '00900',
      '01114',
      '50050',
      '01113',
    ]);
    expect(limits.filter((l) => l.value === null)).toHaveLength(30);
    expect(limits.filter((l) => l.value !== null).map((l) => [l.id, l.value, l.direction])).toEqual([
      ['limit:001:00400:ME', '6', 'min'],
      ['limit:001:00400:MB', '9', 'max'],
    ]);
  });

  it('pH: minimum 6 (ME, C1, >=) and maximum 9 (MB, C3, <=) SU, grab, quarterly', () => {
    expect(limit(result, 'limit:001:00400:ME')).toEqual({
      id: 'limit:001:00400:ME',
      parameterCode: '00400',
      parameterName: 'pH',
      monitoringLocationCode: null,
      statisticalBaseCode: 'ME',
      statisticalBaseName: 'MINIMUM',
      valueSlot: 'C1',
      value: '6',
      unitCode: '12',
      unitText: 'SU',
      direction: 'min',
      enforceable: true,
      basis: 'other',
      derivation: null,
      categoricalCitation: null,
      sampleType: 'GR',
      frequencyCode: '01/90',
      notes: null,
    });
    expect(limit(result, 'limit:001:00400:MB')).toMatchObject({
      valueSlot: 'C3',
      value: '9',
      statisticalBaseName: 'MAXIMUM',
      direction: 'max',
    });
  });

  it.each([
    ['limit:001:00556:AF', '00556', 'Oil & Grease', 'C2', 'AF', 'AVERAGE', '19', 'mg/L'],
    ['limit:001:00556:MB', '00556', 'Oil & Grease', 'C3', 'MB', 'MAXIMUM', '19', 'mg/L'],
    ['limit:001:01079:AF', '01079', 'Silver total recoverable', 'C2', 'AF', 'AVERAGE', '28', 'ug/L'],
    ['limit:001:51040:MB', '51040', 'E. coli', 'C3', 'MB', 'MAXIMUM', '13', '#/100mL'],
    [
      'limit:001:50050:AF',
      '50050',
      'Flow, in conduit or thru treatment plant',
      'Q1',
      'AF',
      'AVERAGE',
      '03',
      'MGD',
    ],
    [
      'limit:001:50050:MB',
      '50050',
      'Flow, in conduit or thru treatment plant',
      'Q2',
      'MB',
      'MAXIMUM',
      '03',
      'MGD',
    ],
  ])('Req Mon %s', (id, code, name, slot, base, baseName, unitCode, unitText) => {
    expect(limit(result, id)).toMatchObject({
      parameterCode: code,
      parameterName: name,
      valueSlot: slot,
      statisticalBaseCode: base,
      statisticalBaseName: baseName,
      value: null,
      unitCode,
      unitText,
      direction: 'max',
      sampleType: 'GR',
      frequencyCode: '01/90',
    });
  });

  it('monitoring requirement per parameter and the quarterly DMR due the 25th of the next month', () => {
    expect(result.content.monitoringRequirements).toHaveLength(16);
    expect(result.content.monitoringRequirements[0]).toEqual({
      id: 'monitoring:001:00556',
      parameterCode: '00556',
      parameterName: 'Oil & Grease',
      outfallId: 'outfall:001',
      monitoringLocationCode: '1',
      frequencyCode: '01/90',
      sampleType: 'GR',
      sampledBy: 'permittee',
      notes: null,
    });
    expect(result.content.reportingRequirements).toEqual([
      {
        id: 'reporting:dmr:001:Q',
        kind: 'dmr',
        name: 'DMR 001-Q (001-SEASONAL QTR-STORM WATER RUNOFF)',
        cadence: 'quarterly',
        firstMonth: 3,
        dueRule: { kind: 'day-of-month', monthsAfter: 1, day: 25 },
        outfallId: 'outfall:001',
        notes: null,
      },
    ]);
  });

  it('the reported DMR values, exactly as reported', () => {
    const report = result.reports[0];
    expect(result.reports).toHaveLength(1);
    expect(report).toMatchObject({
      id: 'dmr:001:Q:2018-08-31',
      outfallId: 'outfall:001',
      limitSetId: 'limitset:001:Q',
      periodStart: '2018-06-01',
      periodEnd: '2018-08-31',
      dueDate: '2018-09-25',
      submittedAt: '2018-09-17T15:13:40-05:00',
      nodiCode: null,
    });
    expect(report?.values).toHaveLength(32);
    expect(report?.excursions['00400']).toBe(0);
    expect(value(result, '00556', 'C2')).toEqual({
      id: 'value:001:00556:1:C2:2018-08-31',
      limitId: 'limit:001:00556:AF',
      parameterCode: '00556',
      monitoringLocationCode: '1',
      valueSlot: 'C2',
      statisticalBaseCode: 'AF',
      qualifier: '<',
      value: '1.4',
      nodiCode: null,
      unitCode: '19',
      unitText: 'mg/L',
      violationCode: null,
    });
    expect(value(result, '00400', 'C1')).toMatchObject({
      qualifier: '=',
      value: '7.3',
      limitId: 'limit:001:00400:ME',
    });
    expect(value(result, '50050', 'Q1')).toMatchObject({ qualifier: '=', value: '0.00288', unitText: 'MGD' });
    expect(value(result, '51040', 'C3')).toMatchObject({ value: '2419.6' });
    expect(value(result, '01094', 'C2')).toMatchObject({ value: '178' });
    expect(value(result, '01113', 'C3')).toMatchObject({ value: '0.1' });
  });

  it('is deterministic: re-importing the file gives an identical result', () => {
    expect(importNetDmrCopyOfRecord(readNetDmr(FILE))).toEqual({ ok: true, result });
  });

  it('validates as a permit once the statements are written (imports carry no condition text)', () => {
    const issues = validatePermit(result.content, {
      kind: 'npdes',
      effectiveDate: '2014-01-01',
      expirationDate: '2018-12-31',
    }).issues;
    expect(issues.map((i) => i.path)).toEqual([
      'conditions.duration',
      'conditions.nonTransferability',
      'conditions.notification',
      'conditions.recordKeeping',
      'conditions.penalties',
    ]);
  });
});

describe('all nine NetDMR copies of record', () => {
  const names = netDmrFileNames();
  const results = names.map((name) => ok(importNetDmrCopyOfRecord(readNetDmr(name))));

  it('are all read', () => {
    expect(names).toHaveLength(9);
    expect(results.map((r) => r.reports[0]?.periodEnd)).toEqual([
      '2017-02-28',
      '2017-05-31',
      '2017-08-31',
      '2017-11-30',
      '2018-02-28',
      '2018-05-31',
      '2018-08-31',
      '2018-11-30',
      '2019-02-28',
    ]);
  });

  it('describe the same permit: no difference between any quarter and the first', () => {
    const [first] = results;
    if (!first) throw new Error('no files');
    for (const r of results) {
      expect(comparePermitVersions({ content: first.content }, { content: r.content }).entries).toEqual([]);
    }
  });

  it('2017-02-28: flow 0.0194 MGD and E. coli 495 #/100mL', () => {
    const r = results[0];
    if (!r) throw new Error('no file');
    expect(value(r, '50050', 'Q1')).toMatchObject({ value: '0.0194', qualifier: '=' });
    expect(value(r, '51040', 'C2')).toMatchObject({ value: '495' });
    expect(r.reports[0]).toMatchObject({ periodStart: '2016-12-01', dueDate: '2017-03-25' });
  });
});

describe('malformed copies of record are refused naming the element', () => {
  const xml = readNetDmr(FILE);
  const P = 'DischargeMonitoringReport/Parameters/Parameter';

  function errors(text: string): string[] {
    const outcome = importNetDmrCopyOfRecord(text);
    return outcome.ok ? [] : outcome.errors.map((e) => `${e.path}: ${e.message}`);
  }

  it('not well-formed XML', () => {
    expect(errors('<DischargeMonitoringReport><PermitIdentifier>X</DischargeMonitoringReport>')).toEqual([
      expect.stringMatching(/^line 1, column \d+: not well-formed XML: /),
    ]);
  });

  it('another root element', () => {
    expect(errors('<Report><PermitIdentifier>X</PermitIdentifier></Report>')).toEqual([
      '/: the root element must be DischargeMonitoringReport',
    ]);
  });

  it('a parameter without its code', () => {
    const bad = editParameter(xml, 4, (p) => p.replace('<ParameterCode>51040</ParameterCode>', ''));
    expect(errors(bad)).toEqual([`${P}[4]/ParameterCode: missing`]);
  });

  it('a limit value that is neither a number nor "Req Mon", and a bad reported value', () => {
    const bad = editParameter(xml, 9, (p) =>
      p
        .replace('<PermitLimitValue>6</PermitLimitValue>', '<PermitLimitValue>six</PermitLimitValue>')
        .replace('<ReportedValue>7.3</ReportedValue>', '<ReportedValue>7,3</ReportedValue>'),
    );
    expect(errors(bad)).toEqual([
      `${P}[9]/Concentration1/PermitLimitValue: 'six' is neither a number nor 'Req Mon'`,
      `${P}[9]/Concentration1/ReportedValue: '7,3' is not a number`,
    ]);
  });

  it('missing statistical base, unit and value slots', () => {
    const noBase = editParameter(xml, 1, (p) =>
      p.replace('<PermitStatisticalBaseCode>AF</PermitStatisticalBaseCode>', ''),
    );
    expect(errors(noBase)).toEqual([`${P}[1]/Concentration2/PermitStatisticalBaseCode: missing`]);
    const noUnit = editParameter(xml, 2, (p) =>
      p.replace('<PermitConcentrationUnitCode>19</PermitConcentrationUnitCode>', ''),
    );
    expect(errors(noUnit)).toEqual([`${P}[2]/PermitConcentrationUnitCode: missing`]);
    const noSlots = editParameter(xml, 3, (p) => p.replace(/<Concentration2>.*<\/Concentration3>/s, ''));
    expect(errors(noSlots)).toEqual([`${P}[3]: has no Quantity1/2 or Concentration1/2/3 element`]);
  });

  it('missing or bad header fields, all reported at once', () => {
    const bad = xml
      .replace('<PermitIdentifier>ARS000002</PermitIdentifier>', '')
      .replace(
        '<MonitoringPeriodEndDate>2018-08-31</MonitoringPeriodEndDate>',
        '<MonitoringPeriodEndDate>08/31/2018</MonitoringPeriodEndDate>',
      )
      .replace('<LimitSetDesignator>Q</LimitSetDesignator>', '');
    expect(errors(bad)).toEqual([
      'DischargeMonitoringReport/PermitIdentifier: missing',
      'DischargeMonitoringReport/LimitSetDesignator: missing',
      "DischargeMonitoringReport/MonitoringPeriodEndDate: '08/31/2018' is not a date YYYY-MM-DD",
    ]);
  });

  it('a bad parameter code and season number', () => {
    const bad = editParameter(xml, 5, (p) =>
      p
        .replace('<ParameterCode>00310</ParameterCode>', '<ParameterCode>310</ParameterCode>')
        .replace('<PermitSeasonNumber>0</PermitSeasonNumber>', '<PermitSeasonNumber>x</PermitSeasonNumber>'),
    );
    expect(errors(bad)).toEqual([
      `${P}[5]/ParameterCode: '310' is not a 5-character parameter code`,
      `${P}[5]/PermitSeasonNumber: 'x' is not a whole number`,
    ]);
  });

  it('no parameters and no form-level NODI', () => {
    const bad = xml.replace(/<Parameters>.*<\/Parameters>/s, '<Parameters></Parameters>');
    expect(errors(bad)).toEqual([
      'DischargeMonitoringReport/Parameters: missing: no Parameter and no form-level no-data indicator',
    ]);
  });
});
