import type {
  ProgramReportSummaryView,
  ProgramReportView,
  SignProgramReportInput,
  UpdateProgramReportDraftInput,
} from '@outfall/domain/contracts/index';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

const BASE = '/api/v1/program-reports';
const enc = encodeURIComponent;

export type ProgramReportFormat = 'pdf' | 'xlsx' | 'xml';

export const programReportPaths = {
  list: BASE,
  one: (id: string) => `${BASE}/${enc(id)}`,
  prepare: (id: string) => `${BASE}/${enc(id)}/prepare`,
  draft: (id: string) => `${BASE}/${enc(id)}/draft`,
  ready: (id: string) => `${BASE}/${enc(id)}/ready`,
  sign: (id: string) => `${BASE}/${enc(id)}/sign`,
  download: (id: string, format: ProgramReportFormat) => `${BASE}/${enc(id)}/report.${format}`,
};

export function useProgramReports() {
  return useQuery({
    queryKey: ['program-reports', 'list'],
    queryFn: () => api.get<ProgramReportSummaryView[]>(programReportPaths.list),
  });
}

export function useProgramReport(id: string | null) {
  return useQuery({
    queryKey: ['program-reports', 'one', id],
    queryFn: () => api.get<ProgramReportView>(programReportPaths.one(id!)),
    enabled: Boolean(id),
  });
}

function useReportMutation<I>(id: string, call: (input: I) => Promise<ProgramReportView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (view) => {
      client.setQueryData(['program-reports', 'one', id], view);
      void client.invalidateQueries({ queryKey: ['program-reports', 'list'] });
    },
  });
}

export const usePrepareProgramReport = (id: string) =>
  useReportMutation<void>(id, () => api.post<ProgramReportView>(programReportPaths.prepare(id)));
export const useMarkProgramReportReady = (id: string) =>
  useReportMutation<void>(id, () => api.post<ProgramReportView>(programReportPaths.ready(id)));
export const useSaveProgramReportDraft = (id: string) =>
  useReportMutation<UpdateProgramReportDraftInput>(id, (input) =>
    api.put<ProgramReportView>(programReportPaths.draft(id), input),
  );
export const useSignProgramReport = (id: string) =>
  useReportMutation<SignProgramReportInput>(id, (input) =>
    api.post<ProgramReportView>(programReportPaths.sign(id), input),
  );
