import type { CheckValueInput } from '@outfall/domain/contracts/monitoring-api';
import { checkTypedValue } from '@outfall/domain/quality/index';
import { addDays } from '@outfall/domain/schedules/dates';
import type { ActiveMembership } from '../auth/actor';
import type { Db } from '../db/connect';
import { findMonitoredFacility } from './facility-scope';
import { loadFacilityLimits, seriesLimits } from './limits.queries';
import { isMassLimit } from './mass-loading';
import { seriesResults, toEngineResult } from './results.queries';

/**
 * As-you-type check of a value against the limits in effect on its date, with the period's
 * stored results ("2.80 mg/L — exceeds daily maximum 2.61"). Reads only; saves nothing.
 */
export async function checkValue(db: Db, m: ActiveMembership, input: CheckValueInput) {
  const facility = await findMonitoredFacility(db, m, input.facilityId);
  const all = await loadFacilityLimits(db, facility.id);
  // A mass loading needs the day's flow, which a typed concentration does not carry.
  const limits = seriesLimits(all, input.monitoringPoint, input.parameterCode).filter((l) => !isMassLimit(l));
  const series = { point: input.monitoringPoint, parameterCode: input.parameterCode };
  const rows = limits.length
    ? await seriesResults(db, facility.id, series, addDays(input.date, -366), addDays(input.date, 366))
    : [];
  return checkTypedValue({
    text: input.value,
    unit: input.unit,
    date: input.date,
    limits,
    results: rows.map((r) => toEngineResult(r.result)),
    ...(input.mdl ? { detectionLimit: input.mdl } : {}),
  });
}
