import { systemActor } from '../audit/append';
import type { Db } from '../db/connect';
import { sweepDeadlines } from '../deadlines/sweep-deadlines';
import { dayOf } from '../monitoring/evaluation-summary';
import { facilitiesMonitoredHere, sweepMissedSamples } from '../monitoring/sweep-missed-samples';
import { sweepProgram } from '../program/sweep-program';
import { sweepReports } from '../reports/sweep-reports';
import type { BackgroundJob } from './job-runner';

/** Every day at 05:15 UTC. */
export const DAILY_SWEEPS_CRON = '15 5 * * *';

/**
 * The daily sweeps as of `asOf`'s day, in order: missed samples (facilities monitored on Outfall)
 * become monitoring violations; report obligations are brought up to date and reports overdue beyond
 * the allowed days become reporting violations; then every deadline's reminders and overdue alerts
 * go out (in-app and e-mail, per each person's preferences).
 */
export async function runDailySweeps(db: Db, asOf: Date, publicUrl: string): Promise<void> {
  const day = dayOf(asOf);
  const facilities = await facilitiesMonitoredHere(db);
  await sweepMissedSamples(db, facilities, day, systemActor);
  await sweepReports(db, systemActor, day);
  await sweepProgram(db, day, publicUrl);
  await sweepDeadlines(db, { asOf: day, publicUrl });
}

/** The background job running the daily sweeps (see job-runner.ts). */
export function dailySweepsJob(db: Db, publicUrl: string): BackgroundJob {
  return {
    name: 'daily-sweeps',
    cron: DAILY_SWEEPS_CRON,
    run: (asOf) => runDailySweeps(db, asOf, publicUrl),
  };
}
