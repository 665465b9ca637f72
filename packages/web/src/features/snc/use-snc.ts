import type {
  SncEvaluationView,
  SncFacilityView,
  SncProgramRow,
  SncPublicNoticeView,
} from '@outfall/domain/contracts/index';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toSearch } from '../../api/client';

const BASE = '/api/v1/snc';
const enc = encodeURIComponent;

export const sncPaths = {
  list: BASE,
  facility: (id: string) => `${BASE}/facilities/${enc(id)}`,
  evaluate: (id: string) => `${BASE}/facilities/${enc(id)}/evaluate`,
  notice: `${BASE}/public-notice`,
  noticePdf: (asOf?: string) => `${BASE}/public-notice.pdf${toSearch({ asOf })}`,
};

export function useSncList(windowEnd?: string) {
  return useQuery({
    queryKey: ['snc', 'list', windowEnd ?? null],
    queryFn: () => api.get<SncProgramRow[]>(sncPaths.list, { windowEnd }),
  });
}

export function useFacilitySnc(facilityId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['snc', 'facility', facilityId],
    queryFn: () => api.get<SncFacilityView>(sncPaths.facility(facilityId!)),
    enabled: Boolean(facilityId) && enabled,
  });
}

export function usePublicNotice(asOf?: string) {
  return useQuery({
    queryKey: ['snc', 'notice', asOf ?? null],
    queryFn: () => api.get<SncPublicNoticeView>(sncPaths.notice, { asOf }),
  });
}

/** "Evaluate now": re-runs one IU's window (the current one by default). */
export function useEvaluateSnc() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ facilityId, windowDate }: { facilityId: string; windowDate?: string }) =>
      api.post<SncEvaluationView>(sncPaths.evaluate(facilityId), windowDate ? { windowDate } : {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['snc'] }),
  });
}
