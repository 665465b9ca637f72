import { Paper, Stack, Text, Title } from '@mantine/core';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { canInvite } from '../shell/navigation';
import { InviteForm } from './invite-form';
import { InvitationsTable, MembersTable } from './team-tables';
import { useInvitations, useMembers } from './use-team';

export function TeamPage() {
  usePageTitle('Team');
  const membership = useActiveMembership();
  const isAdmin = canInvite(membership);
  const isFacility = membership?.kind === 'facility';
  const members = useMembers();
  const invitations = useInvitations();

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Team</Title>
        <Text c="dimmed" mt={4}>
          People in {membership?.organizationName ?? 'your organization'} and what they may do.
        </Text>
      </div>
      <section aria-labelledby="members-heading">
        <Title order={2} size="h3" id="members-heading" mb="sm">
          Members
        </Title>
        <QueryState query={members} label="team members">
          {(list) => <MembersTable members={list} showSignatory={isFacility} />}
        </QueryState>
      </section>
      {isAdmin && membership ? (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="invite-heading">
          <Title order={2} size="h3" id="invite-heading" mb="sm">
            Invite someone
          </Title>
          <InviteForm membership={membership} />
        </Paper>
      ) : null}
      <section aria-labelledby="invitations-heading">
        <Title order={2} size="h3" id="invitations-heading" mb="sm">
          Pending invitations
        </Title>
        <QueryState query={invitations} label="invitations">
          {(list) => <InvitationsTable invitations={list} showSignatory={isFacility} />}
        </QueryState>
      </section>
    </Stack>
  );
}
