import { auditVerify } from './audit-verify';
import type { CliCommand } from './cli-command';
import { corVerify } from './cor-verify';
import { dispatch } from './dispatch';
import { echoReconcile } from './echo-reconcile';

/** The command table. Add a command here: its words, then a `CliCommand` from its own file. */
const commands: Record<string, CliCommand> = {
  'audit verify': auditVerify,
  'cor verify': corVerify,
  'echo reconcile': echoReconcile,
};

const io = {
  out: (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text: string) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

dispatch(commands, process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
