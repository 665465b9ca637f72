import { normaliseCas } from './cas';
import { PARAMETER_SYNONYMS, type ParameterSynonymRow } from './data/parameter-synonyms';
import { listParameters } from './parameters';

/**
 * A parameter name reduced for matching: lower case, accents dropped, '&' → 'and', punctuation to
 * spaces ('Oil & Grease (HEM)' → 'oil and grease hem', 'CN-T' → 'cn t').
 */
export function normaliseParameterName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

interface SynonymIndex {
  byName: Map<string, ParameterSynonymRow>;
  byCas: Map<string, ParameterSynonymRow>;
  byCode: Map<string, ParameterSynonymRow>;
  /** EPA descriptions that occur once in the list, normalised. */
  byDescription: Map<string, string>;
}

let index: SynonymIndex | undefined;

function build(): SynonymIndex {
  const byName = new Map<string, ParameterSynonymRow>();
  const byCas = new Map<string, ParameterSynonymRow>();
  const byCode = new Map<string, ParameterSynonymRow>();
  for (const row of PARAMETER_SYNONYMS) {
    byCode.set(row.code, row);
    for (const name of row.names) byName.set(normaliseParameterName(name), row);
    const cas = row.cas ? normaliseCas(row.cas) : null;
    if (cas) byCas.set(cas, row);
  }
  const counts = new Map<string, string[]>();
  for (const p of listParameters()) {
    const key = normaliseParameterName(p.description);
    counts.set(key, [...(counts.get(key) ?? []), p.code]);
  }
  const byDescription = new Map<string, string>();
  for (const [key, codes] of counts) if (codes.length === 1) byDescription.set(key, codes[0]!);
  return { byName, byCas, byCode, byDescription };
}

function synonymIndex(): SynonymIndex {
  index ??= build();
  return index;
}

/** The curated analyte a lab name or symbol stands for ('Copper, total', 'Cu'); null when unlisted. */
export function findSynonym(name: string): ParameterSynonymRow | null {
  return synonymIndex().byName.get(normaliseParameterName(name)) ?? null;
}

/** The curated analyte for a CAS number; null when the curated list does not have it. */
export function findSynonymByCas(cas: string): ParameterSynonymRow | null {
  const digits = normaliseCas(cas);
  return digits ? (synonymIndex().byCas.get(digits) ?? null) : null;
}

/** The curated analyte whose preferred code is `code`, or that lists it as an equivalent. */
export function findSynonymByCode(code: string): ParameterSynonymRow | null {
  const idx = synonymIndex();
  const direct = idx.byCode.get(code);
  if (direct) return direct;
  return PARAMETER_SYNONYMS.find((r) => r.equivalents?.includes(code) || r.dissolved === code) ?? null;
}

/** The EPA code whose description is exactly this name (after normalisation) and unique; else null. */
export function findCodeByDescription(name: string): string | null {
  return synonymIndex().byDescription.get(normaliseParameterName(name)) ?? null;
}
