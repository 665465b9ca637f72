import { Anchor, Breadcrumbs, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { OrganizationView } from '@outfall/domain/contracts/index';
import { Link, useParams } from 'react-router';
import { formatDateTime, KIND_LABELS } from '../../ui/labels';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { AuditEventList } from '../audit/audit-event-list';
import { useCurrentSession } from '../auth/use-session';
import { useFacility } from './use-facilities';

function ProfileField({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed" fw={600} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {value}
      </Text>
    </div>
  );
}

function FacilityProfile({ facility }: { facility: OrganizationView }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="profile-heading">
      <Title order={2} size="h3" id="profile-heading" mb="sm">
        Profile
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
        <ProfileField label="Name" value={facility.name} />
        <ProfileField label="Kind" value={KIND_LABELS[facility.kind]} />
        <ProfileField label="Regulated by" value={facility.regulatedByName ?? 'Not regulated on Outfall'} />
        <ProfileField label="Added" value={formatDateTime(facility.createdAt)} />
      </SimpleGrid>
    </Paper>
  );
}

interface FacilityViewProps {
  id: string | undefined;
  /** True on a facility user's own "My facility" page. */
  isOwn?: boolean;
}

function FacilityView({ id, isOwn = false }: FacilityViewProps) {
  const facility = useFacility(id);
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
            <FacilityProfile facility={data} />
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
