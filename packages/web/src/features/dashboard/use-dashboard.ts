import type { AttentionView, DashboardView } from '@outfall/domain/contracts/index';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export function useDashboard() {
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: () => api.get<DashboardView>('/api/v1/dashboard'),
  });
}

/** What needs attention first for the active membership's role, each count linking to its list. */
export function useAttention() {
  return useQuery({
    queryKey: ['dashboard', 'attention'],
    queryFn: () => api.get<AttentionView>('/api/v1/dashboard/attention'),
  });
}
