/// <reference types="node" />
// `npm run bench` (second part): a 100,000-row lab CSV imported end to end — parse, validate,
// insert, evaluate — through the same use case as POST /api/v1/monitoring/imports, on PGlite and,
// when TEST_DATABASE_URL is set, on PostgreSQL; each against COPY of the same rows into a bare
// table on the same database, with the time of each stage of the import and the server-side floor
// of the results table. Figures only, no assertions.
import { randomBytes } from 'node:crypto';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, openEmbedded, openPostgres } from '../src/db/connect';
import { actorFor, makeAuthority, makeFacility, makePermit, makeUser } from '../src/factories';
import { type ImportStage, importStages } from '../src/monitoring/import-stages';
import { uploadLabFile } from '../src/monitoring/upload-lab-file';
import { generateLabCsv } from './lab-csv';

const ROWS = Number(process.env.BENCH_LAB_ROWS ?? 100_000);

interface Figures {
  engine: string;
  importMs: number;
  added: number;
  violations: number;
  copyMs: number;
  baseline: string;
  stages: Map<string, number>;
  /** The stored results inserted again, server-side only, into a copy of `results` (indexes, foreign keys). */
  floorMs: number;
}

async function world(db: Database['db']) {
  const authority = await makeAuthority(db, { name: 'Bench POTW' });
  const facility = await makeFacility(db, { name: 'Bench Plating', regulatedById: authority.id });
  const coordinator = await makeUser(db, authority.id, { role: 'coordinator' });
  const manager = await makeUser(db, facility.id, { role: 'manager' });
  const issuer = await actorFor(db, coordinator.id, authority.id);
  const issue = { issuedDate: '2024-12-01', effectiveDate: '2025-01-01', expirationDate: '2029-12-31' };
  await makePermit(db, issuer, { facilityId: facility.id, kind: 'pretreatment_iu', issue });
  return { facilityId: facility.id, actor: await actorFor(db, manager.id, facility.id) };
}

const BARE = (header: string) =>
  `create table bench_bare (${header
    .split(',')
    .map((c) => `"${c}" text`)
    .join(', ')})`;

/** COPY into a bare table: PGlite reads a Blob as /dev/blob; PostgreSQL reads a server-side file. */
async function copyBaseline(
  database: Database,
  csv: string,
  header: string,
): Promise<{ ms: number; how: string }> {
  if (database.pglite) {
    await database.pglite.exec(BARE(header));
    const t0 = performance.now();
    await database.pglite.query(`copy bench_bare from '/dev/blob' with (format csv, header true)`, [], {
      blob: new Blob([csv]),
    });
    return { ms: performance.now() - t0, how: "COPY FROM '/dev/blob'" };
  }
  const path = join(tmpdir(), `outfall-bench-${randomBytes(4).toString('hex')}.csv`);
  writeFileSync(path, csv);
  chmodSync(path, 0o644);
  await database.db.execute(sql.raw(BARE(header)));
  try {
    const t0 = performance.now();
    await database.db.execute(sql.raw(`copy bench_bare from '${path}' with (format csv, header true)`));
    return { ms: performance.now() - t0, how: 'COPY FROM file (server)' };
  } catch {
    // A server on another host cannot read our file: multi-row INSERT instead, and say so.
    return { ms: await insertBaseline(database, csv), how: 'multi-row INSERT (no COPY)' };
  } finally {
    rmSync(path, { force: true });
  }
}

async function insertBaseline(database: Database, csv: string): Promise<number> {
  const rows = csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i += 1000) {
    const values = rows.slice(i, i + 1000).map(
      (r) =>
        sql`(${sql.join(
          r.map((v) => sql`${v}`),
          sql`, `,
        )})`,
    );
    await database.db.execute(sql`insert into bench_bare values ${sql.join(values, sql`, `)}`);
  }
  return performance.now() - t0;
}

