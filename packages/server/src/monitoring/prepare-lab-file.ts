import { createHash } from 'node:crypto';
import {
  type LabColumnMappingInput,
  LabColumnMapping as LabColumnMappingSchema,
  type LabPreview,
  type LabResultCandidate,
  type LabRowProblem,
} from '@outfall/domain/contracts/monitoring';
import type { LabFileInput } from '@outfall/domain/contracts/monitoring-api';
import { LabFileError, previewLabRows } from '@outfall/domain/lab/index';
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { importBatches, labMappings } from '../db/schema';
import { AppError } from '../errors';
import { timedStage } from './import-stages';
import { readLabFile } from './lab-file-rows';
import type { FacilityLimits } from './limits.queries';
import { storedFingerprints } from './results.queries';
import { anyStoredResult } from './store-results';

export interface PreparedLabFile {
  preview: LabPreview;
  sha256: string;
  mappingSource: 'given' | 'saved' | 'suggested';
  alreadyImportedBatch: { id: string; createdAt: Date } | null;
  /** Candidates whose fingerprint is already stored. */
  repeated: number;
}

async function savedMapping(db: Queryable, facilityId: string, labName: string | null | undefined) {
  if (!labName) return null;
  const [row] = await db
    .select({ mapping: labMappings.mapping })
    .from(labMappings)
    .where(and(eq(labMappings.facilityId, facilityId), eq(labMappings.labName, labName)));
  return row ? LabColumnMappingSchema.parse(row.mapping) : null;
}

/** Node's SHA-256: the same digest as the domain's pure one, much faster for a file's fingerprints. */
const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Monitoring point of a candidate: its location, or the permits' only outfall when the file has none. */
export function pointResolver(limits: FacilityLimits) {
  const outfalls = new Set(limits.permits.flatMap((p) => p.content.outfalls.map((o) => o.code)));
  const only = outfalls.size === 1 ? [...outfalls][0]! : '';
  return (c: LabResultCandidate) => c.location || only;
}

/** The candidate's location as a monitoring point: as written, or the permit's only outfall when blank. */
function resolvePoints(preview: LabPreview, limits: FacilityLimits): LabRowProblem[] {
  const outfalls = new Set(limits.permits.flatMap((p) => p.content.outfalls.map((o) => o.code)));
  const only = outfalls.size === 1 ? [...outfalls][0]! : null;
  const problems: LabRowProblem[] = [];
  for (const c of preview.candidates) {
    if (c.location === '' && only === null) {
      const message = `the sampling location is blank and the permits name ${outfalls.size || 'no'} outfalls: give the outfall`;
      problems.push({
        row: c.row,
        column: preview.mapping.columns.location ?? null,
        code: 'missing_value',
        message,
      });
    }
  }
  return problems;
}

/**
 * Reads a lab file and previews it with the mapping given, the lab's saved one, or a suggested
 * one; flags what is already stored. Saves nothing.
 */
export async function prepareLabFile(
  db: Queryable,
  facilityId: string,
  limits: FacilityLimits,
  input: LabFileInput,
): Promise<PreparedLabFile> {
  const file = await timedStage('read file (CSV parse, SHA-256)', () => readLabFile(input));
  const saved = input.mapping ? null : await savedMapping(db, facilityId, input.labName);
  const mapping: LabColumnMappingInput | undefined = input.mapping ?? saved ?? undefined;
  const preferCodes = [...new Set(limits.limits.map((l) => l.parameterCode))];
  let preview: LabPreview;
  try {
    preview = await timedStage('validate rows (domain preview)', () =>
      previewLabRows(file.rows, mapping, { preferCodes, hash: sha256Hex }),
    );
  } catch (error) {
    if (error instanceof LabFileError) throw new AppError('validation_failed', error.message);
    throw error;
  }
  const pointProblems = resolvePoints(preview, limits);
  if (pointProblems.length > 0) {
    preview = {
      ...preview,
      problems: [...preview.problems, ...pointProblems].sort((a, b) => a.row - b.row),
      accepted: false,
    };
  }
  const [batch] = await db
    .select({ id: importBatches.id, createdAt: importBatches.createdAt })
    .from(importBatches)
    .where(and(eq(importBatches.facilityId, facilityId), eq(importBatches.fileSha256, file.sha256)));
  const candidates = preview.candidates;
  const stored = await timedStage('look up stored fingerprints', async () =>
    (await anyStoredResult(db, facilityId))
      ? storedFingerprints(
          db,
          facilityId,
          candidates.map((c) => c.fingerprint),
        )
      : new Map<string, string>(),
  );
  const repeated = preview.candidates.filter((c) => stored.has(c.fingerprint)).length;
  return {
    preview,
    sha256: file.sha256,
    mappingSource: input.mapping ? 'given' : saved ? 'saved' : 'suggested',
    alreadyImportedBatch: batch ?? null,
    repeated,
  };
}

/** Every remaining problem, one line per bad row, for the refusal message. */
export function problemSummary(problems: readonly LabRowProblem[]): string {
  const lines = problems
    .slice(0, 50)
    .map((p) => `row ${p.row}${p.column ? ` (${p.column})` : ''}: ${p.message}`);
  const more = problems.length > 50 ? `\n… and ${problems.length - 50} more` : '';
  return `The file was not imported; fix these rows and import it again:\n${lines.join('\n')}${more}`;
}
