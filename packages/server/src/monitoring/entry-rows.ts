import type { LabColumnMappingInput, LabField, LabRowProblem } from '@outfall/domain/contracts/monitoring';
import type { SampleEntryInput } from '@outfall/domain/contracts/monitoring-api';
import type { FieldError } from '../errors';

/** The grid's columns, in the order they are written to the rows read by the lab-file reader. */
const FIELDS = [
  'location',
  'collectionStart',
  'collectionEnd',
  'sampleType',
  'sampleMethod',
  'sampler',
  'sampleId',
  'labSampleId',
  'labName',
  'labCertId',
  'parameterCode',
  'value',
  'unit',
  'mdl',
  'rl',
  'method',
  'analysisDate',
  'analyst',
  'labQualifiers',
  'fraction',
] as const satisfies readonly LabField[];

/** The mapping of the grid's rows: each field in its own column, dates already ISO. */
export const ENTRY_MAPPING: LabColumnMappingInput = {
  layout: 'long',
  columns: Object.fromEntries(FIELDS.map((f) => [f, f])),
  dateOrder: 'MDY',
};

const text = (v: string | null | undefined) => v ?? '';

/**
 * A fast-entry sampling event as rows of the lab-file reader, so typed results are validated and
 * fingerprinted exactly like imported ones (header = row 1, result i = row i + 2).
 */
export function entryRows(input: SampleEntryInput): string[][] {
  const sample = [
    input.monitoringPoint,
    input.collectedStart,
    text(input.collectedEnd),
    text(input.sampleType),
    text(input.collectionMethod),
    text(input.collector),
    text(input.clientSampleId),
    text(input.labSampleId),
    text(input.labName),
    text(input.labCertId),
  ];
  const rows = input.results.map((r) => [
    ...sample,
    r.parameterCode,
    r.value,
    r.unit,
    text(r.mdl),
    text(r.rl),
    text(r.method),
    text(r.analyzedAt),
    text(r.analyst),
    r.labQualifiers.join(' '),
    r.fraction === 'total' ? 'T' : r.fraction === 'dissolved' ? 'D' : '',
  ]);
  return [[...FIELDS], ...rows];
}

const PATHS: Partial<Record<string, string>> = {
  parameterCode: 'parameterCode',
  value: 'value',
  unit: 'unit',
  mdl: 'mdl',
  rl: 'rl',
  analysisDate: 'analyzedAt',
  collectionStart: 'collectedStart',
  collectionEnd: 'collectedEnd',
};

/** Problems of the grid's rows as field errors ('results.2.value'). */
export function entryFieldErrors(problems: readonly LabRowProblem[]): FieldError[] {
  return problems.map((p) => {
    const field = PATHS[p.column ?? ''] ?? p.column ?? 'row';
    const isSampleField = field === 'collectedStart' || field === 'collectedEnd';
    return { path: isSampleField ? field : `results.${p.row - 2}.${field}`, message: p.message };
  });
}