/**
 * The database's own share: the imported results inserted again by the server alone (INSERT …
 * SELECT, nothing to parse, no client) into a copy of `results` with its indexes and foreign keys.
 * An import of these rows into this schema cannot take less than this.
 */
async function resultsFloor(database: Database): Promise<number> {
  const exec = (text: string) => database.db.execute(sql.raw(text));
  await exec('create table bench_floor (like results including all)');
  const fks = (await exec(
    `select pg_get_constraintdef(oid) as def from pg_constraint where conrelid = 'results'::regclass and contype = 'f'`,
  )) as unknown as { rows: { def: string }[] };
  for (const { def } of fks.rows) await exec(`alter table bench_floor add ${def}`);
  const t0 = performance.now();
  await exec('insert into bench_floor select * from results');
  const ms = performance.now() - t0;
  await exec('drop table bench_floor');
  return ms;
}

async function run(engine: string, database: Database, csv: string, header: string): Promise<Figures> {
  const { facilityId, actor } = await world(database.db);
  const stages = new Map<string, number>();
  const onStage = (message: unknown) => {
    const { stage, ms } = message as ImportStage;
    stages.set(stage, (stages.get(stage) ?? 0) + ms);
  };
  importStages.subscribe(onStage);
  const t0 = performance.now();
  const result = await uploadLabFile({
    db: database.db,
    actor,
    input: { facilityId, fileName: 'bench.csv', content: csv, labName: 'Bench Lab' },
  }).finally(() => importStages.unsubscribe(onStage));
  const importMs = performance.now() - t0;
  const copy = await copyBaseline(database, csv, header);
  const floorMs = await resultsFloor(database);
  return {
    engine,
    importMs,
    added: result.added,
    violations: result.evaluation.violationsOpened.length,
    copyMs: copy.ms,
    baseline: copy.how,
    stages,
    floorMs,
  };
}

async function freshPostgres(adminUrl: string) {
  const name = `outfall_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  const drop = async () => {
    await database.close();
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`drop database if exists ${name}`);
    await c.end();
  };
  return { database, drop };
}

function print(f: Figures) {
  const rate = (ms: number) => Math.round(ROWS / (ms / 1000)).toLocaleString('en-US');
  console.log(`\n${f.engine}`);
  console.log(
    `  import end to end   ${(f.importMs / 1000).toFixed(2)} s  ${rate(f.importMs)} rows/s  (${f.added} results added, ${f.violations} violations)`,
  );
  for (const [stage, ms] of f.stages) {
    const share = `${Math.round((100 * ms) / f.importMs)} %`.padStart(5);
    console.log(`    ${stage.padEnd(34)} ${(ms / 1000).toFixed(3)} s ${share}`);
  }
  console.log(`  ${f.baseline.padEnd(19)} ${(f.copyMs / 1000).toFixed(2)} s  ${rate(f.copyMs)} rows/s`);
  console.log(`  ratio import / COPY ${(f.importMs / f.copyMs).toFixed(1)}`);
  console.log(
    `  floor: the same results re-inserted server-side (indexes, foreign keys) ${(f.floorMs / 1000).toFixed(2)} s (ratio ${(f.floorMs / f.copyMs).toFixed(1)})`,
  );
}

async function main() {
  const { csv, header } = generateLabCsv(ROWS);
  console.log(
    `Lab import: ${ROWS.toLocaleString('en-US')}-row long EDD (${(csv.length / 1e6).toFixed(1)} MB): parse, validate, insert, evaluate`,
  );
  const embedded = await openEmbedded(null);
  try {
    print(await run('PGlite (embedded)', embedded, csv, header));
  } finally {
    await embedded.close();
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    console.log(
      '\nPostgreSQL: skipped (set TEST_DATABASE_URL, e.g. scripts/throwaway-postgres.sh npm run bench)',
    );
    return;
  }
  const { database, drop } = await freshPostgres(adminUrl);
  try {
    print(await run('PostgreSQL', database, csv, header));
  } finally {
    await drop();
  }
}

await main();
