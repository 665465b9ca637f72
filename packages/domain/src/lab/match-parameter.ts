import { normaliseCas, parameterCodesForCas } from '../reference/cas';
import type { ParameterSynonymRow } from '../reference/data/parameter-synonyms';
import { findParameter } from '../reference/parameters';
import {
  findCodeByDescription,
  findSynonym,
  findSynonymByCas,
  findSynonymByCode,
  normaliseParameterName,
} from '../reference/synonyms';

/** What a lab row says about its analyte. */
export interface ParameterLookup {
  readonly name?: string | null;
  readonly code?: string | null;
  readonly cas?: string | null;
  readonly fraction?: 'total' | 'dissolved' | null;
}

export interface MatchOptions {
  /** Saved answers: normalised lab name → EPA code. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Codes the permit uses at this location: an equivalent code is replaced by the permit's. */
  readonly preferCodes?: readonly string[];
}

export type MatchedBy = 'code' | 'cas' | 'name' | 'description' | 'alias';

export type ParameterMatch =
  | { kind: 'matched'; code: string; description: string; matchedBy: MatchedBy }
  | {
      kind: 'ask';
      reason: 'unknown' | 'ambiguous' | 'conflict';
      message: string;
      candidates: { code: string; description: string }[];
    };

type Found = { code: string; row: ParameterSynonymRow | null; by: MatchedBy } | null;

const describe = (code: string) => ({ code, description: findParameter(code)?.description ?? code });

function ask(reason: 'unknown' | 'ambiguous' | 'conflict', message: string, codes: readonly string[] = []) {
  return { kind: 'ask' as const, reason, message, candidates: codes.slice(0, 12).map(describe) };
}

function byCas(cas: string): Found | ParameterMatch {
  const digits = normaliseCas(cas);
  if (digits === null) return ask('unknown', `CAS number '${cas}' is not valid (check digit or format)`);
  const row = findSynonymByCas(cas);
  if (row) return { code: row.code, row, by: 'cas' };
  const codes = parameterCodesForCas(digits);
  if (codes.length === 1) return { code: codes[0]!, row: findSynonymByCode(codes[0]!), by: 'cas' };
  if (codes.length > 1)
    return ask('ambiguous', `CAS number '${cas}' matches ${codes.length} EPA parameter codes`, codes);
  return null;
}

function byName(name: string): Found {
  const row = findSynonym(name);
  if (row) return { code: row.code, row, by: 'name' };
  const code = findCodeByDescription(name);
  return code ? { code, row: findSynonymByCode(code), by: 'description' } : null;
}

function familyOf(found: NonNullable<Found>): string[] {
  const r = found.row;
  return r ? [r.code, ...(r.equivalents ?? []), ...(r.dissolved ? [r.dissolved] : [])] : [found.code];
}

/** Total/dissolved fraction and the permit's own code for the same measurement. */
function finish(found: NonNullable<Found>, lookup: ParameterLookup, options: MatchOptions): ParameterMatch {
  let code = found.code;
  const row = found.row;
  if (lookup.fraction === 'dissolved' && row && code === row.code) {
    if (!row.dissolved)
      return ask(
        'unknown',
        `no EPA code for the dissolved fraction of ${describe(code).description} is listed`,
        [code],
      );
    code = row.dissolved;
  } else if (row && code === row.code) {
    const preferred = options.preferCodes?.find((c) => c === row.code || row.equivalents?.includes(c));
    if (preferred) code = preferred;
  }
  return { kind: 'matched', code, description: describe(code).description, matchedBy: found.by };
}

/**
 * Matches a lab analyte to an EPA parameter code: a saved answer, then the EPA code, then the CAS
 * number and the name/synonym ('Copper', 'Copper, total', 'Cu'), which must agree. Anything not
 * matched exactly is returned as a question for the user, never guessed (issue 5).
 */
export function matchParameter(lookup: ParameterLookup, options: MatchOptions = {}): ParameterMatch {
  const name = lookup.name?.trim() ?? '';
  const alias = name ? options.aliases?.[normaliseParameterName(name)] : undefined;
  if (alias && findParameter(alias)) return { kind: 'matched', ...describe(alias), matchedBy: 'alias' };
  const code = lookup.code?.trim();
  if (code) {
    if (!findParameter(code))
      return ask('unknown', `EPA parameter code '${code}' is not in the parameter list`);
    return finish({ code, row: findSynonymByCode(code), by: 'code' }, lookup, options);
  }
  const cas = lookup.cas?.trim() ? byCas(lookup.cas.trim()) : null;
  if (cas && 'kind' in cas) return cas;
  const named = name ? byName(name) : null;
  if (cas && named && !familyOf(cas).includes(named.code) && !familyOf(named).includes(cas.code)) {
    return ask('conflict', `name '${name}' (${named.code}) and CAS ${lookup.cas} (${cas.code}) disagree`, [
      named.code,
      cas.code,
    ]);
  }
  const found = cas ?? named;
  if (found) return finish(found, lookup, options);
  return ask('unknown', `unknown parameter '${name || lookup.cas || ''}': choose the EPA parameter it means`);
}
