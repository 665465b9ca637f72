import { describe, expect, it } from 'vitest';
import { previewLabCsv, toSampleResult } from '../src/lab';
import { checkResultQuality } from '../src/quality';
import { at, EDD_LONG, readLabExport } from './lab-helpers';

const preview = previewLabCsv(readLabExport(EDD_LONG));

describe('long EDD (edd-long-acme-plating-2026-06.csv)', () => {
  it('is read whole: 51 results, no problems, nothing asked, nothing skipped', () => {
    expect(preview.layout).toBe('long');
    expect(preview.problems).toEqual([]);
    expect(preview.questions).toEqual([]);
    expect(preview.skippedRows).toEqual([]);
    expect(preview.candidates).toHaveLength(51);
    expect(preview.accepted).toBe(true);
  });

  it('copper 3,520 µg/L on 2026-06-09 (row 14) is 3.52 mg/L, kept as reported', () => {
    const cu = at(preview, 14);
    expect(cu).toMatchObject({
      sampleId: 'ACME-001-20260609',
      labSampleId: 'L260609A',
      location: '001',
      sampleTypeCode: 'N',
      collectionMethod: 'composite',
      qc: null,
      countsForCompliance: true,
      collectedStart: '2026-06-08T08:00',
      collectedEnd: '2026-06-09T08:00',
      parameterCode: '01042',
      parameterText: 'Copper',
      matchedBy: 'cas',
      cas: '7440-50-8',
      fraction: 'total',
      unit: 'ug/L',
      unitText: 'ug/L',
      standard: { value: '3.52', unit: 'mg/L' },
      labQualifiers: [],
      method: 'EPA 200.8',
      analysedAt: '2026-06-09T14:00',
      analyst: 'KLM',
      labName: 'Great Lakes Analytical',
      labCertId: 'IL-100482',
      dilutionFactor: '5',
      matrix: 'WW',
    });
    expect(cu.value).toEqual({
      text: '3520.0',
      qualifier: '=',
      number: '3520.0',
      nonDetect: false,
      detectionLimit: '0.8',
      reportingLimit: '2.0',
      estimated: false,
    });
    const result = toSampleResult(cu, 'r1');
    expect(result.date).toBe('2026-06-08');
    expect(result.value.significantFigures).toBe(5);
  });

  it('the J-flagged cadmium (row 12) is an estimate that still counts', () => {
    const cd = at(preview, 12);
    expect(cd.parameterCode).toBe('01027');
    expect(cd.labQualifiers).toEqual(['J']);
    expect(cd.value).toMatchObject({
      text: '0.6',
      qualifier: '=',
      number: '0.6',
      nonDetect: false,
      estimated: true,
    });
    const report = checkResultQuality(cd);
    expect(report.countsForCompliance).toBe(true);
    expect(report.checks.find((c) => c.check === 'lab_qualifier')).toMatchObject({
      status: 'warn',
      field: 'lab_qualifiers',
    });
  });

  it('non-detects (silver, rows 7 and 37) are "<" their MDL with the RL kept', () => {
    for (const row of [7, 37]) {
      const ag = at(preview, row);
      expect(ag.parameterCode).toBe('01077');
      expect(ag.value).toEqual({
        text: '',
        qualifier: '<',
        number: '0.2',
        nonDetect: true,
        detectionLimit: '0.2',
        reportingLimit: '1.0',
        estimated: false,
      });
      expect(ag.labQualifiers).toEqual(['U']);
      expect(ag.standard).toEqual({ value: '0.0002', unit: 'mg/L' });
    }
  });

  it('the field duplicate (rows 22–31) and trip blank (row 42) are QC, not compliance results', () => {
    const fd = preview.candidates.filter((c) => c.sampleTypeCode === 'FD');
    expect(fd.map((c) => c.row)).toEqual([22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);
    expect(fd.every((c) => c.qc === 'field_duplicate' && !c.countsForCompliance)).toBe(true);
    const tb = at(preview, 42);
    expect(tb).toMatchObject({
      qc: 'trip_blank',
      countsForCompliance: false,
      parameterCode: '00552',
      collectionMethod: 'grab',
    });
    expect(tb.value).toMatchObject({ qualifier: '<', number: '1.4', nonDetect: true });
    expect(preview.candidates.filter((c) => c.countsForCompliance)).toHaveLength(40);
  });

  it('names, CAS numbers and units: cyanide by CAS, O&G and pH by name', () => {
    expect(at(preview, 9)).toMatchObject({
      parameterCode: '00720',
      matchedBy: 'cas',
      collectionMethod: 'grab',
    });
    expect(at(preview, 10)).toMatchObject({
      parameterCode: '00552',
      matchedBy: 'name',
      parameterText: 'Oil & Grease (HEM)',
    });
    expect(at(preview, 11)).toMatchObject({
      parameterCode: '00400',
      unit: 'SU',
      standard: { value: '6.7', unit: 'SU' },
    });
    expect(at(preview, 11).value).toMatchObject({ detectionLimit: null, reportingLimit: null });
  });

  it('O&G analysed 31 days after collection (row 51) fails the 28-day holding time; others pass', () => {
    const og = at(preview, 51);
    expect(og.labQualifiers).toEqual(['H']);
    const hold = checkResultQuality(og).checks.find((c) => c.check === 'holding_time');
    expect(hold).toEqual({
      check: 'holding_time',
      status: 'fail',
      field: 'analysis_date',
      message:
        'Oil and grease, hexane extr method analysed 31 days after collection; Table II allows 28 days',
      source: '40 CFR 136.3 Table II',
    });
    const failing = preview.candidates.filter(
      (c) => checkResultQuality(c).checks.find((k) => k.check === 'holding_time')?.status !== 'pass',
    );
    expect(failing.map((c) => c.row)).toEqual([51]);
  });

  it('every method in the file is a shipped Part 136 method for its parameter', () => {
    const methods = preview.candidates.map(
      (c) => checkResultQuality(c).checks.find((k) => k.check === 'method')!,
    );
    expect(methods.filter((m) => m.status !== 'pass')).toEqual([]);
  });
});
