import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbedded } from '../src/db/connect';
import { makeAuthority, makeFacility } from '../src/factories';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'outfall-cli-audit-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function outfall(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'packages/server/src/cli/main.ts', ...args],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run outfall -- audit verify', () => {
  it('exits 0 on an intact chain and non-zero naming the first tampered event', async () => {
    const database = await openEmbedded(dataDir);
    const authority = await makeAuthority(database.db, { name: 'Verify POTW' });
    for (let i = 0; i < 4; i++)
      await makeFacility(database.db, { name: `IU ${i}`, regulatedById: authority.id });
    await database.close();

    const intact = await outfall('audit', 'verify');
    expect(intact.stderr).toBe('');
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/^Audit trail intact: 5 events, last hash [0-9a-f]{64}/);

    const tamper = await openEmbedded(dataDir);
    await tamper.db.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
    await tamper.db.execute(
      sql`update audit_events set after = jsonb_set(after, '{name}', '"IU X"') where seq = 3`,
    );
    await tamper.close();

    const broken = await outfall('audit', 'verify');
    expect(broken.code).toBe(3);
    expect(broken.stderr).toContain(
      'Audit trail BROKEN at event seq 3: hash does not match the event content',
    );
    const json = await outfall('audit', 'verify', '--json');
    expect(JSON.parse(json.stdout)).toEqual({
      ok: false,
      events: 3,
      firstBadSeq: 3,
      reason: 'hash does not match the event content',
    });
  }, 240_000); // four PGlite start-ups in child processes
});
