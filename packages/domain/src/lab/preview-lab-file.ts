import {
  type LabColumnMapping,
  type LabColumnMappingInput,
  LabColumnMapping as LabColumnMappingSchema,
  type LabPreview,
  type LabResultCandidate,
  type LabRowProblem,
} from '../contracts/monitoring';
import { buildCandidate, CandidateMemo } from './build-candidate';
import { findDuplicateRows } from './find-duplicates';
import { type LabTable, toLabTable } from './lab-table';
import { ParameterQuestions } from './parameter-questions';
import { rawResultsOf } from './raw-results';
import { readLabCsv } from './read-lab-csv';
import { suggestLabMapping } from './suggest-mapping';

export interface PreviewOptions {
  /** Parameter codes the permit uses at the location, preferred over equivalent codes. */
  readonly preferCodes?: readonly string[];
  /** SHA-256 (hex) for the fingerprints, where a faster one than the pure default is at hand. */
  readonly hash?: (text: string) => string;
}

function mappingFor(table: LabTable, input: LabColumnMappingInput | undefined) {
  const parsed = LabColumnMappingSchema.safeParse(input ?? suggestLabMapping(table.header).mapping);
  if (parsed.success) return { mapping: parsed.data, problems: [] as LabRowProblem[] };
  const problems = parsed.error.issues.map(
    (issue): LabRowProblem => ({
      row: table.headerRow,
      column: null,
      code: 'missing_column',
      message: `column mapping: ${issue.path.join('.')} ${issue.message} (no column for it was found)`,
    }),
  );
  return { mapping: null, problems };
}

function emptyPreview(table: LabTable, mapping: LabColumnMapping, problems: LabRowProblem[]): LabPreview {
  return {
    layout: mapping.layout,
    mapping,
    candidates: [],
    problems,
    questions: [],
    skippedRows: [...table.skippedRows],
    accepted: false,
  };
}

/**
 * Reads rows (CSV records or an XLSX sheet as strings) with a lab's saved mapping, or a suggested
 * one, into result candidates and per-row problems. Nothing is stored here: the import is
 * all-or-nothing and may proceed only when `accepted` (no problems, no open questions).
 */
export function previewLabRows(
  rows: readonly (readonly string[])[],
  mappingInput?: LabColumnMappingInput,
  options: PreviewOptions = {},
): LabPreview {
  const table = toLabTable(rows);
  const { mapping, problems } = mappingFor(table, mappingInput);
  if (mapping === null) return emptyPreview(table, suggestLabMapping(table.header).mapping, problems);
  const { raws, problems: columnProblems } = rawResultsOf(table, mapping);
  problems.push(...columnProblems);
  const matchOptions = {
    aliases: mapping.parameterAliases,
    ...(options.preferCodes ? { preferCodes: options.preferCodes } : {}),
  };
  const questions = new ParameterQuestions();
  const candidates: LabResultCandidate[] = [];
  const memo = new CandidateMemo();
  for (const raw of raws) {
    const outcome = buildCandidate(raw, mapping, matchOptions, memo, options.hash);
    if (outcome.ok) candidates.push(outcome.candidate);
    else {
      problems.push(...outcome.problems);
      if (outcome.unmatched) questions.add(raw, outcome.unmatched);
    }
  }
  problems.push(...findDuplicateRows(candidates));
  if (raws.length === 0) {
    problems.push({
      row: table.headerRow,
      column: null,
      code: 'missing_value',
      message: 'the file has no results under its header',
    });
  }
  problems.sort((a, b) => a.row - b.row);
  const accepted = problems.length === 0;
  return {
    layout: mapping.layout,
    mapping,
    candidates,
    problems,
    questions: questions.list(),
    skippedRows: [...table.skippedRows],
    accepted,
  };
}

/** previewLabRows for CSV text (BOM, blank rows and note lines handled). */
export function previewLabCsv(
  text: string,
  mappingInput?: LabColumnMappingInput,
  options: PreviewOptions = {},
): LabPreview {
  return previewLabRows(readLabCsv(text), mappingInput, options);
}
