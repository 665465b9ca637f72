import { describe, expect, it } from 'vitest';
import { previewLabCsv, readLabCsv } from '../src/lab';
import { checkResultQuality } from '../src/quality';
import { at, readLabExport, WIDE } from './lab-helpers';

const text = readLabExport(WIDE);
const preview = previewLabCsv(text);

describe('wide lab file (wide-acme-plating-2026-07.csv)', () => {
  it('drops the byte-order mark, ignores the blank row and skips the "Reviewed by" footer', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(readLabCsv(text)[0]![0]).toBe('Sample ID');
    expect(preview.skippedRows).toEqual([{ row: 7, reason: "note line: 'Reviewed by: QA'" }]);
    expect(preview.problems).toEqual([]);
    expect(preview.accepted).toBe(true);
  });

  it('reads 4 samples × 11 analyte columns', () => {
    expect(preview.layout).toBe('wide');
    expect(preview.candidates).toHaveLength(44);
    expect(new Set(preview.candidates.map((c) => c.row))).toEqual(new Set([2, 3, 4, 5]));
  });

  it('reads M/D/YYYY HH:MM dates and the units from the headers', () => {
    const cu = at(preview, 3, 'Cu (mg/L)');
    expect(cu).toMatchObject({
      sampleId: 'AP0714',
      location: 'Outfall 001',
      collectedStart: '2026-07-14T08:00',
      collectedEnd: null,
      sampleTypeCode: '24-hr composite',
      collectionMethod: 'composite',
      qc: null,
      parameterCode: '01042',
      unit: 'mg/L',
      standard: { value: '2.239', unit: 'mg/L' },
    });
    expect(cu.value).toMatchObject({ text: '2.239', qualifier: '=', number: '2.239', nonDetect: false });
    expect(at(preview, 5, 'Cd (mg/L)').collectedStart).toBe('2026-07-28T08:00');
  });

  it('"<0.002" silver is a non-detect at its detection limit', () => {
    for (const row of [2, 4]) {
      expect(at(preview, row, 'Ag (mg/L)').value).toEqual({
        text: '<0.002',
        qualifier: '<',
        number: '0.002',
        nonDetect: true,
        detectionLimit: '0.002',
        reportingLimit: null,
        estimated: false,
      });
    }
    expect(at(preview, 3, 'Ag (mg/L)').value).toMatchObject({ qualifier: '=', number: '0.025' });
  });

  it('matches symbol and short headers (CN-T, O&G, pH, Flow) and converts flow to MGD', () => {
    const codes = Object.fromEntries(preview.mapping.analytes.map((a) => [a.column, a.parameterCode]));
    expect(codes).toEqual({
      'Cd (mg/L)': '01027',
      'Cr (mg/L)': '01034',
      'Cu (mg/L)': '01042',
      'Pb (mg/L)': '01051',
      'Ni (mg/L)': '01067',
      'Ag (mg/L)': '01077',
      'Zn (mg/L)': '01092',
      'CN-T (mg/L)': '00720',
      'O&G (mg/L)': '00552',
      'pH (SU)': '00400',
      'Flow (gpd)': '50050',
    });
    expect(at(preview, 2, 'Flow (gpd)')).toMatchObject({
      unit: 'gpd',
      standard: { value: '0.009022', unit: 'MGD' },
    });
  });

  it('without analysis dates or methods, the checks warn and the result still counts', () => {
    const report = checkResultQuality(at(preview, 2, 'Zn (mg/L)'));
    expect(report.status).toBe('warn');
    expect(report.countsForCompliance).toBe(true);
    expect(report.checks.find((c) => c.check === 'holding_time')?.status).toBe('warn');
    expect(report.checks.find((c) => c.check === 'method')).toMatchObject({
      status: 'warn',
      field: 'method',
    });
  });
});
