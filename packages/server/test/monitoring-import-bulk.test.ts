import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { previewLabCsv } from '@outfall/domain/lab/index';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { results } from '../src/db/schema';
import { actorFor } from '../src/factories';
import { evaluateTouched, touchedSeries } from '../src/monitoring/evaluate-results';
import { loadFacilityLimits } from '../src/monitoring/limits.queries';
import { pointResolver } from '../src/monitoring/prepare-lab-file';
import { resultRow } from '../src/monitoring/store-results';
import { uploadLabFile } from '../src/monitoring/upload-lab-file';
import { monitoringWorld } from './monitoring-helpers';

// The bulk path of a lab import (COPY on PostgreSQL, column arrays on PGlite) and its evaluation
// from memory must store and decide exactly what row-by-row inserts and a read-back would.

const CSV = readFileSync(resolve(__dirname, '../src/demo/edd-long-acme-plating-2026-06.csv'), 'utf8');
const [HEADER, ...LINES] = CSV.trim().split(/\r?\n/);

let t: Awaited<ReturnType<typeof monitoringWorld>>;
let plating: string;

beforeAll(async () => {
  t = await monitoringWorld();
  plating = t.world.orgs.plating.id;
});

const upload = async (fileName: string, content: string) =>
  uploadLabFile({
    db: t.db,
    actor: await actorFor(t.db, t.world.users.platingManager.id, plating),
    input: { facilityId: plating, fileName, content },
  });

/** Cells that COPY's text format and array literals must escape: tab, line breaks, backslash, quotes. */
function awkwardFile(): string {
  const cells = (line: string) => line.split(',');
  const header = cells(HEADER!);
  const at = (name: string) => header.indexOf(name);
  const rows = LINES.slice(0, 3).map((line, i) => {
    const c = cells(line);
    c[at('sys_sample_code')] = `AWK-${i}`;
    c[at('sample_date')] = '2026-06-20';
    c[at('analysis_date')] = '2026-06-21';
    c[at('analyst')] = ['K\\L\tM', 'line one\nline two', 'say "hi", \\N é'][i]!;
    c[at('lab_qualifiers')] = ['J,B', '', 'B'][i]!;
    c[at('dilution_factor')] = ['1', '', '10'][i]!;
    return c.map((v) => (/[",\n\t\\]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',');
  });
  return [HEADER, ...rows].join('\r\n');
}

describe('bulk lab import', () => {
  it('stores every field as the file has it, whatever characters it holds', async () => {
    const content = awkwardFile();
    const imported = await upload('awkward.csv', content);
    expect(imported.added).toBe(3);
    const expected = previewLabCsv(content).candidates;
    const stored = await t.db.select().from(results).where(eq(results.facilityId, plating));
    expect(stored).toHaveLength(3);
    const limits = await loadFacilityLimits(t.db, plating);
    const store = {
      facilityId: plating,
      limits,
      candidates: [],
      pointOf: pointResolver(limits),
      sampledBy: 'permittee',
      source: 'import',
      importBatchId: null,
      userId: null,
    } as const;
    for (const c of expected) {
      const row = stored.find((r) => r.fingerprint === c.fingerprint)!;
      expect(row).toMatchObject({
        analyst: c.analyst,
        labQualifiers: c.labQualifiers,
        dilutionFactor: c.dilutionFactor,
        valueText: c.value.text,
        valueNumber: c.value.number,
        mdl: c.value.detectionLimit,
        rl: c.value.reportingLimit,
        parameterText: c.parameterText,
        unitText: c.unitText,
        resultKey: c.resultKey,
        sampleDate: '2026-06-20',
      });
      // the report one result on its own gets (no shared checks, no stored results to repeat)
      expect(row.quality).toEqual(resultRow(store, c, row.sampleId, []).quality);
    }
  });

  it('evaluates its own results from memory as a read-back would', async () => {
    const imported = await upload('june.csv', CSV);
    expect(imported.added).toBe(LINES.length);
    expect(imported.evaluation.violationsOpened.length).toBeGreaterThan(0);
    const stored = await t.db.select().from(results).where(eq(results.facilityId, plating));
    const june = stored.filter((r) => !r.resultKey.includes('|AWK-'));
    expect(june).toHaveLength(LINES.length);
    const limits = await loadFacilityLimits(t.db, plating);
    // Re-evaluated from the database: nothing more to open, nothing to close, the same warnings.
    const again = await t.db.transaction((tx) =>
      evaluateTouched(
        tx,
        {
          facilityId: plating,
          facilityName: t.world.orgs.plating.name,
          limits,
          newResultIds: new Set(june.map((r) => r.id)),
          awareOn: '2026-06-30',
          closeReason: 'test',
        },
        touchedSeries(june),
      ),
    );
    expect(again.opened).toEqual([]);
    expect(again.closed).toEqual([]);
    expect(again.warnings).toEqual(imported.evaluation.warnings);
    expect(again.notEvaluable).toEqual(imported.evaluation.notEvaluable);
  });
});
