import type {
  CreatePermitInput,
  ModifyPermitInput,
  PermitActionInput,
  PermitListQuery,
  PermitSummaryView,
  PermitVersionDiff,
  PermitVersionView,
  PermitView,
  RenewPermitInput,
  UpdatePermitDraftInput,
} from '@outfall/domain/contracts/index';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

const BASE = '/api/v1/permits';
const enc = encodeURIComponent;

export const permitPaths = {
  list: BASE,
  one: (id: string) => `${BASE}/${enc(id)}`,
  version: (id: string, no: number) => `${BASE}/${enc(id)}/versions/${no}`,
  diff: (id: string) => `${BASE}/${enc(id)}/compare`,
  document: (id: string, no: number) => `${BASE}/${enc(id)}/versions/${no}/document.pdf`,
  actions: (id: string) => `${BASE}/${enc(id)}/actions`,
  draft: (id: string) => `${BASE}/${enc(id)}/draft`,
  modify: (id: string) => `${BASE}/${enc(id)}/modifications`,
  renew: (id: string) => `${BASE}/${enc(id)}/renew`,
};

export function usePermits(query: PermitListQuery = {}) {
  return useQuery({
    queryKey: ['permits', 'list', query],
    queryFn: () => api.get<PermitSummaryView[]>(permitPaths.list, { ...query }),
  });
}

export function usePermit(id: string | undefined) {
  return useQuery({
    queryKey: ['permits', 'one', id],
    queryFn: () => api.get<PermitView>(permitPaths.one(id ?? '')),
    enabled: Boolean(id),
  });
}

export function usePermitVersion(id: string, versionNo: number | null) {
  return useQuery({
    queryKey: ['permits', 'version', id, versionNo],
    queryFn: () => api.get<PermitVersionView>(permitPaths.version(id, versionNo ?? 0)),
    enabled: versionNo !== null,
  });
}

export function usePermitDiff(id: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: ['permits', 'diff', id, from, to],
    queryFn: () => api.get<PermitVersionDiff>(permitPaths.diff(id), { from, to }),
    enabled: from !== null && to !== null && from !== to,
  });
}

/** Every permit-related cache (lists, views, facility tabs) and the audit trail. */
export function invalidatePermits(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['permits'] });
  void queryClient.invalidateQueries({ queryKey: ['audit'] });
}

function useStorePermit() {
  const queryClient = useQueryClient();
  return (view: PermitView) => {
    queryClient.setQueryData(['permits', 'one', view.permit.id], view);
    invalidatePermits(queryClient);
  };
}

export function useCreatePermit() {
  const store = useStorePermit();
  return useMutation({
    mutationFn: (input: CreatePermitInput) => api.post<PermitView>(permitPaths.list, input),
    onSuccess: store,
  });
}

export function useUpdatePermitDraft(id: string) {
  const store = useStorePermit();
  return useMutation({
    mutationFn: (input: UpdatePermitDraftInput) => api.put<PermitView>(permitPaths.draft(id), input),
    onSuccess: store,
  });
}

export function useModifyPermit(id: string) {
  const store = useStorePermit();
  return useMutation({
    mutationFn: (input: ModifyPermitInput) => api.post<PermitView>(permitPaths.modify(id), input),
    onSuccess: store,
  });
}

export function usePermitAction(id: string) {
  const store = useStorePermit();
  return useMutation({
    mutationFn: (input: PermitActionInput) => api.post<PermitView>(permitPaths.actions(id), input),
    onSuccess: store,
  });
}

export function useRenewPermit(id: string) {
  const store = useStorePermit();
  return useMutation({
    mutationFn: (input: RenewPermitInput) => api.post<PermitView>(permitPaths.renew(id), input),
    onSuccess: store,
  });
}
