import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { OrganizationView } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { formatDateTime, KIND_LABELS } from '../../ui/labels';
import { QueryState } from '../../ui/query-state';
import { FacilityProfileDetails } from './facility-profile-view';
import { FacilityProfileForm } from './profile/facility-profile-form';
import { useFacilityProfile } from './use-facilities';

function Field({ label, value }: { label: string; value: string }) {
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

/** The facility's profile, editable by the authority's administrators and coordinators. */
export function ProfileTab({ facility, canEdit }: { facility: OrganizationView; canEdit: boolean }) {
  const profile = useFacilityProfile(facility.id);
  const [isEditing, setEditing] = useState(false);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Profile">
      <Stack gap="md">
        <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="md" m={0}>
          <Field label="Kind" value={KIND_LABELS[facility.kind]} />
          <Field label="Regulated by" value={facility.regulatedByName ?? 'Not regulated on Outfall'} />
          <Field label="Added" value={formatDateTime(facility.createdAt)} />
        </SimpleGrid>
        <QueryState query={profile} label="the profile">
          {(view) =>
            isEditing ? (
              <FacilityProfileForm
                facilityId={facility.id}
                facilityName={facility.name}
                profile={view}
                onDone={() => setEditing(false)}
              />
            ) : (
              <Stack gap="md">
                {view ? (
                  <FacilityProfileDetails profile={view} />
                ) : (
                  <Text c="dimmed">No profile yet: addresses, codes, categorical standards and flows.</Text>
                )}
                {canEdit ? (
                  <Group>
                    <Button onClick={() => setEditing(true)}>{view ? 'Edit profile' : 'Add profile'}</Button>
                  </Group>
                ) : null}
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </Paper>
  );
}
