import { canonicalJson } from '../audit/canonical-json';
import type { PermitDiffEntry, PermitDiffSection } from '../contracts/permits';

type Json = PermitDiffEntry['fields'][number]['before'];

export interface DiffItem {
  id: string;
  outfallCode: string | null;
  label: string;
  /** Compared fields (nested collections diffed separately are left out). */
  fields: Record<string, unknown>;
}

function toJson(value: unknown): Json {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json);
}

/** Fields whose canonical JSON differs, with before/after values. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): PermitDiffEntry['fields'] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((k) => canonicalJson(before[k] ?? null) !== canonicalJson(after[k] ?? null))
    .map((k) => ({ field: k, before: toJson(before[k]), after: toJson(after[k]) }));
}

function whole(item: DiffItem, side: 'before' | 'after'): PermitDiffEntry['fields'] {
  return Object.entries(item.fields).map(([field, value]) => ({
    field,
    before: side === 'before' ? toJson(value) : null,
    after: side === 'after' ? toJson(value) : null,
  }));
}

/** Added / removed / changed entries between two lists matched by id (after's order, then removals). */
export function diffItems(
  section: PermitDiffSection,
  before: DiffItem[],
  after: DiffItem[],
): PermitDiffEntry[] {
  const old = new Map(before.map((item) => [item.id, item]));
  const current = new Set(after.map((item) => item.id));
  const entries: PermitDiffEntry[] = [];
  for (const item of after) {
    const prior = old.get(item.id);
    const base = { section, itemId: item.id, outfallCode: item.outfallCode, label: item.label };
    if (!prior) entries.push({ ...base, change: 'added', fields: whole(item, 'after') });
    else {
      const fields = changedFields(prior.fields, item.fields);
      if (fields.length > 0) entries.push({ ...base, change: 'changed', fields });
    }
  }
  for (const item of before) {
    if (current.has(item.id)) continue;
    const base = { section, itemId: item.id, outfallCode: item.outfallCode, label: item.label };
    entries.push({ ...base, change: 'removed', fields: whole(item, 'before') });
  }
  return entries;
}
