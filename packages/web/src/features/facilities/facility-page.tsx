import { Anchor, Breadcrumbs, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import type { OrganizationView } from '@outfall/domain/contracts/index';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { AuditEventList } from '../audit/audit-event-list';
import { useActiveMembership, useCurrentSession } from '../auth/use-session';
import { FacilityMonitoringTab } from '../monitoring/facility-monitoring-tab';
import { PermitsTable } from '../permits/permits-table';
import { usePermits } from '../permits/use-permits';
import { canCreateFacility } from '../shell/navigation';
import { FacilitySncCard } from '../snc/facility-snc-card';
import { ClassificationTab } from './classification-tab';
import { ProfileTab } from './profile-tab';
import { useFacility } from './use-facilities';

const TABS = ['profile', 'classification', 'permits', 'monitoring'] as const;

function PermitsTab({ facility, canAdd }: { facility: OrganizationView; canAdd: boolean }) {
  const permits = usePermits({ facilityId: facility.id });
  return (
    <Stack gap="md">
      {canAdd ? (
        <Group gap="sm">
          <Button component={Link} to={`/permits/new?facilityId=${facility.id}`}>
            New permit
          </Button>
          <Button component={Link} to={`/permits/import?facilityId=${facility.id}`} variant="default">
            Import a permit
          </Button>
        </Group>
      ) : null}
      <QueryState query={permits} label="permits">
        {(list) => <PermitsTable permits={list} caption={`Permits of ${facility.name}`} showIssuer />}
      </QueryState>
    </Stack>
  );
}

interface FacilityViewProps {
  id: string | undefined;
  /** True on a facility user's own "My facility" page. */
  isOwn?: boolean;
}

function FacilityView({ id, isOwn = false }: FacilityViewProps) {
  const facility = useFacility(id);
  const membership = useActiveMembership();
  const [search, setSearch] = useSearchParams();
  const tab = TABS.find((t) => t === search.get('tab')) ?? 'profile';
  const canManage = canCreateFacility(membership);
  usePageTitle(facility.data?.name ?? (isOwn ? 'My facility' : 'Facility'));
  return (
    <Stack gap="lg">
      {isOwn ? null : (
        <Breadcrumbs aria-label="Breadcrumb">
          <Anchor component={Link} to="/facilities">
            Facilities
          </Anchor>
          <Text>{facility.data?.name ?? 'Facility'}</Text>
        </Breadcrumbs>
      )}
      <QueryState query={facility} label="the facility">
        {(data) => (
          <Stack gap="lg">
            <Title order={1}>{data.name}</Title>
            {isOwn ? null : <FacilitySncCard facilityId={data.id} />}
            <Tabs
              value={tab}
              onChange={(t) => setSearch(t && t !== 'profile' ? { tab: t } : {}, { replace: true })}
              keepMounted={false}
            >
              <Tabs.List aria-label="Facility sections">
                <Tabs.Tab value="profile">Profile</Tabs.Tab>
                <Tabs.Tab value="classification">Classification</Tabs.Tab>
                <Tabs.Tab value="permits">Permits</Tabs.Tab>
                {isOwn ? null : <Tabs.Tab value="monitoring">Monitoring</Tabs.Tab>}
              </Tabs.List>
              <Tabs.Panel value="profile" pt="md">
                <Stack gap="lg">
                  <ProfileTab facility={data} canEdit={canManage} />
                  <section aria-labelledby="history-heading">
                    <Title order={2} size="h3" id="history-heading" mb="sm">
                      History
                    </Title>
                    <AuditEventList
                      filters={{ subjectType: 'organization', subjectId: data.id }}
                      caption={`Audit history of ${data.name}`}
                      showSubject={false}
                      emptyText="No recorded changes to this facility yet."
                    />
                  </section>
                </Stack>
              </Tabs.Panel>
              <Tabs.Panel value="classification" pt="md">
                <ClassificationTab facilityId={data.id} canDesignate={canManage} />
              </Tabs.Panel>
              <Tabs.Panel value="permits" pt="md">
                <PermitsTab facility={data} canAdd={canManage} />
              </Tabs.Panel>
              {isOwn ? null : (
                <Tabs.Panel value="monitoring" pt="md">
                  <FacilityMonitoringTab facilityId={data.id} />
                </Tabs.Panel>
              )}
            </Tabs>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

/** An authority's view of one regulated facility. */
export function FacilityPage() {
  const { id } = useParams();
  return <FacilityView key={id} id={id} />;
}

/** A facility user's own facility. */
export function MyFacilityPage() {
  const session = useCurrentSession();
  const id = session.activeOrganizationId ?? undefined;
  return <FacilityView key={id} id={id} isOwn />;
}
