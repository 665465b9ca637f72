import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { PermitImportOutcome, PermitImportResult, PermitLimit } from '../src/contracts/permits';
import { importEchoPermit } from '../src/imports';
import { readReferenceFile } from './echo-helpers';

const TEXT = readReferenceFile();
const [HEADER = [], ...RECORDS] = parse(TEXT, { bom: true }) as string[][];
const col = (name: string) => HEADER.indexOf(name);

/** The file's rows as objects; `row` is the spreadsheet row number (header = 1). */
const ROWS = RECORDS.map((cells, i) => ({
  row: i + 2,
  get: (name: string) => cells[col(name)] ?? '',
}));

function ok(outcome: PermitImportOutcome): PermitImportResult {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

const iso = (us: string) => `${us.slice(6, 10)}-${us.slice(0, 2)}-${us.slice(3, 5)}`;
const plain = (n: string) => (n.startsWith('.') ? `0${n}` : n);

/** Rewrites one cell of the reference file (row = spreadsheet row number). */
function withCell(row: number, column: string, value: string): string {
  const records = [HEADER, ...RECORDS].map((r) => [...r]);
  const record = records[row - 1];
  if (!record) throw new Error(`no row ${row}`);
  record[col(column)] = value;
  return `${records.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',')).join('\n')}\n`;
}

describe('ECHO effluent chart TX0062677: the limits in effect', () => {
  const result = ok(importEchoPermit(TEXT));
  const limits = result.content.limitSets.flatMap((s) => s.limits.map((l) => ({ set: s, limit: l })));
  const find = (id: string): PermitLimit => {
    const hit = limits.find((l) => l.limit.id === id);
    if (!hit) throw new Error(`no ${id}`);
    return hit.limit;
  };

  it('permit, outfalls and limit sets', () => {
    expect(result.permitNumber).toBe('TX0062677');
    expect(
      result.content.outfalls.map((o) => [o.id, o.code, o.name, o.monitoringLocationCode, o.featureTypeCode]),
    ).toEqual([
      ['outfall:001', '001', 'External Outfall 001', '1', 'EXO'],
      ['outfall:TX1', 'TX1', 'External Outfall TX1', '1', 'EXO'],
      ['outfall:TXA', 'TXA', 'External Outfall TXA', '1', 'EXO'],
    ]);
    expect(
      result.content.limitSets.map((s) => [s.id, s.effectiveFrom, s.effectiveTo, s.limits.length]),
    ).toEqual([
      ['limitset:001:3600474079:2019-12-01', '2019-12-01', '2024-11-12', 31],
      ['limitset:001:3600474080:2019-12-01', '2019-12-01', '2024-11-12', 109],
      ['limitset:001:3600474080:2022-12-01', '2022-12-01', '2024-11-12', 8],
      ['limitset:TX1:3600551017:2021-01-01', '2021-01-01', '2024-11-12', 16],
      ['limitset:TX1:3600551016:2021-01-01', '2021-01-01', '2024-11-12', 16],
      ['limitset:TXA:3600474083:2019-12-01', '2019-12-01', '2024-11-12', 4],
    ]);
  });

  it('every limit matches the latest row of its feature/limit set/parameter/base/value type, field by field', () => {
    const latest = new Map<string, (typeof ROWS)[number]>();
    for (const r of ROWS) {
      const key = [
        'perm_feature_nmbr',
        'limit_set_id',
        'parameter_code',
        'monitoring_location_code',
        'statistical_base_code',
        'value_type_code',
      ]
        .map((c) => r.get(c))
        .join('|');
      const held = latest.get(key);
      if (!held || iso(r.get('limit_begin_date')) > iso(held.get('limit_begin_date'))) latest.set(key, r);
    }
    expect(limits).toHaveLength(latest.size);
    for (const { set, limit } of limits) {
      const feature = set.outfallId.replace('outfall:', '');
      const r = latest.get(
        [
          feature,
          set.id.split(':')[2],
          limit.parameterCode,
          '1',
          limit.statisticalBaseCode,
          limit.valueSlot,
        ].join('|'),
      );
      if (!r) throw new Error(`no row for ${limit.id}`);
      const qualifier = r.get('limit_value_qualifier_code');
      expect(limit, limit.id).toMatchObject({
        parameterName: r.get('parameter_desc'),
        statisticalBaseName: r.get('statistical_base_short_desc'),
        value: r.get('limit_value_nmbr') === '' ? null : plain(r.get('limit_value_nmbr')),
        unitCode: r.get('limit_unit_code'),
        unitText: r.get('limit_unit_desc'),
        direction:
          qualifier.startsWith('>') || (qualifier === '' && r.get('statistical_base_type_code') === 'MIN')
            ? 'min'
            : 'max',
      });
      expect(set.effectiveFrom).toBe(iso(r.get('limit_begin_date')));
      expect(set.effectiveTo).toBe(iso(r.get('limit_end_date')));
    }
  });

  it('benzo[a]pyrene load: 0.0068 lb/d from 2022-12-01 (row 919) replaces 2.7 lb/d (rows 914–916)', () => {
    expect(find('limit:001:34247:DB')).toMatchObject({
      parameterName: 'Benzo[a]pyrene',
      statisticalBaseCode: 'DB',
      statisticalBaseName: 'DAILY AV',
      valueSlot: 'Q1',
      value: '0.0068',
      unitCode: '26',
      unitText: 'lb/d',
      direction: 'max',
    });
    expect(
      limits.filter((l) => l.limit.parameterCode === '34247').map((l) => [l.limit.id, l.limit.value]),
    ).toEqual([
      ['limit:001:34247:DD', '0.0144'],
      ['limit:001:34247:DB', '0.0068'],
    ]);
  });

  it('pH (rows 202–203): minimum 5 SU (ME, C1, >=) and maximum 11 SU (MB, C3, <=)', () => {
    expect(find('limit:001:00400:ME')).toMatchObject({
      value: '5',
      direction: 'min',
      valueSlot: 'C1',
      unitCode: '12',
      unitText: 'SU',
    });
    expect(find('limit:001:00400:MB')).toMatchObject({
      value: '11',
      direction: 'max',
      valueSlot: 'C3',
      unitCode: '12',
      unitText: 'SU',
    });
  });

  it('temperature daily max 108 deg F (row 2); enterococci daily max 89 CFU/100mL (row 1265)', () => {
    expect(find('limit:001:00011:DD')).toMatchObject({
      value: '108',
      unitCode: '15',
      unitText: 'deg F',
      valueSlot: 'C3',
    });
    expect(find('limit:001:61211:DD')).toMatchObject({ value: '89', unitCode: '3Z', unitText: 'CFU/100mL' });
  });

  it('whole effluent toxicity at TX1 (row 1593): monitor only, a MIN base, in two limit sets', () => {
    const wet = limits.filter(
      (l) =>
        l.limit.parameterCode === '22415' &&
        l.limit.statisticalBaseCode === '7D' &&
        l.set.outfallId === 'outfall:TX1',
    );
    expect(wet.map((l) => [l.limit.id, l.limit.value, l.limit.direction, l.limit.unitText])).toEqual([
      ['limit:TX1:22415:7D:C1:3600551017', null, 'min', 'pass=0;fail=1'],
      ['limit:TX1:22415:7D:C1:3600551016', null, 'min', 'pass=0;fail=1'],
    ]);
  });

  it('monitoring and DMR requirements per limit set (NMBR_OF_SUBMISSION, due the 20th)', () => {
    expect(
      result.content.monitoringRequirements.every((m) => m.frequencyCode === null && m.sampleType === null),
    ).toBe(true);
    expect(result.warnings).toEqual([
      'ECHO gives no sample type or frequency: complete the monitoring requirements',
    ]);
    expect(
      result.content.reportingRequirements.map((r) => [r.id, r.cadence, r.firstMonth, r.dueRule]),
    ).toEqual([
      ['reporting:dmr:001:3600474079', 'monthly', 1, { kind: 'day-of-month', monthsAfter: 1, day: 20 }],
      ['reporting:dmr:001:3600474080', 'annual', 9, { kind: 'day-of-month', monthsAfter: 1, day: 20 }],
      ['reporting:dmr:TX1:3600551017', 'semiannual', 1, { kind: 'day-of-month', monthsAfter: 1, day: 20 }],
      ['reporting:dmr:TX1:3600551016', 'annual', 1, { kind: 'day-of-month', monthsAfter: 1, day: 20 }],
      ['reporting:dmr:TXA:3600474083', 'semiannual', 1, { kind: 'day-of-month', monthsAfter: 1, day: 20 }],
    ]);
  });
});

describe('ECHO effluent chart TX0062677: the DMR history', () => {
  const result = ok(importEchoPermit(TEXT));
  const values = result.reports.flatMap((r) => r.values.map((v) => ({ report: r, value: v })));
  const at = (parameter: string, slot: string, periodEnd: string, base?: string) =>
    values.filter(
      (v) =>
        v.value.parameterCode === parameter &&
        v.value.valueSlot === slot &&
        v.report.periodEnd === periodEnd &&
        (base === undefined || v.value.statisticalBaseCode === base),
    );

  it('one value per DMR value id, every one of the 1,759 rows', () => {
    expect(values).toHaveLength(
      new Set(ROWS.map((r) => r.get('dmr_value_id') || r.get('dmr_form_value_id'))).size,
    );
    expect(values).toHaveLength(1759);
    expect(result.reports).toHaveLength(58);
  });

  it('enterococci 2420 CFU/100mL on 2021-04-30 (row 1265) with EPA’s E90, linked to the limit', () => {
    expect(at('61211', 'C3', '2021-04-30').map((v) => v.value)).toEqual([
      {
        id: 'value:001:61211:1:C3:2021-04-30',
        limitId: 'limit:001:61211:DD',
        parameterCode: '61211',
        monitoringLocationCode: '1',
        valueSlot: 'C3',
        statisticalBaseCode: 'DD',
        qualifier: '=',
        value: '2420',
        nodiCode: null,
        unitCode: '3Z',
        unitText: 'CFU/100mL',
        violationCode: 'E90',
      },
    ]);
    expect(at('61211', 'C3', '2021-04-30')[0]?.report).toMatchObject({
      id: 'dmr:001:3600474079:2021-04-30',
      limitSetId: 'limitset:001:3600474079:2019-12-01',
      dueDate: '2021-05-20',
    });
  });

  it('a value reported against a superseded limit is kept but not linked (rows 914 and 919)', () => {
    expect(at('34247', 'Q1', '2021-08-31', 'DB')[0]?.value).toMatchObject({ value: '0', limitId: null });
    expect(at('34247', 'Q1', '2023-08-31', 'DB')[0]?.value).toMatchObject({
      value: '0',
      limitId: 'limit:001:34247:DB',
    });
  });

  it('a NODI value has no number (row 1593: NODI 9)', () => {
    const wet = at('22415', 'C1', '2021-06-30', '7D');
    expect(wet.map((v) => [v.report.id, v.value.nodiCode, v.value.value, v.value.qualifier])).toEqual([
      ['dmr:TX1:3600551017:2021-06-30', '9', null, null],
    ]);
  });

  it('is deterministic: re-importing gives an identical result', () => {
    expect(importEchoPermit(TEXT)).toEqual({ ok: true, result });
  });
});

describe('malformed ECHO files are refused naming the row', () => {
  function errors(text: string): string[] {
    const outcome = importEchoPermit(text);
    return outcome.ok ? [] : outcome.errors.map((e) => `${e.path}: ${e.message}`);
  }

  it.each([
    [919, 'limit_value_nmbr', 'abc', "row 919, column limit_value_nmbr: 'abc' is not a number"],
    [
      203,
      'limit_begin_date',
      '2019-13-45',
      "row 203, column limit_begin_date: '2019-13-45' is not a calendar date",
    ],
    [
      1265,
      'dmr_value_standard_units',
      'lots',
      "row 1265, column dmr_value_standard_units: 'lots' is not a number",
    ],
    [
      40,
      'monitoring_period_end_date',
      '',
      "row 40, column monitoring_period_end_date: '' is not a date (expected MM/DD/YYYY)",
    ],
    [12, 'parameter_code', '', 'row 12, column parameter_code: is blank'],
    [
      77,
      'npdes_id',
      'TX0000001',
      'row 77, column npdes_id: permit TX0000001 differs from TX0062677 on row 2',
    ],
  ])('row %i, %s = %j', (row, column, value, message) => {
    expect(errors(withCell(row, column, value))).toEqual([message]);
  });

  it('a file without data or without the required columns', () => {
    expect(errors(`${HEADER.join(',')}\n`)).toEqual([': the file has no data rows']);
    expect(errors('')).toEqual([': the file is empty: expected a header row of ECHO DMR columns']);
    expect(errors('a,b\n1,2\n')[0]).toMatch(
      /^: missing required columns: npdes_id or external_permit_nmbr, perm_feature_nmbr/,
    );
  });
});
