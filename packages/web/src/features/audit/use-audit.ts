import type { AuditPage } from '@outfall/domain/contracts/index';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, toSearch } from '../../api/client';

export interface AuditFilters {
  eventType?: string;
  subjectType?: string;
  subjectId?: string;
  from?: string;
  to?: string;
}

export const AUDIT_FILTER_KEYS = ['eventType', 'subjectType', 'subjectId', 'from', 'to'] as const;

export function filtersFromSearch(search: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = search.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** The CSV export of exactly what the filters select. */
export function auditCsvHref(filters: AuditFilters): string {
  return `/api/v1/audit.csv${toSearch({ ...filters })}`;
}

/** Audit events newest first, a page at a time ("Load more" follows nextBeforeSeq). */
export function useAuditEvents(filters: AuditFilters, pageSize = 50) {
  return useInfiniteQuery({
    queryKey: ['audit', filters, pageSize],
    queryFn: ({ pageParam }) =>
      api.get<AuditPage>('/api/v1/audit', { ...filters, beforeSeq: pageParam, limit: pageSize }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBeforeSeq ?? undefined,
  });
}
