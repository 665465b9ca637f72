import { ReportContent, ReportSignature } from '@outfall/domain/contracts/reports';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { EXCEEDANCE_MARK, renderReportPdf, renderReportXlsx } from '../src/reports/render/index';
import type { ReportRenderInput } from '../src/reports/render/report-text';
import { CERTIFICATION_FIRST_SENTENCE, reportContent, reportSignature } from './fixtures/report-content';

const SHA = 'b7e3a1f09c2d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7';
const COPY_OF_RECORD = {
  receiptId: 'COR-2025-000123',
  contentSha256: SHA,
  revision: 1,
  amends: null,
  amendmentReason: null,
};

const signed = (over: Partial<ReportRenderInput> = {}): ReportRenderInput => ({
  content: reportContent(),
  signature: reportSignature(),
  copyOfRecord: COPY_OF_RECORD,
  draft: false,
  ...over,
});

/** The text of each page, the items of a line joined by spaces, lines by newlines. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false })
    .promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const items = (await (await doc.getPage(n)).getTextContent()).items as TextItem[];
    pages.push(items.map((i) => `${i.str}${i.hasEOL ? '\n' : ' '}`).join(''));
  }
  await doc.destroy();
  return pages;
}

async function creationDate(pdf: Buffer): Promise<unknown> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return (info as { CreationDate?: string }).CreationDate;
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('report fixture', () => {
  it('is a valid report content and signature', () => {
    expect(() => ReportContent.parse(reportContent())).not.toThrow();
    expect(() => ReportSignature.parse(reportSignature())).not.toThrow();
  });
});

describe('renderReportPdf', () => {
  it('prints the header, every reported value, the exceedance, the NODI and the signature', async () => {
    const pdf = await renderReportPdf(signed());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfPages(pdf);
    const text = squash(pages.join('\n'));
    for (const expected of [
      'Periodic Compliance Report (40 CFR 403.12(e))',
      'North Plating Works',
      '12 Foundry Road, Riverton, OH 45000',
      'IU-433-017',
      'Industrial user pretreatment permit',
      'North Basin POTW',
      '2025-01-01 to 2025-06-30',
      '2025-07-31',
      'Outfall 001 — Plating line effluent',
      'Outfall 002 — Cooling tower blowdown',
      '01092 Zinc, total (as Zn)',
      'MO AVG (1B) · C2',
      '≤ 1.48',
      '1.275',
      `2.80 ${EXCEEDANCE_MARK} EXCEEDS (+7.28 %)`,
      '<0.005',
      '6.8',
      '8.9',
      '≥ 6.0',
      'NODI C — No Discharge',
      'Comment: Cooling tower blowdown was routed to outfall 001',
      // the legend of the marker
      'the reported value is outside the permit limit (printed in bold)',
      '0.04575',
      'Rinse tank overflow during a drag-out pump failure on line 2.',
      'Pump replaced 2025-06-11',
      'Drag-out tanks inspected weekly',
      'a3f1c0d2e4b5968778695a4b3c2d1e0f9a8b7c6d5e4f30211203948576a6b7c8',
      CERTIFICATION_FIRST_SENTENCE,
      'Dana Whitfield',
      'Plant Manager',
      'Duly authorized representative (40 CFR 403.12(l)(3))',
      '2025-07-20T14:03:05Z',
      'July 20, 2025, 14:03:05 UTC',
      '00000000-0000-4000-8000-00000000e001',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('DRAFT');
    // the marker is in the legend and beside the value in the results and the exceedance list
    expect(text.split(EXCEEDANCE_MARK).length - 1).toBe(3);
    expect(text).not.toContain('AMENDED');
    // the copy-of-record footer and page numbers on every page
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(squash(page)).toContain(
        `Copy of record · receipt COR-2025-000123 · revision 1 · content SHA-256 ${SHA}`,
      );
      expect(squash(page)).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('marks an unsigned draft and leaves the signature block empty', async () => {
    const pdf = await renderReportPdf({ content: reportContent(), signature: null, draft: true });
    const pages = await pdfPages(pdf);
    const text = squash(pages.join('\n'));
    expect(text).toContain('DRAFT — not signed');
    expect(text).toContain('Not signed. The certification statement in force');
    expect(text).not.toContain('Dana Whitfield');
    expect(text).not.toContain(CERTIFICATION_FIRST_SENTENCE);
    expect(text).not.toContain('Copy of record');
    for (const page of pages) expect(squash(page)).toContain('DRAFT — not signed');
  });

  it('prints the amendment banner of an amending revision', async () => {
    const pdf = await renderReportPdf(
      signed({
        copyOfRecord: {
          ...COPY_OF_RECORD,
          revision: 2,
          amends: 1,
          amendmentReason: 'Corrected the zinc explanation.',
        },
      }),
    );
    const text = squash((await pdfPages(pdf)).join('\n'));
    expect(text).toContain(
      'AMENDED REPORT — revision 2 amends revision 1. Reason: Corrected the zinc explanation.',
    );
    expect(text).toContain('revision 2 · content SHA-256');
  });

  it('prints a form-level NODI and "Req Mon" for a value without a limit', async () => {
    const content = reportContent({ formNodi: 'C' });
    content.outfalls[0]!.parameters[2]!.values[0]!.limitValue = null;
    const text = squash((await pdfPages(await renderReportPdf(signed({ content })))).join('\n'));
    expect(text).toContain('No Data Indicator for the whole report: C — No Discharge');
    expect(text).toContain('Req Mon');
  });

  it('renders identical bytes for identical input, dated from the signature', async () => {
    const [a, b] = await Promise.all([renderReportPdf(signed()), renderReportPdf(signed())]);
    expect(a.equals(b)).toBe(true);
    expect(await creationDate(a)).toBe('D:20250720140305Z');
    const [c, d] = await Promise.all([
      renderReportPdf({ content: reportContent(), signature: null, draft: true }),
      renderReportPdf({ content: reportContent(), signature: null, draft: true }),
    ]);
    expect(c.equals(d)).toBe(true);
    expect(await creationDate(c)).toBe('D:20250714093000Z');
  });
});

const rows = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .slice(1)
    .map((r) => (Array.isArray(r) ? r.slice(1) : []));

describe('renderReportXlsx', () => {
  it('writes the header, one row per value, flows and exceedances', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderReportXlsx(signed())) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Report',
      'Values',
      'Flows',
      'Exceedances',
      'Attachments',
    ]);

    const report = new Map(rows(workbook.getWorksheet('Report')!).map((r) => [r[0], r[1]]));
    expect(report.get('Report')).toBe('Periodic Compliance Report (40 CFR 403.12(e))');
    expect(report.get('Facility')).toBe('North Plating Works');
    expect(report.get('Permit number')).toBe('IU-433-017');
    expect(report.get('Period start')).toBe('2025-01-01');
    expect(report.get('Due date')).toBe('2025-07-31');
    expect(report.get('Status')).toBe('Copy of record');
    expect(report.get('Signed by')).toBe('Dana Whitfield');
    expect(report.get('Signed at (UTC)')).toBe('2025-07-20T14:03:05Z');
    expect(String(report.get('Certification text'))).toMatch(/^I certify under penalty of law/);
    expect(report.get('Receipt id')).toBe('COR-2025-000123');
    expect(report.get('Revision')).toBe(1);
    expect(report.get('Content SHA-256')).toBe(SHA);

    const [header, ...values] = rows(workbook.getWorksheet('Values')!);
    expect(values).toHaveLength(6);
    const record = (r: unknown[]) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? null]));
    const byKey = new Map(values.map((r) => [`${r[0]}/${r[1]}/${r[5]}`, record(r)]));
    expect(byKey.get('001/01092/C3')).toMatchObject({
      parameter_name: 'Zinc, total (as Zn)',
      monitoring_location: '1',
      statistical_base_code: 'DD',
      limit_qualifier: '<=',
      limit: 2.61,
      value: 2.8,
      value_full_precision: '2.8',
      reported: '2.80',
      unit: 'mg/L',
      exceedance: 'yes',
      exceedance_percent: 7.2796934865900385,
      sample_count: 4,
      excursions: 1,
      result_ids: 'res-zn-0610',
    });
    expect(byKey.get('001/01092/C2')).toMatchObject({ value: 1.275, exceedance: 'no', sample_count: 4 });
    expect(byKey.get('001/01092/C2')!.result_ids).toBe('res-zn-0603 res-zn-0610 res-zn-0617 res-zn-0624');
    expect(byKey.get('001/01027/C3')).toMatchObject({ value: 0.005, qualifier: '<', reported: '<0.005' });
    expect(byKey.get('002/00556/C3')).toMatchObject({
      value: null,
      value_full_precision: null,
      nodi: 'C',
      nodi_meaning: 'No Discharge',
      comment: 'Cooling tower blowdown was routed to outfall 001 for the whole period; no discharge at 002.',
      limit: 100,
    });

    const flows = rows(workbook.getWorksheet('Flows')!);
    expect(flows.slice(1)).toEqual([
      ['001', 'Plating line effluent', 4, 0.04575, '0.04575', 0.05, '0.050'],
      ['002', 'Cooling tower blowdown'],
    ]);

    const [exHeader, ...exceedances] = rows(workbook.getWorksheet('Exceedances')!);
    expect(exHeader).toContain('explanation');
    expect(exceedances).toHaveLength(1);
    expect(exceedances[0]).toEqual([
      'viol-zn-0610',
      '001',
      '01092',
      'Zinc, total (as Zn)',
      '2025-06-10',
      'DD',
      2.8,
      '2.80',
      2.61,
      '2.61',
      'mg/L',
      'Rinse tank overflow during a drag-out pump failure on line 2.',
      'Pump replaced 2025-06-11; resampled 2025-06-17 (< 0.05 mg/L); notified the POTW 2025-06-12.',
    ]);
  });

  it('keeps a value a double cannot hold exactly as text only', async () => {
    const content = reportContent();
    content.outfalls[0]!.parameters[0]!.values[0]!.value = '1.2750000000000000001';
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await renderReportXlsx({ content, signature: null, draft: true })) as unknown as ArrayBuffer,
    );
    const [header, first] = rows(workbook.getWorksheet('Values')!);
    const cell = (name: string) => first![header!.indexOf(name)];
    expect(cell('value')).toBeUndefined();
    expect(cell('value_full_precision')).toBe('1.2750000000000000001');
    const report = new Map(rows(workbook.getWorksheet('Report')!).map((r) => [r[0], r[1]]));
    expect(report.get('Status')).toBe('Draft — not signed');
    expect(report.get('Signed by')).toBeUndefined();
  });
});
