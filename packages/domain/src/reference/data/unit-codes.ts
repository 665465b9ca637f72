// Source: domain-spec §11.4 and §13 (confirmed ICIS unit codes), hand-mapped to engine units.
import type { UnitId } from '../../units/unit-catalog';

/** ICIS unit code → engine unit, for the codes whose meaning the spec confirms. */
export const UNIT_CODE_TO_UNIT: Readonly<Record<string, UnitId>> = {
  '01': 'kg/d',
  '03': 'MGD',
  '12': 'SU',
  '13': '#/100mL',
  '15': 'degF',
  '19': 'mg/L',
  '23': '%',
  '26': 'lb/d',
  '28': 'ug/L',
  '30': 'MPN/100mL',
  '3Z': 'CFU/100mL',
};
