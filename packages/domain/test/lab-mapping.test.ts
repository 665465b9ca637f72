import { describe, expect, it } from 'vitest';
import { LabColumnMapping, SavedLabMapping } from '../src/contracts/monitoring';
import { matchParameter, parseLabDateTime, readLabCsv, suggestLabMapping } from '../src/lab';
import { casNumberOf, normaliseCas, parameterCodesForCas } from '../src/reference';
import { EDD_LONG, readLabExport, WIDE } from './lab-helpers';

const headerOf = (name: string) => readLabCsv(readLabExport(name))[0]!;

describe('column mapping suggestion', () => {
  it('maps the EQuIS EDD columns of the long file', () => {
    const { mapping, unmappedColumns } = suggestLabMapping(headerOf(EDD_LONG));
    expect(mapping.layout).toBe('long');
    expect(mapping.columns).toEqual({
      sampleId: 'sys_sample_code',
      labSampleId: 'lab_sample_id',
      location: 'location_id',
      collectionStart: 'sample_date',
      collectionStartTime: 'sample_time',
      collectionEnd: 'sample_end',
      parameter: 'chemical_name',
      cas: 'cas_rn',
      value: 'result_value',
      unit: 'result_unit',
      detectFlag: 'detect_flag',
      labQualifiers: 'lab_qualifiers',
      mdl: 'method_detection_limit',
      rl: 'reporting_detection_limit',
      method: 'lab_anl_method_name',
      analysisDate: 'analysis_date',
      analysisTime: 'analysis_time',
      analyst: 'analyst',
      sampleType: 'sample_type_code',
      sampleMethod: 'sample_method',
      labName: 'lab_name',
      labCertId: 'lab_cert_id',
      dilution: 'dilution_factor',
      fraction: 'total_or_dissolved',
      matrix: 'matrix_code',
    });
    expect(unmappedColumns).toEqual([]);
  });

  it('reads the wide file as one row per sample with analyte columns', () => {
    const { mapping, unmappedColumns } = suggestLabMapping(headerOf(WIDE));
    expect(mapping.layout).toBe('wide');
    expect(mapping.columns).toEqual({
      sampleId: 'Sample ID',
      location: 'Location',
      collectionStart: 'Collected',
      sampleType: 'Sample Type',
    });
    expect(mapping.analytes[0]).toEqual({
      column: 'Cd (mg/L)',
      parameterText: 'Cd',
      parameterCode: '01027',
      unitText: 'mg/L',
    });
    expect(mapping.analytes).toHaveLength(11);
    expect(unmappedColumns).toEqual([]);
  });

  it('keeps an analyte column with a unit but an unknown name, to be asked about', () => {
    const { mapping, unmappedColumns } = suggestLabMapping([
      'Sample ID',
      'Date Collected',
      'Widgetium (mg/L)',
      'Comments',
    ]);
    expect(mapping.analytes).toEqual([
      { column: 'Widgetium (mg/L)', parameterText: 'Widgetium', parameterCode: null, unitText: 'mg/L' },
    ]);
    expect(unmappedColumns).toEqual(['Comments']);
  });

  it('is a valid saved mapping, and the schema refuses a mapping without a date or value column', () => {
    const { mapping } = suggestLabMapping(headerOf(EDD_LONG));
    expect(SavedLabMapping.parse({ labName: 'Great Lakes Analytical', mapping }).mapping).toEqual(mapping);
    const bad = LabColumnMapping.safeParse({ layout: 'long', columns: { parameter: 'analyte' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'columns.collectionStart',
      'columns.value',
    ]);
    expect(LabColumnMapping.safeParse({ layout: 'wide', columns: { collectionStart: 'Date' } }).success).toBe(
      false,
    );
  });
});

describe('parameter matching (EPA code, CAS number, name or synonym; never guessed)', () => {
  it.each([
    [{ name: 'Copper' }, '01042', 'name'],
    [{ name: 'Copper, total' }, '01042', 'name'],
    [{ name: 'Cu' }, '01042', 'name'],
    [{ name: 'TOTAL COPPER' }, '01042', 'name'],
    [{ cas: '7440-50-8' }, '01042', 'cas'],
    [{ cas: '7440508' }, '01042', 'cas'],
    [{ code: '01119' }, '01119', 'code'],
    [{ name: 'Zinc, total (as Zn)' }, '01092', 'description'],
    [{ name: 'Phenanthrene' }, '34461', 'description'],
    [{ name: 'Oil & Grease (HEM)' }, '00552', 'name'],
    [{ name: 'Cyanide, Total', cas: '57-12-5' }, '00720', 'cas'],
    [{ name: 'Copper', fraction: 'dissolved' as const }, '01040', 'name'],
  ])('%j → %s', (lookup, code, matchedBy) => {
    expect(matchParameter(lookup)).toMatchObject({ kind: 'matched', code, matchedBy });
  });

  it('prefers the code the permit uses for the same measurement', () => {
    expect(matchParameter({ name: 'O&G' }, { preferCodes: ['00556'] })).toMatchObject({ code: '00556' });
    expect(matchParameter({ name: 'Copper' }, { preferCodes: ['01119'] })).toMatchObject({ code: '01119' });
    expect(matchParameter({ name: 'Copper' }, { preferCodes: ['01092'] })).toMatchObject({ code: '01042' });
  });

  it('asks when unknown, ambiguous or contradictory', () => {
    expect(matchParameter({ name: 'Unobtainium' })).toMatchObject({ kind: 'ask', reason: 'unknown' });
    expect(matchParameter({ code: '99999' })).toMatchObject({ kind: 'ask', reason: 'unknown' });
    expect(matchParameter({ cas: '7440-50-9' })).toMatchObject({ kind: 'ask', reason: 'unknown' });
    const ambiguous = matchParameter({ cas: '7723-14-0' }, {});
    expect(ambiguous).toMatchObject({ kind: 'matched', code: '00665' });
    const many = matchParameter({ cas: '85-01-8' });
    expect(many).toMatchObject({ kind: 'ask', reason: 'ambiguous' });
    expect(many.kind === 'ask' && many.candidates.map((c) => c.code)).toEqual(['34461', '34464']);
    expect(matchParameter({ name: 'Copper', cas: '7440-66-6' })).toMatchObject({
      kind: 'ask',
      reason: 'conflict',
    });
  });

  it('CAS numbers come from the EPA parameter list, check digits verified', () => {
    expect(normaliseCas('7440-50-8')).toBe('7440508');
    expect(normaliseCas('7440-50-9')).toBeNull();
    expect(casNumberOf('01042')).toBe('7440-50-8');
    expect(casNumberOf('00530')).toBeNull();
    expect(parameterCodesForCas('7440-50-8')).toContain('01119');
  });
});

describe('lab dates', () => {
  it.each([
    ['2026-06-02', { date: '2026-06-02', time: null }],
    ['2026-06-02 08:00', { date: '2026-06-02', time: '08:00' }],
    ['2026-06-02T08:00:00.000Z', { date: '2026-06-02', time: '08:00' }],
    ['7/7/2026 08:00', { date: '2026-07-07', time: '08:00' }],
    ['7/14/2026 8:00 PM', { date: '2026-07-14', time: '20:00' }],
    ['2026/07/07', { date: '2026-07-07', time: null }],
  ])('%s', (text, expected) => {
    expect(parseLabDateTime(text, 'MDY')).toEqual(expected);
  });

  it('reads D/M/YYYY when the lab writes days first, and refuses impossible dates', () => {
    expect(parseLabDateTime('14/7/2026', 'DMY')).toEqual({ date: '2026-07-14', time: null });
    expect(parseLabDateTime('14/7/2026', 'MDY')).toHaveProperty('error');
    expect(parseLabDateTime('2026-02-29', 'MDY')).toHaveProperty('error');
    expect(parseLabDateTime('2026-06-02 25:00', 'MDY')).toHaveProperty('error');
    expect(parseLabDateTime('yesterday', 'MDY')).toHaveProperty('error');
  });
});
