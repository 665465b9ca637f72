import type { LabResultCandidate, QualityCheck } from '../contracts/monitoring';
import { findParameter } from '../reference/parameters';
import { elapsedRange, monthsInMinutes } from './elapsed';
import { describeHold, HOLDING_TIMES, HOLDING_TIMES_SOURCE, type HoldingTime } from './holding-times';
import { parameterFamilyOf } from './parameter-family';

const PER_UNIT = { minutes: 1, hours: 60, days: 1440 } as const;

function limitMinutes(hold: HoldingTime, from: string): number {
  return hold.unit === 'months' ? monthsInMinutes(from, hold.amount) : hold.amount * PER_UNIT[hold.unit];
}

function inUnit(minutes: number, hold: HoldingTime): string {
  const unit = hold.unit === 'months' ? 'days' : hold.unit;
  const amount = Math.round((minutes / PER_UNIT[unit]) * 10) / 10;
  return `${amount} ${amount === 1 ? unit.slice(0, -1) : unit}`;
}

function result(status: QualityCheck['status'], message: string): QualityCheck {
  return { check: 'holding_time', status, field: 'analysis_date', message, source: HOLDING_TIMES_SOURCE };
}

/**
 * Analysis − collection within the 40 CFR 136.3 Table II maximum for the parameter. A composite's
 * clock starts at the end of its collection (Table II footnote 4). Unknown times of day widen the
 * elapsed time to a range: fail only when even its smallest value is too long.
 */
export function checkHoldingTime(c: LabResultCandidate): QualityCheck {
  const name = findParameter(c.parameterCode)?.description ?? c.parameterCode;
  const family = parameterFamilyOf(c.parameterCode);
  const hold = family ? HOLDING_TIMES[family] : undefined;
  if (!hold)
    return result('warn', `no holding time is shipped for ${name}: check it against Table II by hand`);
  if (c.analysedAt === null) {
    return result(
      'warn',
      `no analysis date: the ${describeHold(hold)} holding time cannot be checked (403.12(o) requires analysis dates)`,
    );
  }
  const from = c.collectedEnd ?? c.collectedStart;
  const [least, most] = elapsedRange(from, c.analysedAt);
  const limit = limitMinutes(hold, from);
  if (most < 0)
    return result('fail', `analysed ${c.analysedAt} before collection ended ${from}: check the dates`);
  if (least > limit) {
    return result(
      'fail',
      `${name} analysed ${inUnit(least, hold)} after collection; Table II allows ${describeHold(hold)}`,
    );
  }
  if (most > limit) {
    return result('warn', `times of day missing: ${name} may exceed its ${describeHold(hold)} holding time`);
  }
  return result(
    'pass',
    `analysed ${inUnit(Math.max(least, 0), hold)} after collection, within ${describeHold(hold)}`,
  );
}
