import { systemActor } from '../audit/append';
import type { Db } from '../db/connect';
import { sweepReports } from '../reports/sweep-reports';
import { dayOf } from './evaluation-summary';
import { facilitiesMonitoredHere, sweepMissedSamples } from './sweep-missed-samples';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Runs the daily sweeps shortly after start-up and then every day: missed samples (facilities
 * monitored on Outfall), then report obligations and reports overdue beyond the allowed days.
 */
export function startSweepTimer(db: Db, onError: (err: unknown) => void): () => void {
  const run = () =>
    void facilitiesMonitoredHere(db)
      .then((facilities) => sweepMissedSamples(db, facilities, dayOf(new Date()), systemActor))
      .then(() => sweepReports(db, systemActor, dayOf(new Date())))
      .catch(onError);
  const first = setTimeout(run, 60_000);
  const timer = setInterval(run, DAY_MS);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
