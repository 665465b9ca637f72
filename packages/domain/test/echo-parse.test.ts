import { describe, expect, it } from 'vitest';
import { parseEchoDmrFile } from '../src/echo';
import { echoCsv } from './echo-helpers';

describe('parseEchoDmrFile', () => {
  it('reads lower- and upper-case headers alike', () => {
    const rows = [{ dmr_value_standard_units: '.474' }];
    expect(parseEchoDmrFile(echoCsv(rows, { upper: true }))).toEqual(parseEchoDmrFile(echoCsv(rows)));
  });

  it('keeps numbers as written (.474), converts MM/DD/YYYY to ISO and reads quoted fields', () => {
    const csv = echoCsv([
      {
        dmr_value_standard_units: '.474',
        monitoring_period_end_date: '2/9/2024',
        parameter_desc: 'Oil, "total", recoverable',
      },
    ]);
    const [value] = parseEchoDmrFile(csv).values;
    expect(value?.reported).toEqual({ value: '.474', qualifier: '=' });
    expect(value?.periodEnd).toBe('2024-02-09');
    expect(value?.parameterDesc).toBe('Oil, "total", recoverable');
    expect(value?.limit).toEqual({ value: '30', qualifier: '<=' });
  });

  it('groups the rows of one DMR value × violation back into one value, keeping every EPA code', () => {
    const csv = echoCsv([
      { dmr_value_id: '1', violation_code: 'D90' },
      { dmr_value_id: '2' },
      { dmr_value_id: '1', violation_code: 'E90', exceedence_pct: '17' },
    ]);
    const file = parseEchoDmrFile(csv);
    expect(file.values.map((v) => [v.dmrValueId, v.row])).toEqual([
      ['1', 2],
      ['2', 3],
    ]);
    expect(file.epa?.byDmrValueId.get('1')).toEqual({ violationCodes: ['D90', 'E90'], exceedancePct: 17 });
    expect(file.epa?.byDmrValueId.get('2')).toEqual({ violationCodes: [], exceedancePct: null });
  });

  it('keeps EPA verdicts out of the evaluation input', () => {
    const [value] = parseEchoDmrFile(echoCsv([{ violation_code: 'E90', exceedence_pct: '50' }])).values;
    const keys = Object.keys(value ?? {}).join(' ');
    expect(keys).not.toMatch(/violation|exceed|rnc|severity/i);
  });

  it('reads a bulk layout: EXTERNAL_PERMIT_NMBR, no verdict columns, value keyed by its form value when unnumbered', () => {
    const csv = echoCsv([{ npdes_id: 'TX0000009', dmr_value_id: '' }], {
      drop: ['violation_code', 'exceedence_pct'],
      rename: { npdes_id: 'external_permit_nmbr' },
      upper: true,
    });
    const file = parseEchoDmrFile(csv);
    expect(file.values[0]?.permit).toBe('TX0000009');
    expect(file.epa).toBeNull();
    expect(file.values[0]?.dmrValueId).toBe('form-8001');
  });

  it('treats a NODI code as no value and a blank limit as monitor-only', () => {
    const file = parseEchoDmrFile(
      echoCsv([
        { dmr_value_id: '1', nodi_code: 'C', dmr_value_standard_units: '', dmr_value_qualifier_code: '' },
        { dmr_value_id: '2', limit_value_standard_units: '', limit_value_qualifier_code: '' },
      ]),
    );
    expect(file.values.map((v) => [v.nodiCode, v.reported, v.limit])).toEqual([
      ['C', null, { value: '30', qualifier: '<=' }],
      [null, { value: '20', qualifier: '=' }, null],
    ]);
  });

  it('takes the direction from the statistical base type when the limit qualifier is blank (§11.3)', () => {
    const file = parseEchoDmrFile(
      echoCsv([
        { dmr_value_id: '1', limit_value_qualifier_code: '', statistical_base_type_code: 'MIN' },
        { dmr_value_id: '2', limit_value_qualifier_code: '', statistical_base_type_code: 'AVG' },
      ]),
    );
    expect(file.values.map((v) => v.limit?.qualifier)).toEqual(['>=', '<=']);
  });

  it('skips blank lines, reads a byte-order mark and CRLF line ends, and numbers rows as a spreadsheet does', () => {
    const csv = `\uFEFF${echoCsv([{ dmr_value_id: '1' }, { dmr_value_id: '2' }])}`.replace(/\n/g, '\r\n');
    const withBlank = csv.replace('\r\n', '\r\n\r\n');
    expect(parseEchoDmrFile(csv).values.map((v) => v.row)).toEqual([2, 3]);
    expect(parseEchoDmrFile(withBlank).values.map((v) => v.row)).toEqual([3, 4]);
  });
});
