import type {
  CheckValueInput,
  DailyFlowInput,
  DailyFlowRecorded,
  LabFileInput,
  LabImportPreview,
  LabImportResult,
  LabMappingView,
  RecordedResults,
  ResultListQuery,
  ResultView,
  SampleEntryInput,
  SamplingEvent,
  ScheduleQuery,
  TrendQuery,
  TrendView,
  TypedValueCheck,
  ViolationListQuery,
  ViolationView,
} from '@outfall/domain/contracts/index';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toSearch } from '../../api/client';

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

export function usePreviewLabFile() {
  return useMutation({
    mutationFn: (input: LabFileInput) => api.post<LabImportPreview>(monitoringPaths.preview, input),
  });
}

export function useImportLabFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LabFileInput) => api.post<LabImportResult>(monitoringPaths.imports, input),
    onSuccess: () => invalidateMonitoring(queryClient),
  });
}
