import { countSignificantFigures } from './significant-figures';

/** How a laboratory or DMR value was qualified: below, above or equal to the number written. */
export type Qualifier = '<' | '>' | '=';

/**
 * A value kept exactly as reported (engineering principle 2). `number` is the decimal text of the
 * numeric part, normalised ('.474' → '0.474', '1,200' → '1200'); `approx` is its nearest double,
 * used only by the fast path, never to decide a close verdict.
 */
export interface ReportedValue {
  readonly text: string;
  readonly qualifier: Qualifier;
  readonly number: string | null;
  readonly approx: number;
  readonly significantFigures: number | null;
  readonly nonDetect: boolean;
  /** Method detection limit (MDL/DL). */
  readonly detectionLimit: string | null;
  /** Reporting / quantitation limit (RL, ML, QL). */
  readonly reportingLimit: string | null;
}

/** Optional laboratory context for a reported text. */
export interface ReportedContext {
  detectionLimit?: string | number;
  reportingLimit?: string | number;
  /** Lab detect flag N or qualifier U marks a non-detect whatever the text says. */
  nonDetect?: boolean;
}

const NUMBER = /^[+-]?(\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ND_WORDS = /^(nd|n\.d\.|not detected|bdl|u)$/i;

/** Normalises '.474' → '0.474', '1,200' → '1200', '+5' → '5'; null when not a plain number. */
export function normaliseNumber(text: string): string | null {
  const plain = text.replace(/,(?=\d{3}\b)/g, '').trim();
  if (!NUMBER.test(plain)) return null;
  const unsigned = plain.replace(/^\+/, '');
  return unsigned.replace(/^(-?)\./, '$10.');
}

function limitText(value: string | number | undefined): string | null {
  if (value === undefined) return null;
  return normaliseNumber(String(value));
}

/**
 * Parses reported text such as '<0.05', 'ND', '.474', '1,200', '>1600', '= 3.1'. A '<' value is a
 * non-detect whose number is its detection (or reporting) limit (domain-spec §9.4).
 */
export function parseReportedValue(text: string, context: ReportedContext = {}): ReportedValue {
  const trimmed = text.trim();
  const detectionLimit = limitText(context.detectionLimit);
  const reportingLimit = limitText(context.reportingLimit);
  if (trimmed === '' || ND_WORDS.test(trimmed)) {
    const number = detectionLimit ?? reportingLimit;
    return build(text, '<', number, true, detectionLimit ?? number, reportingLimit);
  }
  const first = trimmed[0];
  const qualifier: Qualifier = first === '<' || first === '>' ? first : '=';
  const body = trimmed.replace(/^(<=?|>=?|=)\s*/, '');
  const number = normaliseNumber(body);
  if (number === null) throw new RangeError(`Not a reported value: '${text}'`);
  const nonDetect = qualifier === '<' || context.nonDetect === true;
  const dl = detectionLimit ?? (qualifier === '<' ? number : null);
  return build(text, nonDetect ? '<' : qualifier, number, nonDetect, dl, reportingLimit);
}

function build(
  text: string,
  qualifier: Qualifier,
  number: string | null,
  nonDetect: boolean,
  detectionLimit: string | null,
  reportingLimit: string | null,
): ReportedValue {
  const approx = number === null ? Number.NaN : Number(number);
  const significantFigures = number === null ? null : countSignificantFigures(text.replace(/^[^\d.+-]+/, ''));
  return { text, qualifier, number, approx, significantFigures, nonDetect, detectionLimit, reportingLimit };
}

/** A detected value reported with '='; the shorthand used by tests, factories and the bench. */
export function detected(number: string): ReportedValue {
  return parseReportedValue(number);
}
