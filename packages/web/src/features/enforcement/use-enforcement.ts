import type {
  CloseActionInput,
  EnforcementActionView,
  ErpGuideInput,
  ErpGuideView,
  EscalateInput,
  IssueActionInput,
  PenaltyCollectedInput,
  RecordResponseInput,
  RecordViolationInput,
  ReturnToComplianceInput,
  ViolationDetailView,
  ViolationDeterminationInput,
  ViolationListQuery,
  ViolationView,
} from '@outfall/domain/contracts/index';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

const enc = encodeURIComponent;
const ACTIONS = '/api/v1/enforcement-actions';

export const enforcementPaths = {
  violations: '/api/v1/violations',
  violation: (id: string) => `/api/v1/violations/${enc(id)}`,
  determination: (id: string) => `/api/v1/violations/${enc(id)}/determination`,
  returnToCompliance: (id: string) => `/api/v1/violations/${enc(id)}/return-to-compliance`,
  guide: '/api/v1/erp/guide',
  actions: ACTIONS,
  action: (id: string) => `${ACTIONS}/${enc(id)}`,
  response: (id: string) => `${ACTIONS}/${enc(id)}/response`,
  penalty: (id: string) => `${ACTIONS}/${enc(id)}/penalty-collected`,
  escalate: (id: string) => `${ACTIONS}/${enc(id)}/escalate`,
  close: (id: string) => `${ACTIONS}/${enc(id)}/close`,
  letter: (id: string) => `${ACTIONS}/${enc(id)}/letter`,
  letterPdf: (id: string) => `${ACTIONS}/${enc(id)}/letter.pdf`,
};

type Query<T> = { [K in keyof T]?: T[K] | undefined };

export function useProgramViolations(query: Query<ViolationListQuery>) {
  return useQuery({
    queryKey: ['violations', 'list', query],
    queryFn: () => api.get<ViolationView[]>(enforcementPaths.violations, { ...query }),
  });
}

export function useViolationDetail(id: string | undefined) {
  return useQuery({
    queryKey: ['violations', 'one', id],
    queryFn: () => api.get<ViolationDetailView>(enforcementPaths.violation(id!)),
    enabled: Boolean(id),
  });
}

export function useActions(query: {
  facilityId?: string;
  status?: string;
  type?: string;
  overdue?: 'true' | 'false';
}) {
  return useQuery({
    queryKey: ['enforcement', 'list', query],
    queryFn: () => api.get<EnforcementActionView[]>(enforcementPaths.actions, { ...query }),
  });
}

export function useAction(id: string | undefined) {
  return useQuery({
    queryKey: ['enforcement', 'one', id],
    queryFn: () => api.get<EnforcementActionView>(enforcementPaths.action(id!)),
    enabled: Boolean(id),
  });
}

export function useGuide(enabled = true) {
  return useQuery({
    queryKey: ['enforcement', 'guide'],
    queryFn: () => api.get<ErpGuideView>(enforcementPaths.guide),
    enabled,
  });
}

/** Every enforcement change touches violations, actions and the dashboard. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['violations'] });
    void queryClient.invalidateQueries({ queryKey: ['enforcement'] });
    void queryClient.invalidateQueries({ queryKey: ['monitoring', 'violations'] });
    void queryClient.invalidateQueries({ queryKey: ['program'] });
  };
}

export function useRecordViolation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: RecordViolationInput) =>
      api.post<ViolationDetailView>(enforcementPaths.violations, input),
    onSuccess: invalidate,
  });
}

export function useDetermination(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: ViolationDeterminationInput) =>
      api.put<ViolationDetailView>(enforcementPaths.determination(id), input),
    onSuccess: invalidate,
  });
}

export function useReturnToCompliance(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: ReturnToComplianceInput) =>
      api.post<ViolationDetailView>(enforcementPaths.returnToCompliance(id), input),
    onSuccess: invalidate,
  });
}

export function useIssueAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: IssueActionInput) => api.post<EnforcementActionView>(enforcementPaths.actions, input),
    onSuccess: invalidate,
  });
}

export function useActionUpdate<I>(id: string, path: (id: string) => string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: I) => api.post<EnforcementActionView>(path(id), input),
    onSuccess: invalidate,
  });
}

export const useRecordResponse = (id: string) =>
  useActionUpdate<RecordResponseInput>(id, enforcementPaths.response);
export const usePenaltyCollected = (id: string) =>
  useActionUpdate<PenaltyCollectedInput>(id, enforcementPaths.penalty);
export const useEscalate = (id: string) => useActionUpdate<EscalateInput>(id, enforcementPaths.escalate);
export const useCloseAction = (id: string) => useActionUpdate<CloseActionInput>(id, enforcementPaths.close);
export const useGenerateLetter = (id: string) =>
  useActionUpdate<Record<string, never>>(id, enforcementPaths.letter);

export function useSaveGuide() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: ErpGuideInput) => api.put<ErpGuideView>(enforcementPaths.guide, input),
    onSuccess: invalidate,
  });
}
