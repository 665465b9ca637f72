import { channel } from 'node:diagnostics_channel';

/** One timed stage of a lab import, published on {@link importStages} (the bench prints them). */
export interface ImportStage {
  stage: string;
  ms: number;
}

/** Stage timings of lab imports; nothing is measured or published while nobody subscribes. */
export const importStages = channel('outfall:lab-import-stage');

/** Runs one stage of an import, publishing how long it took when someone listens. */
export async function timedStage<T>(stage: string, run: () => Promise<T> | T): Promise<T> {
  if (!importStages.hasSubscribers) return run();
  const t0 = performance.now();
  try {
    return await run();
  } finally {
    importStages.publish({ stage, ms: performance.now() - t0 } satisfies ImportStage);
  }
}

/** Time spent in many short pieces of one stage (rows made between COPY writes), published once. */
export function stageClock(stage: string) {
  const on = importStages.hasSubscribers;
  let total = 0;
  let t0 = 0;
  return {
    start() {
      if (on) t0 = performance.now();
    },
    stop() {
      if (on) total += performance.now() - t0;
    },
    publish() {
      if (on) importStages.publish({ stage, ms: total } satisfies ImportStage);
    },
  };
}
