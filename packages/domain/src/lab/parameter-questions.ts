import type { ParameterQuestion } from '../contracts/monitoring';
import { normaliseParameterName } from '../reference/synonyms';
import type { ParameterMatch } from './match-parameter';
import type { RawResult } from './raw-result';

type Ask = Extract<ParameterMatch, { kind: 'ask' }>;

/** Collects unmatched analytes into one question per name (and CAS, and wide column). */
export class ParameterQuestions {
  private readonly byKey = new Map<string, ParameterQuestion>();

  add(raw: RawResult, ask: Ask): void {
    const text = raw.cell('parameter') || raw.cell('parameterCode') || raw.cell('cas');
    const cas = raw.cell('cas') || null;
    const key = `${normaliseParameterName(text)}|${cas ?? ''}|${raw.column ?? ''}`;
    const existing = this.byKey.get(key);
    if (existing) {
      existing.rows.push(raw.row);
      return;
    }
    this.byKey.set(key, {
      text,
      normalised: normaliseParameterName(text),
      cas,
      column: raw.column,
      rows: [raw.row],
      reason: ask.reason,
      candidates: ask.candidates,
    });
  }

  list(): ParameterQuestion[] {
    return [...this.byKey.values()];
  }
}
