import type { CreateFacilityInput, OrganizationView } from '@outfall/domain/contracts/index';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export function useFacilities() {
  return useQuery({
    queryKey: ['facilities'],
    queryFn: () => api.get<OrganizationView[]>('/api/v1/facilities'),
  });
}

export function useFacility(id: string | undefined) {
  return useQuery({
    queryKey: ['facilities', id],
    queryFn: () => api.get<OrganizationView>(`/api/v1/facilities/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
  });
}

export function useCreateFacility() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateFacilityInput) => api.post<OrganizationView>('/api/v1/facilities', input),
    onSuccess: (facility) => {
      queryClient.setQueryData(['facilities', facility.id], facility);
      void queryClient.invalidateQueries({ queryKey: ['facilities'], exact: true });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}
