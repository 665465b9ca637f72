import { isOutsideLimit } from '../limits/compare';
import { type D, dec } from '../numbers/decimal';
import type { EchoDmrValue, LimitQualifier, ValueQualifier } from './echo-types';

/** `indeterminate`: a `<` or `>` value whose true value may lie on either side of the limit. */
export type EchoVerdict = 'complies' | 'exceeds' | 'indeterminate' | 'not-evaluated';

type Direction = 'max' | 'min' | 'equal';

/**
 * Judges one DMR value against its limit in standard units (§9.8), honouring the limit qualifier.
 * No limit (monitor only) or no value (NODI, §9.10) is never an exceedance.
 */
export function judgeEchoValue(value: EchoDmrValue): EchoVerdict {
  if (value.limit === null || value.reported === null) return 'not-evaluated';
  const x = dec(value.reported.value);
  const limit = dec(value.limit.value);
  const qualifier = value.limit.qualifier;
  if (value.reported.qualifier === '=') return violates(x, limit, qualifier) ? 'exceeds' : 'complies';
  return judgeBounded(x, value.reported.qualifier, limit, qualifier);
}

/** Whether an exact value breaks the limit. Equality meets `<=`, `>=` and `=`, and breaks `<` and `>`. */
function violates(x: D, limit: D, qualifier: LimitQualifier): boolean {
  switch (qualifier) {
    case '<=':
      return isOutsideLimit(x, limit, 'max');
    case '<':
      return isOutsideLimit(x, limit, 'max') || x.eq(limit);
    case '>=':
      return isOutsideLimit(x, limit, 'min');
    case '>':
      return isOutsideLimit(x, limit, 'min') || x.eq(limit);
    case '=':
      return !x.eq(limit);
  }
}

/**
 * A `<X` value lies somewhere below X, a `>X` value somewhere above it. It settles the verdict only
 * when the whole range is on one side of the limit; otherwise it needs manual review
 * (§9.8: ICIS's treatment of qualified values is UNVERIFIED).
 */
function judgeBounded(
  x: D,
  reported: Exclude<ValueQualifier, '='>,
  limit: D,
  q: LimitQualifier,
): EchoVerdict {
  const isBelow = reported.startsWith('<');
  const isOpen = reported === '<' || reported === '>';
  const direction = directionOf(q);
  const settles = direction !== 'equal' && isBelow === (direction === 'max') ? 'complies' : 'exceeds';
  const isSettled = isOpen
    ? isBeyond(x, limit, isBelow, true)
    : direction === 'equal'
      ? isBeyond(x, limit, isBelow, false)
      : violates(x, limit, q) === (settles === 'exceeds');
  return isSettled ? settles : 'indeterminate';
}

/** Whether the range's bound X leaves the limit wholly outside the range. */
function isBeyond(x: D, limit: D, isBelow: boolean, isOpen: boolean): boolean {
  if (isBelow) return isOpen ? x.lte(limit) : x.lt(limit);
  return isOpen ? x.gte(limit) : x.gt(limit);
}

function directionOf(q: LimitQualifier): Direction {
  if (q === '<=' || q === '<') return 'max';
  if (q === '>=' || q === '>') return 'min';
  return 'equal';
}
