import type {
  AddInspectionFindingInput,
  AddInspectionFollowUpInput,
  ChecklistTemplateView,
  CreateDocumentInput,
  InspectionListQuery,
  InspectionPlanView,
  InspectionSummaryView,
  InspectionView,
  InspectorOptionView,
  ScheduleInspectionInput,
  UpdateInspectionInput,
} from '@outfall/domain/contracts/index';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

const BASE = '/api/v1/inspections';
const enc = encodeURIComponent;

export const inspectionPaths = {
  list: BASE,
  plan: `${BASE}/plan`,
  inspectors: `${BASE}/inspectors`,
  templates: `${BASE}/templates`,
  one: (id: string) => `${BASE}/${enc(id)}`,
  start: (id: string) => `${BASE}/${enc(id)}/start`,
  complete: (id: string) => `${BASE}/${enc(id)}/complete`,
  cancel: (id: string) => `${BASE}/${enc(id)}/cancel`,
  findings: (id: string) => `${BASE}/${enc(id)}/findings`,
  violation: (id: string, findingId: string) => `${BASE}/${enc(id)}/findings/${enc(findingId)}/violation`,
  followUps: (id: string) => `${BASE}/${enc(id)}/follow-ups`,
  completeFollowUp: (id: string, followUpId: string) =>
    `${BASE}/${enc(id)}/follow-ups/${enc(followUpId)}/complete`,
  pdf: (id: string) => `${BASE}/${enc(id)}/report.pdf`,
};

type Query<T> = { [K in keyof T]?: T[K] | undefined };

export function useInspectionPlan(year: number | null) {
  return useQuery({
    queryKey: ['inspections', 'plan', year],
    queryFn: () => api.get<InspectionPlanView>(inspectionPaths.plan, { year }),
  });
}

export function useInspections(query: Query<InspectionListQuery>) {
  return useQuery({
    queryKey: ['inspections', 'list', query],
    queryFn: () => api.get<InspectionSummaryView[]>(inspectionPaths.list, { ...query }),
  });
}

export function useInspection(id: string | undefined) {
  return useQuery({
    queryKey: ['inspections', 'one', id],
    queryFn: () => api.get<InspectionView>(inspectionPaths.one(id ?? '')),
    enabled: Boolean(id),
  });
}

export function useInspectors(enabled: boolean) {
  return useQuery({
    queryKey: ['inspections', 'inspectors'],
    queryFn: () => api.get<InspectorOptionView[]>(inspectionPaths.inspectors),
    enabled,
  });
}

export function useChecklistTemplates() {
  return useQuery({
    queryKey: ['inspections', 'templates'],
    queryFn: () => api.get<ChecklistTemplateView[]>(inspectionPaths.templates),
  });
}

/** Any change refreshes the inspection, the lists and the plan (and the deadlines it feeds). */
function useInspectionMutation<I>(call: (input: I) => Promise<InspectionView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (view) => {
      client.setQueryData(['inspections', 'one', view.id], view);
      void client.invalidateQueries({ queryKey: ['inspections', 'list'] });
      void client.invalidateQueries({ queryKey: ['inspections', 'plan'] });
      void client.invalidateQueries({ queryKey: ['deadlines'] });
    },
  });
}

export const useScheduleInspection = () =>
  useInspectionMutation((input: ScheduleInspectionInput) =>
    api.post<InspectionView>(inspectionPaths.list, input),
  );

export const useUpdateInspection = (id: string) =>
  useInspectionMutation((input: UpdateInspectionInput) =>
    api.put<InspectionView>(inspectionPaths.one(id), input),
  );

export const useStartInspection = (id: string) =>
  useInspectionMutation(() => api.post<InspectionView>(inspectionPaths.start(id)));

export const useCompleteInspection = (id: string) =>
  useInspectionMutation((inspectedOn: string | undefined) =>
    api.post<InspectionView>(inspectionPaths.complete(id), inspectedOn ? { inspectedOn } : {}),
  );

export const useCancelInspection = (id: string) =>
  useInspectionMutation((reason: string) => api.post<InspectionView>(inspectionPaths.cancel(id), { reason }));

export const useAddFinding = (id: string) =>
  useInspectionMutation((input: AddInspectionFindingInput) =>
    api.post<InspectionView>(inspectionPaths.findings(id), input),
  );

export const useRecordViolation = (id: string) =>
  useInspectionMutation((findingId: string) =>
    api.post<InspectionView>(inspectionPaths.violation(id, findingId)),
  );

export const useAddFollowUp = (id: string) =>
  useInspectionMutation((input: AddInspectionFollowUpInput) =>
    api.post<InspectionView>(inspectionPaths.followUps(id), input),
  );

export const useCompleteFollowUp = (id: string) =>
  useInspectionMutation((followUpId: string) =>
    api.post<InspectionView>(inspectionPaths.completeFollowUp(id, followUpId)),
  );

/** A photo or document posted to the document library with a link to the inspection. */
export function useUploadInspectionDocument(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateDocumentInput) => api.post('/api/v1/documents', input),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['inspections', 'one', id] });
      void client.invalidateQueries({ queryKey: ['documents'] });
    },
  });
}
