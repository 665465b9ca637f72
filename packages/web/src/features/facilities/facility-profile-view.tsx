import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { FacilityAddress, FacilityProfileView } from '@outfall/domain/contracts/index';
import type { ReactNode } from 'react';
import { CONTACT_ROLE_LABELS, STATUS_LABELS } from './facility-labels';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" fw={600} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

export function formatAddress(a: FacilityAddress): string {
  return [a.line1, a.line2, `${a.city}, ${a.state} ${a.postalCode}`].filter(Boolean).join(', ');
}

const FLOW_LABELS = {
  processGpd: 'Process',
  sanitaryGpd: 'Sanitary',
  nonContactCoolingGpd: 'Non-contact cooling',
  boilerBlowdownGpd: 'Boiler blowdown',
  otherGpd: 'Other non-domestic',
} as const;

/** The authority's record of the industrial user. */
export function FacilityProfileDetails({ profile }: { profile: FacilityProfileView }) {
  return (
    <Stack gap="md">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
        <Field label="Status">{STATUS_LABELS[profile.status]}</Field>
        <Field label="Site address">{formatAddress(profile.siteAddress)}</Field>
        <Field label="Mailing address">
          {profile.mailingAddress ? formatAddress(profile.mailingAddress) : 'Same as the site'}
        </Field>
        <Field label="NAICS / SIC">
          {[...profile.naicsCodes.map((c) => `NAICS ${c}`), ...profile.sicCodes.map((c) => `SIC ${c}`)].join(
            ', ',
          ) || '—'}
        </Field>
        <Field label="Categorical standards">
          {profile.categoricalStandards.length === 0
            ? 'None'
            : profile.categoricalStandards
                .map((s) => `40 CFR ${s.part} subpart ${s.subpart} (${s.partName}: ${s.subpartName})`)
                .join('; ')}
        </Field>
        <Field label="Process organic load">
          {profile.processOrganicLoadLbPerDay ? `${profile.processOrganicLoadLbPerDay} lb/day BOD` : '—'}
        </Field>
      </SimpleGrid>
      <div>
        <Title order={3} size="h5" mb={4}>
          Wastewater flows (average, gpd)
        </Title>
        <SimpleGrid component="dl" cols={{ base: 2, sm: 5 }} spacing="sm" m={0}>
          {(Object.keys(FLOW_LABELS) as (keyof typeof FLOW_LABELS)[]).map((key) => (
            <Field key={key} label={FLOW_LABELS[key]}>
              {profile.flows[key]}
            </Field>
          ))}
        </SimpleGrid>
      </div>
      {profile.contacts.length > 0 ? (
        <Table.ScrollContainer minWidth={480}>
          <Table withTableBorder>
            <caption className="visually-hidden">Contacts</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Contact</Table.Th>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">Phone</Table.Th>
                <Table.Th scope="col">E-mail</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {profile.contacts.map((c) => (
                <Table.Tr key={`${c.name}-${c.role}`}>
                  <Table.Td>
                    {c.name}
                    {c.title ? `, ${c.title}` : ''}
                  </Table.Td>
                  <Table.Td>{CONTACT_ROLE_LABELS[c.role]}</Table.Td>
                  <Table.Td>{c.phone ?? '—'}</Table.Td>
                  <Table.Td>{c.email ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {profile.notes ? <Text size="sm">{profile.notes}</Text> : null}
    </Stack>
  );
}
