import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const REFERENCE = fileURLToPath(
  new URL(
    '../../../../shared/reference/echo-effluent-chart/TX0062677_dmr_2021-2024_pulled-2024-05.csv',
    import.meta.url,
  ),
);
const dir = mkdtempSync(join(tmpdir(), 'outfall-cli-echo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI entry as `npm run outfall` does, through tsx. */
function outfall(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'packages/server/src/cli/main.ts', ...args],
      { cwd: ROOT },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run outfall -- echo reconcile', () => {
  it('prints the reconciliation of the TX0062677 reference file as JSON and agrees with EPA', async () => {
    const run = await outfall('echo', 'reconcile', REFERENCE, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['dmrValues', 'exceedances', 'epa', 'agreement']);
    expect(json.dmrValues).toBe(1759);
    expect(json.epa).toEqual({ e90: 3 });
    expect(json.agreement).toEqual({ matched: 3, onlyOurs: 0, onlyEpa: 0, pctMismatches: 0 });
    expect(json.exceedances[1]).toEqual({
      dmrValueId: '3743599194',
      permit: 'TX0062677',
      feature: '001',
      parameterCode: '61211',
      monitoringLocation: '1',
      periodEnd: '2021-06-30',
      statisticalBaseCode: 'DD',
      valueTypeCode: 'C3',
      value: 152,
      limit: 89,
      exceedancePct: 71,
    });
  });

  it('prints a readable table and summary without --json', async () => {
    const run = await outfall('echo', 'reconcile', REFERENCE);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^3738923720 +TX0062677 +001 +61211 Enterococci +1 +2021-04-30 +DD +C3 +2420 +<= 89 .* 2619$/m,
    );
    expect(run.stdout).toContain('Agreement: matched 3, only ours 0, only EPA 0, percent mismatches 0');
  });

  it('exits 2 with the row and column on stderr for a malformed file', async () => {
    const lines = readFileSync(REFERENCE, 'utf8').split('\n').slice(0, 20);
    // Row 17 reports 92 deg F: dmr_value_standard_units is the number just before dmr_value_qualifier_code.
    lines[16] = (lines[16] ?? '').replace(/,92,"=",/, ',abc,"=",');
    const file = join(dir, 'malformed.csv');
    writeFileSync(file, lines.join('\n'));
    const run = await outfall('echo', 'reconcile', file, '--json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("row 17, column dmr_value_standard_units: 'abc' is not a number");
  });

  it('exits 2 for a missing file, a missing argument and an unknown command', async () => {
    expect((await outfall('echo', 'reconcile', join(dir, 'absent.csv'))).code).toBe(2);
    expect((await outfall('echo', 'reconcile')).code).toBe(2);
    const unknown = await outfall('echo', 'bogus');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command: echo bogus');
  });

  it('lists the commands with --help', async () => {
    const run = await outfall('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('echo reconcile FILE [--json]');
  });
});
