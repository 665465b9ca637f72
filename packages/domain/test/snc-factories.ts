import type { SncMeasurement } from '../src/snc/types';

/** A daily-limit measurement with sensible defaults; override any field. */
export function makeMeasurement(
  overrides: Partial<SncMeasurement> & { id: string; value: string },
): SncMeasurement {
  return {
    parameterCode: '01042',
    monitoringPoint: '001',
    date: '2025-01-15',
    limit: '3.38',
    direction: 'max',
    limitKind: 'daily',
    trcClass: '1.2',
    ...overrides,
  };
}

/** One measurement per value, on successive days from 2025-01-01 (a distinct daily value each). */
export function makeSeries(values: string[], overrides: Partial<SncMeasurement> = {}): SncMeasurement[] {
  return values.map((value, i) =>
    makeMeasurement({
      id: `m${i + 1}`,
      value,
      date: `2025-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      ...overrides,
    }),
  );
}
