export { renderReportPdf, reportDocument } from './report-pdf';
export { EXCEEDANCE_MARK, REVIEW_MARK } from './report-pdf-sections';
export type { CopyOfRecordStamp, ReportRenderInput } from './report-text';
export { renderReportXlsx } from './report-xlsx';
