import type { InvitationView, InviteInput, MemberView } from '@outfall/domain/contracts/index';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export function useMembers() {
  return useQuery({
    queryKey: ['team', 'members'],
    queryFn: () => api.get<MemberView[]>('/api/v1/organizations/current/members'),
  });
}

export function useInvitations() {
  return useQuery({
    queryKey: ['team', 'invitations'],
    queryFn: () => api.get<InvitationView[]>('/api/v1/organizations/current/invitations'),
  });
}

export function useInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteInput) =>
      api.post<InvitationView>('/api/v1/organizations/current/invitations', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['team', 'invitations'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}
