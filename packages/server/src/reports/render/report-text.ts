import type { PermitKind, ReportKind } from '@outfall/domain/contracts/permits';
import type { ReportContent, ReportSignature, ReportValue } from '@outfall/domain/contracts/reports';
import type { SignatoryKind } from '@outfall/domain/contracts/roles';
import { findNodiCode } from '@outfall/domain/reference/codes';

/** The copy-of-record facts printed on a signed revision (§10.2 R6). */
export interface CopyOfRecordStamp {
  receiptId: string;
  contentSha256: string;
  revision: number;
  amends: number | null;
  amendmentReason: string | null;
}

/** What both renderers take: one revision's content, its signature, and the copy-of-record stamp. */
export interface ReportRenderInput {
  content: ReportContent;
  signature: ReportSignature | null;
  copyOfRecord?: CopyOfRecordStamp | null;
  /** An unsigned working copy: marked "DRAFT — not signed". */
  draft: boolean;
}

const KIND_TITLES: Readonly<Record<ReportKind, string>> = {
  dmr: 'Discharge Monitoring Report',
  periodic_compliance: 'Periodic Compliance Report (40 CFR 403.12(e))',
  baseline_monitoring: 'Baseline Monitoring Report (40 CFR 403.12(b))',
  ninety_day_compliance: '90-Day Compliance Report (40 CFR 403.12(d))',
  schedule_progress: 'Compliance Schedule Progress Report (40 CFR 403.12(c))',
  non_categorical_siu: 'Significant Non-Categorical Industrial User Report (40 CFR 403.12(h))',
  nsciu_certification: 'Non-Significant Categorical Industrial User Certification (40 CFR 403.12(q))',
  slug_notification: 'Slug Discharge Notice (40 CFR 403.12(f))',
  changed_discharge: 'Notice of Changed Discharge (40 CFR 403.12(j))',
  violation_notification: 'Violation Notice and Repeat Sampling (40 CFR 403.12(g)(2))',
  annual: 'Annual Report',
  other: 'Report',
};

const PERMIT_KINDS: Readonly<Record<PermitKind, string>> = {
  pretreatment_iu: 'Industrial user pretreatment permit',
  npdes: 'NPDES permit',
  state: 'State discharge permit',
  general: 'General pretreatment control mechanism',
  other: 'Discharge permit',
};

const SIGNATORY_KINDS: Readonly<Record<SignatoryKind, string>> = {
  responsible_official: 'Responsible official (40 CFR 403.12(l)(1)–(2))',
  authorized_representative: 'Duly authorized representative (40 CFR 403.12(l)(3))',
};

export const kindTitle = (c: ReportContent): string => (c.kind === 'other' ? c.title : KIND_TITLES[c.kind]);
export const permitKindText = (kind: PermitKind): string => PERMIT_KINDS[kind];
export const signatoryKindText = (kind: SignatoryKind): string => SIGNATORY_KINDS[kind];

/** 'C' → 'No Discharge', from the shipped §9.10 list. */
export const nodiMeaning = (code: string): string => findNodiCode(code)?.meaning ?? 'unknown NODI code';

/** 'C' → 'C — No Discharge'. */
export const nodiText = (code: string): string => `${code} — ${nodiMeaning(code)}`;

export function limitText(v: ReportValue): string {
  if (v.limitValue === null) return 'Req Mon';
  const q = v.limitQualifier === '<=' ? '≤' : v.limitQualifier === '>=' ? '≥' : v.limitQualifier;
  return q ? `${q} ${v.limitValue}` : v.limitValue;
}

/** The value as printed: the rounded `reported` with its qualifier, or null when there is none. */
export function reportedText(v: ReportValue): string | null {
  if (v.reported === null) return null;
  const q = v.qualifier;
  if (!q || q === '=' || v.reported.startsWith(q)) return v.reported;
  return `${q}${v.reported}`;
}

export function statisticText(v: ReportValue): string {
  const base =
    v.statisticalBaseName && v.statisticalBaseCode
      ? `${v.statisticalBaseName} (${v.statisticalBaseCode})`
      : (v.statisticalBaseName ?? v.statisticalBaseCode ?? '—');
  return v.slot ? `${base} · ${v.slot}` : base;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** '2025-07-20T14:03:05.000Z' → 'July 20, 2025, 14:03:05 UTC' (no locale, no time zone of the host). */
export function readableUtc(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hms = d.toISOString().slice(11, 19);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${hms} UTC`;
}

/** ISO instant in UTC to the second: '2025-07-20T14:03:05Z'. */
export function isoUtc(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 19)}Z`;
}

/**
 * The document date written into the PDF and workbook metadata: the signature time, else when the
 * content was prepared, else the due date. Never the clock, so the same input renders the same bytes.
 */
export function documentDate(content: ReportContent, signature: ReportSignature | null): Date {
  for (const candidate of [signature?.signedAt, content.preparedAt, `${content.dueDate}T00:00:00Z`]) {
    if (!candidate) continue;
    const d = new Date(candidate);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return new Date(0);
}

/** A decimal text as a JS number when the double holds it exactly to its digits (≤ 15 significant). */
export function exactNumber(text: string | null): number | null {
  if (text === null || !/^-?\d+(\.\d+)?$/.test(text)) return null;
  const digits = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  const significant = text.includes('.') ? digits : digits.replace(/0+$/, '');
  return significant.length <= 15 ? Number(text) : null;
}
