import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EchoFileError, reconcileEchoFile, toEchoReconcileJson } from '@outfall/domain/echo/index';
import { type CliCommand, type CliIo, EXIT } from './cli-command';
import { formatEchoReconciliation } from './echo-reconcile-report';

const USAGE = 'FILE [--json]';

/** `echo reconcile FILE [--json]`: our exceedances for an ECHO DMR download, compared with EPA's. */
export const echoReconcile: CliCommand = {
  summary: "evaluate an ECHO effluent-chart or NPDES_DMRS file and compare with EPA's E90 flags",
  usage: USAGE,
  run: runEchoReconcile,
};

async function runEchoReconcile(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, io);
  if (parsed === null) return EXIT.badInput;
  if (parsed.help) {
    io.out(`Usage: npm run outfall -- echo reconcile ${USAGE}\n`);
    return EXIT.ok;
  }
  const text = await readText(parsed.file, io);
  if (text === null) return EXIT.badInput;
  try {
    const result = reconcileEchoFile(text);
    io.out(parsed.json ? JSON.stringify(toEchoReconcileJson(result)) : formatEchoReconciliation(result));
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof EchoFileError)) throw error;
    io.err(`${parsed.file}: ${error.message}`);
    return EXIT.badInput;
  }
}

interface Args {
  file: string;
  json: boolean;
  help: boolean;
}

function parseCommandArgs(args: string[], io: CliIo): Args | null {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [file, ...extra] = positionals;
    if (values.help) return { file: '', json: false, help: true };
    if (file === undefined || extra.length > 0)
      throw new Error(`expected one FILE, got ${positionals.length}`);
    return { file, json: values.json, help: false };
  } catch (error) {
    io.err(`echo reconcile: ${(error as Error).message}\nUsage: npm run outfall -- echo reconcile ${USAGE}`);
    return null;
  }
}

async function readText(file: string, io: CliIo): Promise<string | null> {
  try {
    // `npm run` changes to the repository root; INIT_CWD is where the user typed the command.
    return await readFile(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8');
  } catch (error) {
    io.err(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return null;
  }
}
