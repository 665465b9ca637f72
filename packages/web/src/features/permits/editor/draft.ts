import type {
  MonitoringRequirement,
  PermitContent,
  PermitKind,
  PermitLimit,
  PermitLimitSet,
  PermitOutfall,
  ReportingRequirement,
  SpecialCondition,
} from '@outfall/domain/contracts/index';

/** What the editor holds: the permit's identity fields and the content of the version. */
export interface PermitDraft {
  permitNumber: string;
  kind: PermitKind;
  effectiveDate: string;
  expirationDate: string;
  content: PermitContent;
}

export type ContentUpdate = (update: (content: PermitContent) => PermitContent) => void;

/** Field errors keyed by content path ('limitSets[0].limits[3].value'). */
export type PathErrors = Record<string, string>;

export function newId(prefix: string): string {
  return `${prefix}:${crypto.randomUUID()}`;
}

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, i) => (i === index ? item : existing));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/**
 * The editor keys errors by content path ('limitSets[0].limits[3].value'); request validation
 * reports 'content.limitSets.0.limits.3.value'.
 */
export function contentPath(path: string): string {
  const bracketed = path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  return bracketed.startsWith('content.') ? bracketed.slice('content.'.length) : bracketed;
}

export function newOutfall(count: number): PermitOutfall {
  const code = String(count + 1).padStart(3, '0');
  return {
    id: newId('outfall'),
    code,
    name: `Outfall ${code}`,
    monitoringLocationCode: '1',
    featureTypeCode: null,
    description: null,
  };
}

export function newLimitSet(outfallId: string, name: string): PermitLimitSet {
  return {
    id: newId('limitset'),
    outfallId,
    designator: null,
    name,
    seasonNumber: 0,
    season: null,
    effectiveFrom: null,
    effectiveTo: null,
    limits: [],
  };
}

export function newLimit(overrides: Partial<PermitLimit> = {}): PermitLimit {
  return {
    id: newId('limit'),
    parameterCode: '',
    parameterName: '',
    monitoringLocationCode: null,
    statisticalBaseCode: 'DD',
    statisticalBaseName: null,
    valueSlot: null,
    value: '',
    unitCode: null,
    unitText: 'mg/L',
    direction: 'max',
    enforceable: true,
    basis: 'local',
    derivation: null,
    categoricalCitation: null,
    sampleType: null,
    frequencyCode: null,
    notes: null,
    ...overrides,
  };
}

export function newMonitoringRequirement(outfallId: string | null): MonitoringRequirement {
  return {
    id: newId('monitoring'),
    parameterCode: null,
    parameterName: null,
    outfallId,
    monitoringLocationCode: null,
    frequencyCode: null,
    sampleType: null,
    sampledBy: 'permittee',
    notes: null,
  };
}

export function newReportingRequirement(): ReportingRequirement {
  return {
    id: newId('reporting'),
    kind: 'periodic_compliance',
    name: 'Periodic compliance report',
    cadence: 'semiannual',
    firstMonth: null,
    dueRule: { kind: 'days-after-period-end', days: 30 },
    outfallId: null,
    notes: null,
  };
}

export function newSpecialCondition(): SpecialCondition {
  return { id: newId('condition'), kind: 'special', title: '', text: '', parameterCode: null };
}

/** Empty text fields mean "not given": the contract wants null there, not ''. */
export function orNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}
