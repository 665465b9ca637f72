import { describe, expect, it } from 'vitest';
import { type EchoVerdict, judgeEchoValue, parseEchoDmrFile, reconcileEchoFile } from '../src/echo';
import { echoCsv } from './echo-helpers';

function judge(limitQualifier: string, limit: string, value: string, valueQualifier = '='): EchoVerdict {
  const csv = echoCsv([
    {
      limit_value_qualifier_code: limitQualifier,
      limit_value_standard_units: limit,
      dmr_value_standard_units: value,
      dmr_value_qualifier_code: valueQualifier,
    },
  ]);
  const [parsed] = parseEchoDmrFile(csv).values;
  if (!parsed) throw new Error('no value parsed');
  return judgeEchoValue(parsed);
}

describe('judgeEchoValue: limit qualifiers (§9.8)', () => {
  it.each([
    ['<=', '30', '30', 'complies'],
    ['<=', '30', '30.01', 'exceeds'],
    ['<', '30', '30', 'exceeds'],
    ['<', '30', '29.99', 'complies'],
    ['>=', '6.0', '6', 'complies'],
    ['>=', '6.0', '5.9', 'exceeds'],
    ['>', '6.0', '6', 'exceeds'],
    ['>', '6.0', '6.1', 'complies'],
    ['=', '0', '0', 'complies'],
    ['=', '0', '.1', 'exceeds'],
    // Exact decimals: 0.34 × 1.2 = 0.408 meets a 0.408 maximum (domain-spec general rule).
    ['<=', '0.408', '.408', 'complies'],
    ['<=', '.474', '0.4740000000000001', 'exceeds'],
  ] as const)('limit %s %s, value %s → %s', (q, limit, value, expected) => {
    expect(judge(q, limit, value)).toBe(expected);
  });
});

describe('judgeEchoValue: qualified values (§9.8: treatment by ICIS UNVERIFIED, manual review)', () => {
  it.each([
    ['<=', '30', '<', '30', 'complies'],
    ['<=', '30', '<', '10', 'complies'],
    ['<=', '30', '<', '40', 'indeterminate'],
    ['<=', '30', '>', '30', 'exceeds'],
    ['<=', '30', '>', '20', 'indeterminate'],
    ['<=', '30', '>=', '30', 'indeterminate'],
    ['<', '30', '>=', '30', 'exceeds'],
    ['>=', '6', '<', '6', 'exceeds'],
    ['>=', '6', '<=', '6', 'indeterminate'],
    ['>=', '6', '>', '5', 'indeterminate'],
    ['>=', '6', '>', '6', 'complies'],
    ['=', '0', '<', '0', 'exceeds'],
    ['=', '0', '<=', '0', 'indeterminate'],
    ['=', '0', '>', '1', 'exceeds'],
  ] as const)('limit %s %s, value %s%s → %s', (q, limit, vq, value, expected) => {
    expect(judge(q, limit, value, vq)).toBe(expected);
  });
});

describe('reconcileEchoFile: evaluation outcomes', () => {
  it('never finds an exceedance without a value (NODI) or without a limit (monitor only)', () => {
    const csv = echoCsv([
      { dmr_value_id: '1', nodi_code: '9', dmr_value_standard_units: '', dmr_value_qualifier_code: '' },
      { dmr_value_id: '2', nodi_code: 'C', dmr_value_standard_units: '', dmr_value_qualifier_code: '' },
      {
        dmr_value_id: '3',
        limit_value_standard_units: '',
        limit_value_qualifier_code: '',
        dmr_value_standard_units: '999',
      },
    ]);
    const r = reconcileEchoFile(csv);
    expect(r.dmrValues).toBe(3);
    expect(r.exceedances).toEqual([]);
  });

  it('computes ECHO percent: 45 over 30 is 50 %, pH 5.4 under 6.0 has none (§9.8)', () => {
    const csv = echoCsv([
      { dmr_value_id: '1', dmr_value_standard_units: '45' },
      {
        dmr_value_id: '2',
        parameter_code: '00400',
        standard_unit_code: '12',
        statistical_base_type_code: 'MIN',
        limit_value_qualifier_code: '>=',
        limit_value_standard_units: '6.0',
        dmr_value_standard_units: '5.4',
      },
    ]);
    expect(reconcileEchoFile(csv).exceedances.map((e) => [e.value.dmrValueId, e.exceedancePct])).toEqual([
      ['1', 50],
      ['2', null],
    ]);
  });

  it('compares in standard units, not as reported (lb/d reported, kg/d standard)', () => {
    const csv = echoCsv([{ dmr_value_nmbr: '66', dmr_unit_code: '26', dmr_value_standard_units: '29.9371' }]);
    expect(reconcileEchoFile(csv).exceedances).toEqual([]);
  });

  it('lists indeterminate values apart from exceedances', () => {
    const r = reconcileEchoFile(echoCsv([{ dmr_value_qualifier_code: '<', dmr_value_standard_units: '40' }]));
    expect(r.exceedances).toEqual([]);
    expect(r.indeterminate.map((f) => f.value.dmrValueId)).toEqual(['7001']);
  });

  it('counts agreement with EPA: matched, only ours, only EPA and percent mismatches', () => {
    const csv = echoCsv([
      { dmr_value_id: '1', dmr_value_standard_units: '45', violation_code: 'E90', exceedence_pct: '50' },
      { dmr_value_id: '2', dmr_value_standard_units: '45', violation_code: 'E90', exceedence_pct: '49' },
      { dmr_value_id: '3', dmr_value_standard_units: '45' },
      { dmr_value_id: '4', dmr_value_standard_units: '20', violation_code: 'E90', exceedence_pct: '5' },
      { dmr_value_id: '5', dmr_value_standard_units: '20', violation_code: 'D90' },
    ]);
    const a = reconcileEchoFile(csv).agreement;
    expect(a).toEqual({
      matched: 2,
      onlyOurs: ['3'],
      onlyEpa: ['4'],
      pctMismatches: [{ dmrValueId: '2', ours: 50, epa: 49 }],
    });
  });
});
