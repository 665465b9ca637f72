import type {
  DocumentKind,
  DocumentLinkKind,
  DocumentVisibility,
  MembershipView,
} from '@outfall/domain/contracts/index';

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  permit: 'Permit',
  permit_application: 'Permit application',
  lab_report: 'Lab report',
  chain_of_custody: 'Chain of custody',
  calibration_log: 'Calibration log',
  inspection_report: 'Inspection report',
  correspondence: 'Correspondence',
  enforcement_notice: 'Enforcement notice',
  signatory_authorization: 'Signatory authorization',
  sop: 'Standard operating procedure',
  slug_control_plan: 'Slug control plan',
  photo: 'Photo',
  monitoring_record: 'Monitoring record',
  sewage_sludge_record: 'Sewage sludge record',
  waiver_documentation: 'Waiver documentation',
  other: 'Other',
};

export const DOCUMENT_KIND_OPTIONS = (Object.keys(DOCUMENT_KIND_LABELS) as DocumentKind[]).map((value) => ({
  value,
  label: DOCUMENT_KIND_LABELS[value],
}));

export function documentKindLabel(kind: string): string {
  return DOCUMENT_KIND_LABELS[kind as DocumentKind] ?? kind;
}

export const VISIBILITY_LABELS: Record<DocumentVisibility, string> = {
  private: 'Private',
  shared: 'Shared',
};

export const LINK_KIND_LABELS: Record<DocumentLinkKind, string> = {
  facility: 'Facility',
  permit: 'Permit',
  outfall: 'Outfall',
  sample: 'Sample',
  inspection: 'Inspection',
  violation: 'Violation',
  enforcement_action: 'Enforcement action',
  report: 'Report',
};

/** The server's document.write (facility viewers and authority viewers only read). */
export function canWriteDocuments(membership: MembershipView | undefined): boolean {
  return membership !== undefined && membership.role !== 'viewer';
}

/** The server's binder.download: authority admin/coordinator/inspector, facility admin/manager. */
export function canDownloadBinder(membership: MembershipView | undefined): boolean {
  if (!membership) return false;
  return membership.kind === 'authority'
    ? ['admin', 'coordinator', 'inspector'].includes(membership.role)
    : ['admin', 'manager'].includes(membership.role);
}

/** The file name without its extension, as a document's first title. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base).trim();
  return (stem || base).slice(0, 300);
}

/** Today in local time as YYYY-MM-DD (what the date inputs show). */
export function todayIso(now = new Date()): string {
  return isoDate(now);
}

export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** First and last day of the calendar quarter `offset` quarters from the one `now` is in. */
export function quarterRange(offset: number, now = new Date()): { from: string; to: string } {
  const quarter = Math.floor(now.getMonth() / 3) + offset;
  const start = new Date(now.getFullYear(), quarter * 3, 1);
  const end = new Date(start.getFullYear(), start.getMonth() + 3, 0);
  return { from: isoDate(start), to: isoDate(end) };
}

/** The PDF and image types the server serves inline, so the page can preview them. */
export function previewKind(mediaType: string): 'pdf' | 'image' | null {
  if (mediaType === 'application/pdf') return 'pdf';
  if (/^image\/(png|jpeg|gif|webp)$/.test(mediaType)) return 'image';
  return null;
}
