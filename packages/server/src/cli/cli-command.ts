/** Where a command writes; tests pass buffers, main.ts passes the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes: 0 success, 1 unexpected failure, 2 bad input or usage, 3 a check found a problem (e.g. a broken audit chain). */
export const EXIT = { ok: 0, failure: 1, badInput: 2, checkFailed: 3 } as const;

export interface CliCommand {
  /** One line for `--help`. */
  readonly summary: string;
  /** Arguments after the command words, e.g. `FILE [--json]`. */
  readonly usage: string;
  run(args: string[], io: CliIo): Promise<number> | number;
}
