import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { DashboardView } from '@outfall/domain/contracts/index';
import { QueryState } from '../../ui/query-state';
import { StatCard } from '../../ui/stat-card';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { ProgramHealthSection } from '../program/program-health-section';
import { canViewAuditLog } from '../shell/navigation';
import { AttentionSection } from './attention-section';
import { useDashboard } from './use-dashboard';

function AuthorityStats({
  view,
  auditLink,
}: {
  view: Extract<DashboardView, { kind: 'authority' }>;
  auditLink?: string;
}) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }}>
      <StatCard
        label="Regulated facilities"
        value={view.facilities}
        to="/facilities"
        testId="stat-facilities"
      />
      <StatCard label="Team members" value={view.members} to="/team" testId="stat-members" />
      <StatCard
        label="Pending invitations"
        value={view.pendingInvitations}
        to="/team"
        testId="stat-invitations"
      />
      <StatCard
        label="Changes in the last 7 days"
        value={view.changesLast7Days}
        to={auditLink}
        testId="stat-changes"
      />
    </SimpleGrid>
  );
}

function FacilityStats({
  view,
  auditLink,
}: {
  view: Extract<DashboardView, { kind: 'facility' }>;
  auditLink?: string;
}) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }}>
      <StatCard label="Team members" value={view.members} to="/team" testId="stat-members" />
      <StatCard
        label="Signatories"
        value={view.signatories}
        hint="Responsible officials and authorized representatives"
        to="/team"
        testId="stat-signatories"
      />
      <StatCard
        label="Pending invitations"
        value={view.pendingInvitations}
        to="/team"
        testId="stat-invitations"
      />
      <StatCard
        label="Changes in the last 7 days"
        value={view.changesLast7Days}
        to={auditLink}
        testId="stat-changes"
      />
    </SimpleGrid>
  );
}

export function DashboardPage() {
  usePageTitle('Dashboard');
  const dashboard = useDashboard();
  const membership = useActiveMembership();
  const auditLink = canViewAuditLog(membership) ? '/audit' : undefined;

  return (
    <QueryState query={dashboard} label="the dashboard">
      {(view) => (
        <Stack gap="lg">
          <div>
            <Text size="sm" c="dimmed" fw={600}>
              Dashboard
            </Text>
            <Title order={1} data-testid="dashboard-organization">
              {view.organizationName}
            </Title>
            <Text c="dimmed" mt={4}>
              {view.kind === 'authority'
                ? 'Control authority: the facilities you regulate and your team.'
                : view.regulatedByName
                  ? `Facility regulated by ${view.regulatedByName}.`
                  : 'Facility: your regulator is not on Outfall.'}
            </Text>
          </div>
          <AttentionSection />
          {membership?.kind === 'authority' &&
          ['director', 'coordinator', 'admin'].includes(membership.role) ? (
            <Stack gap="sm">
              <Title order={2} size="h3">
                Program health
              </Title>
              <ProgramHealthSection />
            </Stack>
          ) : null}
          {view.kind === 'authority' ? (
            <AuthorityStats view={view} auditLink={auditLink} />
          ) : (
            <FacilityStats view={view} auditLink={auditLink} />
          )}
        </Stack>
      )}
    </QueryState>
  );
}
