import { parse } from 'csv-parse/browser/esm/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../src/audit/canonical-json';
import { sha256Hex } from '../src/audit/hash-chain';
import { previewLabCsv, readLabCsv, resultFingerprint } from '../src/lab';
import { readCsvFast } from '../src/lab/fast-csv';
import { fingerprintContent, fingerprintText } from '../src/lab/fingerprint';
import { EDD_LONG, readLabExport } from './lab-helpers';

const OPTIONS = { bom: true, relax_column_count: true, skip_empty_lines: false };

/** csv-parse's rows, or 'error' where it refuses the text. */
function reference(text: string): string[][] | 'error' {
  try {
    return parse(text, OPTIONS) as string[][];
  } catch {
    return 'error';
  }
}

describe('the fast CSV reader gives what csv-parse gives, or steps aside', () => {
  it.each([
    'a,b\n\nc,d\n',
    'a,b\n\nc,d',
    'a,b\r\n\r\nc\r\n',
    '\uFEFFa,b\n1,2\n',
    '"a""b",c\n',
    '"a\nb",c\n',
    '"a\r\nb",c\r\nd,"e"\r\n',
    ',\n',
    '\n',
    '',
    'a,',
    '"",x\n"y",""',
    'x,"Copper, total",1\n',
  ])('%j', (text) => {
    expect(readCsvFast(text)).toEqual(reference(text));
  });

  it.each(['a, "b"\n', 'a,"b" \n', 'a,"b\n', 'a,b\nc,d\r\ne', 'a\rb', 'a,b"c\n'])(
    'leaves %j to csv-parse',
    (text) => {
      expect(readCsvFast(text)).toBeNull();
    },
  );

  it('agrees with csv-parse on random text (or defers to it)', () => {
    const char = fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', '\r\n', '\uFEFF', 'é');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const fast = readCsvFast(text);
        if (fast !== null) expect(fast).toEqual(reference(text));
        const expected = reference(text);
        if (expected === 'error') expect(() => readLabCsv(text)).toThrow();
        else expect(readLabCsv(text)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the fingerprint written field by field is the canonical JSON of its content', () => {
  const text = fc.option(fc.string({ unit: 'binary', maxLength: 12 }), { nil: null });
  const content = fc.record({
    sampleId: text,
    labSampleId: text,
    location: fc.string({ unit: 'binary', maxLength: 8 }),
    sampleTypeCode: text,
    collectedStart: fc.string({ maxLength: 16 }),
    collectedEnd: text,
    parameterCode: fc.string({ maxLength: 5 }),
    fraction: fc.constantFrom(null, 'total' as const, 'dissolved' as const),
    value: fc.record({
      text: fc.string({ unit: 'binary', maxLength: 8 }),
      qualifier: fc.constantFrom('<' as const, '>' as const, '=' as const),
      number: text,
      nonDetect: fc.boolean(),
      detectionLimit: text,
      reportingLimit: text,
      estimated: fc.boolean(),
    }),
    unit: fc.string({ maxLength: 5 }),
    labQualifiers: fc.array(fc.string({ unit: 'binary', maxLength: 3 }), { maxLength: 4 }),
    method: text,
    analysedAt: text,
    dilutionFactor: text,
  });

  it('for any content (quotes, control characters, lone surrogates, unsorted qualifiers)', () => {
    fc.assert(
      fc.property(content, (c) => {
        const full = c as unknown as Parameters<typeof fingerprintText>[0];
        expect(fingerprintText(full)).toBe(canonicalJson(fingerprintContent(full)));
      }),
      { numRuns: 2000 },
    );
  });

  it('for the candidates of a real lab export, with the pure SHA-256', () => {
    for (const c of previewLabCsv(readLabExport(EDD_LONG)).candidates) {
      expect(c.fingerprint).toBe(sha256Hex(canonicalJson(fingerprintContent(c))));
      expect(resultFingerprint(c)).toBe(c.fingerprint);
    }
  });
});
