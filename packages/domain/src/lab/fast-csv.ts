const QUOTE = 34; // "
const COMMA = 44; // ,

/**
 * The line break csv-parse would detect: '\n' when the text has no '\r', '\r\n' when every '\r'
 * starts a '\r\n' and every '\n' ends one; null (mixed or old-Mac breaks) leaves it to csv-parse.
 */
function lineBreakOf(text: string): '\n' | '\r\n' | null {
  let cr = text.indexOf('\r');
  if (cr < 0) return '\n';
  let crlf = 0;
  while (cr >= 0) {
    if (text.charCodeAt(cr + 1) !== 10) return null;
    crlf++;
    cr = text.indexOf('\r', cr + 2);
  }
  let lf = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lf++;
  return lf === crlf ? '\r\n' : null;
}

/** One record that holds a quote, from `pos`; null where csv-parse would refuse it (or might differ). */
function quotedRecord(text: string, pos: number, nl: string): [string[], number] | null {
  const cells: string[] = [];
  const length = text.length;
  const nlCode = nl.charCodeAt(0);
  for (;;) {
    if (text.charCodeAt(pos) === QUOTE) {
      let value = '';
      let from = pos + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return null; // unclosed quote: csv-parse names the error
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += text.slice(from, q);
        pos = q + 1;
        break;
      }
      cells.push(value);
    } else {
      let i = pos;
      for (; i < length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === COMMA || (ch === nlCode && text.startsWith(nl, i))) break;
        if (ch === QUOTE) return null; // a quote inside an unquoted field: csv-parse refuses it
      }
      cells.push(text.slice(pos, i));
      pos = i;
    }
    if (pos >= length) return [cells, length];
    if (text.charCodeAt(pos) === COMMA) {
      pos++;
      continue;
    }
    if (text.startsWith(nl, pos)) return [cells, pos + nl.length];
    return null; // text after a closing quote: csv-parse refuses it
  }
}

/**
 * A fast reader for the CSV files labs send (comma-separated, '"' quotes, '\n' or '\r\n' breaks),
 * giving exactly what csv-parse gives with `bom`, `relax_column_count` and blank lines kept (a blank
 * line is `['']`, a final line break ends the last record). Returns null for anything it does not
 * read the same way (unclosed or stray quotes, mixed or '\r' line breaks): the caller then uses
 * csv-parse, which also names the error.
 */
export function readCsvFast(input: string): string[][] | null {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const nl = lineBreakOf(text);
  if (nl === null) return null;
  const rows: string[][] = [];
  const length = text.length;
  let nextQuote = text.indexOf('"');
  let pos = 0;
  while (pos < length) {
    let end = text.indexOf(nl, pos);
    if (end < 0) end = length;
    if (nextQuote >= 0 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
    if (nextQuote < 0 || nextQuote >= end) {
      rows.push(text.slice(pos, end).split(','));
      pos = end + nl.length;
      continue;
    }
    const record = quotedRecord(text, pos, nl);
    if (record === null) return null;
    rows.push(record[0]);
    pos = record[1];
  }
  return rows;
}
