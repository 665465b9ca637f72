import type { QcKind } from '../contracts/monitoring';

const QC_BY_CODE: Readonly<Record<string, QcKind>> = {
  FD: 'field_duplicate',
  DUP: 'field_duplicate',
  BD: 'field_duplicate',
  FB: 'field_blank',
  TB: 'trip_blank',
  EB: 'equipment_blank',
  RB: 'equipment_blank',
};

const QC_BY_TEXT: readonly [RegExp, QcKind][] = [
  [/duplicate/i, 'field_duplicate'],
  [/trip\s*blank/i, 'trip_blank'],
  [/field\s*blank/i, 'field_blank'],
  [/(equipment|rinsate)\s*blank/i, 'equipment_blank'],
  [/blank|spike|\blcs\b|\bqc\b/i, 'lab_qc'],
];

/**
 * Field and lab QC samples (EQuIS sample_type_code FD duplicate, FB/TB blanks …, §11.5) are kept
 * but are not compliance results; everything else ('N', 'Normal', '24-hr composite') is.
 */
export function qcKindOf(sampleType: string, qcTypes: readonly string[]): QcKind | null {
  const code = sampleType.trim().toUpperCase();
  if (code === '') return null;
  if (qcTypes.some((t) => t.toUpperCase() === code)) return QC_BY_CODE[code] ?? 'lab_qc';
  return QC_BY_TEXT.find(([re]) => re.test(sampleType))?.[1] ?? null;
}

/** Grab or composite from the sampling method or sample type text (403.12(g)(3)). */
export function collectionMethodOf(...texts: string[]): 'grab' | 'composite' | null {
  for (const text of texts) {
    if (/comp/i.test(text)) return 'composite';
    if (/grab|^gr?$/i.test(text.trim())) return 'grab';
  }
  return null;
}
