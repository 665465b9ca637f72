import { type CliCommand, type CliIo, EXIT } from './cli-command';

/**
 * Runs the command whose words (e.g. `echo reconcile`) start `argv`, with the remaining arguments.
 * The longest match wins, so `audit verify` and `audit` can coexist.
 */
export async function dispatch(
  commands: Readonly<Record<string, CliCommand>>,
  argv: string[],
  io: CliIo,
): Promise<number> {
  if (argv.length === 0) {
    io.err(helpText(commands));
    return EXIT.badInput;
  }
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(helpText(commands));
    return EXIT.ok;
  }
  const name = longestMatch(Object.keys(commands), argv);
  const command = name === undefined ? undefined : commands[name];
  if (name === undefined || command === undefined) {
    io.err(`unknown command: ${argv.join(' ')}\n\n${helpText(commands)}`);
    return EXIT.badInput;
  }
  return command.run(argv.slice(name.split(' ').length), io);
}

function longestMatch(names: string[], argv: string[]): string | undefined {
  return names
    .filter((name) => name.split(' ').every((word, i) => argv[i] === word))
    .sort((a, b) => b.split(' ').length - a.split(' ').length)[0];
}

export function helpText(commands: Readonly<Record<string, CliCommand>>): string {
  const rows = Object.entries(commands).map(([name, c]) => [`${name} ${c.usage}`.trim(), c.summary] as const);
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  const lines = rows.map(([left, summary]) => `  ${left.padEnd(width)}  ${summary}`);
  return ['Usage: npm run outfall -- <command> [options]', '', 'Commands:', ...lines, ''].join('\n');
}
