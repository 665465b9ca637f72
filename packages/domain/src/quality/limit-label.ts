import type { Limit } from '../limits/limit';

const PERIOD_NAMES = {
  CALENDAR_WEEK: 'weekly',
  CALENDAR_MONTH: 'monthly',
  QUARTER: 'quarterly',
  HALF_YEAR: 'semi-annual',
  YEAR: 'annual',
} as const;

const AGGREGATE_NAMES: Readonly<Record<string, string>> = {
  MEAN: 'average',
  GEOMEAN: 'geometric mean',
  TOTAL: 'total',
  MAX: 'maximum',
  MIN: 'minimum',
};

/** 'daily maximum', 'instantaneous minimum', 'monthly average', '7-day average' (§9.1 limit forms). */
export function limitLabel(limit: Limit): string {
  const extreme = limit.direction === 'max' ? 'maximum' : 'minimum';
  const basis = limit.basis;
  switch (basis.kind) {
    case 'INSTANTANEOUS':
      return `instantaneous ${extreme}`;
    case 'DAILY':
      return `daily ${extreme}`;
    case 'PERIOD':
      return `${PERIOD_NAMES[basis.period]} ${AGGREGATE_NAMES[basis.aggregate] ?? basis.aggregate.toLowerCase()}`;
    case 'ROLLING':
      return `${basis.days}-day ${AGGREGATE_NAMES[basis.aggregate]}`;
    case 'CONSECUTIVE_DAYS':
      return `${basis.days}-consecutive-day ${extreme}`;
  }
}
