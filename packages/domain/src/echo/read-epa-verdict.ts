import type { EpaVerdictColumn } from './echo-columns';
import { readNumber } from './echo-fields';
import { fieldError } from './echo-file-error';
import type { EpaVerdict } from './echo-types';
import type { CsvRow } from './read-echo-csv';

/** EPA's verdict on one row: the violation code (E90, D80, D90 …) and ICIS's exceedance percent. */
export function readEpaVerdict(row: CsvRow<EpaVerdictColumn>): EpaVerdict {
  const code = row.get('violation_code');
  return { violationCodes: code === '' ? [] : [code], exceedancePct: readPct(row) };
}

function readPct(row: CsvRow<EpaVerdictColumn>): number | null {
  const text = readNumber(row, 'exceedence_pct');
  if (text === null) return null;
  const pct = Number(text);
  if (!Number.isFinite(pct)) throw fieldError(row.row, 'exceedence_pct', `'${text}' is not a number`);
  return pct;
}

/** A value over its limit and late appears once per violation; their verdicts combine. */
export function mergeEpaVerdicts(a: EpaVerdict, b: EpaVerdict): EpaVerdict {
  const codes = [...a.violationCodes, ...b.violationCodes.filter((c) => !a.violationCodes.includes(c))];
  return { violationCodes: codes, exceedancePct: a.exceedancePct ?? b.exceedancePct };
}
