import { describe, expect, it } from 'vitest';
import { LabFileError, previewLabCsv, previewLabRows, readLabCsv } from '../src/lab';
import { EDD_LONG, eddCsv, readLabExport, WIDE } from './lab-helpers';

describe('malformed lab files are refused, naming each bad row', () => {
  const preview = previewLabCsv(
    eddCsv([
      { result_value: '100' },
      { sample_date: '2026-13-01' },
      { chemical_name: 'Unobtainium', cas_rn: '' },
      { result_value: 'see narrative', chemical_name: 'Zinc', cas_rn: '7440-66-6' },
      { result_value: '100' },
      { result_unit: 'furlongs', chemical_name: 'Lead', cas_rn: '' },
      { chemical_name: 'Nickel', cas_rn: '', sample_date: '6/31/2026' },
      { chemical_name: 'Nickel', cas_rn: '', sample_date: '06/02/26', sys_sample_code: 'S-2' },
    ]),
  );

  it('is not accepted and lists every problem by row and column', () => {
    expect(preview.accepted).toBe(false);
    expect(preview.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'sample_date', 'bad_date'],
      [4, 'chemical_name', 'unknown_parameter'],
      [5, 'result_value', 'text_in_value'],
      [6, null, 'duplicate_row'],
      [7, 'result_unit', 'unknown_unit'],
      [8, 'sample_date', 'bad_date'],
      [9, 'sample_date', 'bad_date'],
    ]);
  });

  it('messages say what is wrong', () => {
    const message = (row: number) => preview.problems.find((p) => p.row === row)?.message;
    expect(message(3)).toBe("'2026-13-01' is not a date (expected YYYY-MM-DD or M/D/YYYY)");
    expect(message(4)).toBe("unknown parameter 'Unobtainium': choose the EPA parameter it means");
    expect(message(5)).toMatch(/^'see narrative' is not a number/);
    expect(message(6)).toBe('duplicate of row 2 (Copper of sample S-1)');
    expect(message(7)).toBe("unknown unit 'furlongs'");
    expect(message(9)).toBe("'06/02/26' has a two-digit year: write the year in full");
  });

  it('asks about the unknown parameter instead of guessing', () => {
    expect(preview.questions).toEqual([
      {
        text: 'Unobtainium',
        normalised: 'unobtainium',
        cas: null,
        column: null,
        rows: [4],
        reason: 'unknown',
        candidates: [],
      },
    ]);
  });

  it('a saved answer resolves the question on the next preview', () => {
    const text = eddCsv([{ chemical_name: 'Kupfer', cas_rn: '' }]);
    expect(previewLabCsv(text).accepted).toBe(false);
    const mapping = { ...previewLabCsv(text).mapping, parameterAliases: { kupfer: '01042' } };
    const answered = previewLabCsv(text, mapping);
    expect(answered.accepted).toBe(true);
    expect(answered.candidates[0]).toMatchObject({ parameterCode: '01042', matchedBy: 'alias' });
  });

  it('flags a row giving another value for the same sample, parameter and method', () => {
    const conflict = previewLabCsv(eddCsv([{ result_value: '100' }, { result_value: '120' }]));
    expect(conflict.problems).toEqual([
      {
        row: 3,
        column: null,
        code: 'conflicting_row',
        message: 'row 2 reports Copper of sample S-1 by the same method as 100; this row says 120',
      },
    ]);
  });

  it('refuses detected-but-blank values, non-detects without limits and bad limits', () => {
    const p = previewLabCsv(
      eddCsv([
        { result_value: '', detect_flag: 'Y' },
        {
          result_value: '',
          detect_flag: 'N',
          method_detection_limit: '',
          reporting_detection_limit: '',
          sys_sample_code: 'S-2',
        },
        { method_detection_limit: 'n/a', sys_sample_code: 'S-3' },
      ]),
    );
    expect(p.problems.map((x) => [x.row, x.column, x.code])).toEqual([
      [2, 'result_value', 'missing_value'],
      [3, 'result_value', 'missing_detection_limit'],
      [4, 'method_detection_limit', 'bad_number'],
    ]);
  });

  it('a mapped column missing from the file, or a file with no results, is refused', () => {
    const mapping = previewLabCsv(readLabExport(EDD_LONG)).mapping;
    const p = previewLabCsv(readLabExport(WIDE), mapping);
    expect(p.accepted).toBe(false);
    expect(p.problems[0]).toMatchObject({ row: 1, column: 'sys_sample_code', code: 'missing_column' });
    expect(previewLabRows([['Sample ID', 'Collected', 'Cu (mg/L)']]).problems).toMatchObject([
      { row: 1, code: 'missing_value', message: 'the file has no results under its header' },
    ]);
    expect(() => previewLabRows([['only one cell']])).toThrow(LabFileError);
    expect(() => readLabCsv('a,"b\n')).toThrow(LabFileError);
  });
});

describe('fingerprints', () => {
  const long = previewLabCsv(readLabExport(EDD_LONG));

  it('are stable: a re-read gives the same fingerprints, all distinct', () => {
    const again = previewLabCsv(readLabExport(EDD_LONG));
    expect(again.candidates.map((c) => c.fingerprint)).toEqual(long.candidates.map((c) => c.fingerprint));
    expect(new Set(long.candidates.map((c) => c.fingerprint)).size).toBe(51);
  });

  it('do not depend on row order, and change with the value', () => {
    const [header, ...rows] = readLabExport(EDD_LONG).trim().split(/\r?\n/);
    const reversed = previewLabCsv([header, ...rows.reverse()].join('\n'));
    expect(new Set(reversed.candidates.map((c) => c.fingerprint))).toEqual(
      new Set(long.candidates.map((c) => c.fingerprint)),
    );
    const a = previewLabCsv(eddCsv([{ result_value: '100' }])).candidates[0]!;
    const b = previewLabCsv(eddCsv([{ result_value: '100.0' }])).candidates[0]!;
    expect(a.fingerprint).not.toBe(b.fingerprint);
    expect(a.resultKey).toBe(b.resultKey);
    expect(a.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a spreadsheet (rows of strings) gives the same candidates as the CSV', () => {
    const rows = readLabCsv(readLabExport(WIDE));
    expect(previewLabRows(rows).candidates).toEqual(previewLabCsv(readLabExport(WIDE)).candidates);
  });
});
