import type { PermitContent, PermitDiffEntry, PermitIdentity, PermitVersionDiff } from '../contracts/permits';
import { changedFields, diffItems } from './diff-items';
import {
  conditionItems,
  limitItems,
  limitSetItems,
  monitoringItems,
  outfallItems,
  reportingItems,
  scheduleItems,
  specialConditionItems,
} from './diff-sections';

/** One side of a comparison; identity fields are compared when both sides give them. */
export interface PermitVersionSide {
  versionNo?: number | null;
  content: PermitContent;
  identity?: Partial<
    Pick<PermitIdentity, 'permitNumber' | 'kind' | 'issuedDate' | 'effectiveDate' | 'expirationDate'>
  >;
}

function single(
  section: PermitDiffEntry['section'],
  id: string,
  label: string,
  a: Record<string, unknown>,
  b: Record<string, unknown>,
): PermitDiffEntry[] {
  const fields = changedFields(a, b);
  return fields.length === 0
    ? []
    : [{ section, change: 'changed', itemId: id, outfallCode: null, label, fields }];
}

/** Side-by-side diff of two permit versions: added / removed / changed items with before/after values. */
export function comparePermitVersions(
  before: PermitVersionSide,
  after: PermitVersionSide,
): PermitVersionDiff {
  const a = before.content;
  const b = after.content;
  const entries: PermitDiffEntry[] = [
    ...(before.identity && after.identity
      ? single('identity', 'permit', 'Permit', before.identity, after.identity)
      : []),
    ...diffItems('outfall', outfallItems(a), outfallItems(b)),
    ...diffItems('limit_set', limitSetItems(a), limitSetItems(b)),
    ...diffItems('limit', limitItems(a), limitItems(b)),
    ...diffItems('monitoring', monitoringItems(a), monitoringItems(b)),
    ...diffItems('reporting', reportingItems(a), reportingItems(b)),
    ...diffItems('schedule', scheduleItems(a), scheduleItems(b)),
    ...diffItems('special_condition', specialConditionItems(a), specialConditionItems(b)),
    ...diffItems('condition', conditionItems(a), conditionItems(b)),
    ...single('signatory', 'signatory', 'Signatory requirements', a.signatory, b.signatory),
    ...single(
      'setting',
      'renewalLeadDays',
      'Renewal lead time (days)',
      { renewalLeadDays: a.renewalLeadDays },
      { renewalLeadDays: b.renewalLeadDays },
    ),
  ];
  const count = (change: PermitDiffEntry['change']) => entries.filter((e) => e.change === change).length;
  return {
    fromVersionNo: before.versionNo ?? null,
    toVersionNo: after.versionNo ?? null,
    entries,
    counts: { added: count('added'), removed: count('removed'), changed: count('changed') },
  };
}
