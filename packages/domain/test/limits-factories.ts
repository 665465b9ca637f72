import type { ProgramResult } from '../src/limits/evaluate-program';
import { LIMIT_BASES, type Limit } from '../src/limits/limit';
import { parseReportedValue, type ReportedContext } from '../src/numbers/reported-value';
import type { UnitId } from '../src/units/unit-catalog';

let seq = 0;

/** A result factory: `makeResult('2025-06-03', '1.20', { flowMgd: '0.045' })`. */
export function makeResult(
  date: string,
  text: string,
  overrides: Partial<Omit<ProgramResult, 'value'>> & { context?: ReportedContext } = {},
): ProgramResult {
  const { context, ...rest } = overrides;
  seq += 1;
  return {
    id: `r${seq}`,
    date,
    value: parseReportedValue(text, context),
    unit: 'mg/L' as UnitId,
    parameterCode: '01092',
    monitoringPoint: '001',
    ...rest,
  };
}

/** A limit factory with a monthly-average-style default. */
export function makeLimit(overrides: Partial<Limit> = {}): Limit {
  return {
    id: 'L1',
    parameterCode: '01092',
    monitoringPoint: '001',
    basis: LIMIT_BASES.daily,
    value: '2.61',
    unit: 'mg/L',
    direction: 'max',
    effectiveFrom: '2020-01-01',
    enforceable: true,
    ...overrides,
  };
}
