import type {
  CreateFacilityInput,
  DesignationInput,
  FacilityClassificationPage,
  FacilityListItem,
  FacilityListQuery,
  FacilityProfileInput,
  FacilityProfileView,
  OrganizationView,
} from '@outfall/domain/contracts/index';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, toSearch } from '../../api/client';

const enc = encodeURIComponent;

export const facilityPaths = {
  list: '/api/v1/facilities',
  one: (id: string) => `/api/v1/facilities/${enc(id)}`,
  profile: (id: string) => `/api/v1/facilities/${enc(id)}/profile`,
  classification: (id: string) => `/api/v1/facilities/${enc(id)}/classification`,
  designation: (id: string) => `/api/v1/facilities/${enc(id)}/designation`,
  export: (format: 'csv' | 'xlsx', query: FacilityListQuery) =>
    `/api/v1/facilities.${format}${toSearch({ ...query })}`,
};

export function useFacilities(query: FacilityListQuery = {}) {
  return useQuery({
    queryKey: ['facilities', 'list', query],
    queryFn: () => api.get<FacilityListItem[]>(facilityPaths.list, { ...query }),
  });
}

export function useFacility(id: string | undefined) {
  return useQuery({
    queryKey: ['facilities', id],
    queryFn: () => api.get<OrganizationView>(facilityPaths.one(id ?? '')),
    enabled: Boolean(id),
  });
}

/** The profile, or null before the authority has written one. */
export function useFacilityProfile(id: string) {
  return useQuery({
    queryKey: ['facilities', id, 'profile'],
    queryFn: async () => {
      try {
        return await api.get<FacilityProfileView | null>(facilityPaths.profile(id));
      } catch (error) {
        if (isApiError(error, 'not_found')) return null;
        throw error;
      }
    },
  });
}

export function useFacilityClassification(id: string) {
  return useQuery({
    queryKey: ['facilities', id, 'classification'],
    queryFn: () => api.get<FacilityClassificationPage>(facilityPaths.classification(id)),
  });
}

function useInvalidateFacility(id: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['facilities'] });
    void queryClient.invalidateQueries({ queryKey: ['audit'] });
    void queryClient.invalidateQueries({ queryKey: ['facilities', id] });
  };
}

export function useUpdateFacilityProfile(id: string) {
  const invalidate = useInvalidateFacility(id);
  return useMutation({
    mutationFn: (input: FacilityProfileInput) =>
      api.put<FacilityProfileView>(facilityPaths.profile(id), input),
    onSuccess: invalidate,
  });
}

export function useDesignateFacility(id: string) {
  const invalidate = useInvalidateFacility(id);
  return useMutation({
    mutationFn: (input: DesignationInput) => api.post<unknown>(facilityPaths.designation(id), input),
    onSuccess: invalidate,
  });
}

export function useCreateFacility() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateFacilityInput) => api.post<OrganizationView>(facilityPaths.list, input),
    onSuccess: (facility) => {
      queryClient.setQueryData(['facilities', facility.id], facility);
      void queryClient.invalidateQueries({ queryKey: ['facilities', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}
