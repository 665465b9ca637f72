import type {
  CheckValueInput,
  DailyFlowInput,
  DailyFlowRecorded,
  LabFileInput,
  LabImportPreview,
  LabImportResult,
  LabMappingView,
  LabTokenView,
  RecordedResults,
  ResultListQuery,
  ResultView,
  SampleEntryInput,
  SamplingEvent,
  ScheduleQuery,
  SessionView,
  SweepResult,
  TrendQuery,
  TrendView,
  TypedValueCheck,
  ViolationListQuery,
  ViolationView,
} from '@outfall/domain/contracts/index';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toSearch } from '../../api/client';
import { SESSION_KEY } from '../../api/query-client';
import { postWithProgress, type UploadProgress } from './lab-upload';

const BASE = '/api/v1/monitoring';

export const monitoringPaths = {
  samples: `${BASE}/samples`,
  checkValue: `${BASE}/check-value`,
  results: `${BASE}/results`,
  violations: `${BASE}/violations`,
  schedule: `${BASE}/schedule`,
  preview: `${BASE}/imports/preview`,
  imports: `${BASE}/imports`,
  trends: `${BASE}/trends`,
  flows: `${BASE}/flows`,
  labMappings: `${BASE}/lab-mappings`,
  labTokens: `${BASE}/lab-tokens`,
  revokeLabToken: (id: string) => `${BASE}/lab-tokens/${id}/revoke`,
  sweep: `${BASE}/sweep`,
  /** Where a lab or LIMS posts results with its bearer token. */
  labApi: '/api/v1/lab-api/results',
  trendExport: (query: TrendQuery, format: 'csv' | 'xlsx') =>
    `${BASE}/trends/export${toSearch({ ...query, format })}`,
};

type Query<T> = { [K in keyof T]?: T[K] | undefined };

export function useResults(query: Query<ResultListQuery>, enabled = true) {
  return useQuery({
    queryKey: ['monitoring', 'results', query],
    queryFn: () =>
      api.get<ResultView[]>(monitoringPaths.results, {
        ...query,
        includeSuperseded: query.includeSuperseded ? 'true' : undefined,
      }),
    enabled,
  });
}

/** A facility's saved lab column mappings (one per lab). */
export function useLabMappings(facilityId: string | null) {
  return useQuery({
    queryKey: ['monitoring', 'lab-mappings', facilityId],
    queryFn: () => api.get<LabMappingView[]>(monitoringPaths.labMappings, { facilityId }),
    enabled: Boolean(facilityId),
  });
}

export function useViolations(query: Query<ViolationListQuery>) {
  return useQuery({
    queryKey: ['monitoring', 'violations', query],
    queryFn: () => api.get<ViolationView[]>(monitoringPaths.violations, { ...query }),
  });
}

export function useSchedule(query: Query<ScheduleQuery>) {
  return useQuery({
    queryKey: ['monitoring', 'schedule', query],
    queryFn: () => api.get<SamplingEvent[]>(monitoringPaths.schedule, { ...query }),
  });
}

export function useTrend(query: TrendQuery | null) {
  return useQuery({
    queryKey: ['monitoring', 'trend', query],
    queryFn: () => api.get<TrendView>(monitoringPaths.trends, { ...query }),
    enabled: query !== null,
  });
}

/** New results change lists, violations, the schedule, trends and the notification bell. */
export function invalidateMonitoring(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['monitoring'] });
  void queryClient.invalidateQueries({ queryKey: ['notifications'] });
}

export function useRecordSample() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SampleEntryInput) => api.post<RecordedResults>(monitoringPaths.samples, input),
    onSuccess: () => invalidateMonitoring(queryClient),
  });
}

export function useRecordFlow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DailyFlowInput) => api.post<DailyFlowRecorded>(monitoringPaths.flows, input),
    onSuccess: () => invalidateMonitoring(queryClient),
  });
}

export function checkValue(input: CheckValueInput): Promise<TypedValueCheck> {
  return api.post<TypedValueCheck>(monitoringPaths.checkValue, input);
}

/** The CSRF token of the cached session (the API client keeps the same one). */
function csrfOf(queryClient: QueryClient): string | null {
  return queryClient.getQueryData<SessionView | null>(SESSION_KEY)?.csrfToken ?? null;
}

/** A lab file's dry run; `onProgress` hears its upload, then the server's work. */
export function usePreviewLabFile(onProgress: (progress: UploadProgress) => void = () => {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LabFileInput) =>
      postWithProgress<LabImportPreview>(monitoringPaths.preview, input, csrfOf(queryClient), onProgress),
  });
}

export function useImportLabFile(onProgress: (progress: UploadProgress) => void = () => {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LabFileInput) =>
      postWithProgress<LabImportResult>(monitoringPaths.imports, input, csrfOf(queryClient), onProgress),
    onSuccess: () => invalidateMonitoring(queryClient),
  });
}

/** The token a lab or LIMS was just issued: shown once, never listed again. */
export interface LabTokenCreated {
  id: string;
  name: string;
  token: string;
}

/** A facility's lab/LIMS tokens, newest first (monitoring.manage). */
export function useLabTokens(facilityId: string | null, enabled = true) {
  return useQuery({
    queryKey: ['monitoring', 'lab-tokens', facilityId],
    queryFn: () => api.get<LabTokenView[]>(monitoringPaths.labTokens, { facilityId }),
    enabled: enabled && Boolean(facilityId),
  });
}

export function useCreateLabToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { facilityId: string; name: string }) =>
      api.post<LabTokenCreated>(monitoringPaths.labTokens, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['monitoring', 'lab-tokens'] }),
  });
}

export function useRevokeLabToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<void>(monitoringPaths.revokeLabToken(id)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['monitoring', 'lab-tokens'] }),
  });
}

/** Turns sampling slots that closed short into monitoring violations now, rather than at the daily sweep. */
export function useSweepMissedSamples() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { facilityId?: string; asOf?: string }) =>
      api.post<SweepResult>(monitoringPaths.sweep, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['monitoring', 'schedule'] });
      void queryClient.invalidateQueries({ queryKey: ['monitoring', 'violations'] });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}
