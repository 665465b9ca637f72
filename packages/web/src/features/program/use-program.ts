import type {
  ProgramHealthView,
  ProgramSettingsInput,
  ProgramSettingsView,
} from '@outfall/domain/contracts/index';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export function useProgramHealth() {
  return useQuery({
    queryKey: ['program', 'health'],
    queryFn: () => api.get<ProgramHealthView>('/api/v1/program/health'),
  });
}

export function useProgramSettings() {
  return useQuery({
    queryKey: ['program', 'settings'],
    queryFn: () => api.get<ProgramSettingsView>('/api/v1/program/settings'),
  });
}

export function useSaveProgramSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProgramSettingsInput) =>
      api.put<ProgramSettingsView>('/api/v1/program/settings', input),
    onSuccess: (view) => {
      client.setQueryData(['program', 'settings'], view);
      void client.invalidateQueries({ queryKey: ['program'] });
    },
  });
}
