import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  CreateSignatoryAuthorizationInput,
  type SignatoryAuthorizationView,
} from '@outfall/domain/contracts/index';
import { type FormEvent, useState } from 'react';
import { FieldIssues } from '../../ui/field-issues';
import { type FieldErrors, serverFieldErrors, validate } from '../../ui/form-validation';
import { formatDateTime } from '../../ui/labels';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { FacilityPicker, useFacilityChoice } from '../monitoring/facility-choice';
import { useMembers } from '../team/use-team';
import { today } from './report-labels';
import {
  useCreateAuthorization,
  useReceiveAuthorization,
  useSignatoryAuthorizations,
  useSupersedeAuthorization,
} from './use-reports';

/** 403.12(l)(3): the facility writes an authorization naming a person or a position. */
function NewAuthorizationForm({ facilityId }: { facilityId: string }) {
  const members = useMembers();
  const create = useCreateAuthorization();
  const [by, setBy] = useState<'person' | 'position'>('person');
  const [delegateUserId, setDelegate] = useState<string | null>(null);
  const [position, setPosition] = useState('');
  const [principalName, setPrincipalName] = useState('');
  const [principalTitle, setPrincipalTitle] = useState('');
  const [signedOn, setSignedOn] = useState(today());
  const [errors, setErrors] = useState<FieldErrors>({});
  const fieldErrors = { ...serverFieldErrors(create.error), ...errors };
  const shown = ['delegateUserId', 'position', 'principalName', 'principalTitle', 'signedOn'];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate<CreateSignatoryAuthorizationInput>(CreateSignatoryAuthorizationInput, {
      facilityId,
      delegateUserId: by === 'person' ? delegateUserId : null,
      position: by === 'position' ? position.trim() || null : null,
      principalName,
      principalTitle,
      signedOn,
    });
    if (!result.ok) {
      const next = { ...result.errors };
      if (by === 'position' && next.delegateUserId) next.position = next.delegateUserId;
      return setErrors(next);
    }
    setErrors({});
    create.mutate(result.data, {
      onSuccess: () => {
        setDelegate(null);
        setPosition('');
      },
    });
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="new-authorization-title">
      <form onSubmit={onSubmit} noValidate aria-labelledby="new-authorization-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="new-authorization-title">
            Record a written authorization
          </Title>
          <Text size="sm" c="dimmed">
            A responsible official authorizes a person, or a position, to sign reports. It counts once the
            control authority has recorded its receipt.
          </Text>
          <FieldIssues error={create.error} title="The authorization was not saved" shownPaths={shown} />
          <div>
            <Text size="sm" fw={500} id="authorization-by-label" mb={4}>
              Authorizes
            </Text>
            <SegmentedControl
              aria-labelledby="authorization-by-label"
              data={[
                { value: 'person', label: 'A person' },
                { value: 'position', label: 'A position' },
              ]}
              value={by}
              onChange={(v) => setBy(v as 'person' | 'position')}
            />
          </div>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {by === 'person' ? (
              <Select
                label="Authorized person"
                placeholder="Choose from your team"
                data={(members.data ?? []).map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }))}
                value={delegateUserId}
                onChange={setDelegate}
                searchable
                required
                error={fieldErrors.delegateUserId}
              />
            ) : (
              <TextInput
                label="Authorized position"
                placeholder="e.g. Plant manager"
                required
                value={position}
                onChange={(e) => setPosition(e.currentTarget.value)}
                error={fieldErrors.position}
              />
            )}
            <TextInput
              label="Date signed"
              type="date"
              required
              value={signedOn}
              onChange={(e) => setSignedOn(e.currentTarget.value)}
              error={fieldErrors.signedOn}
            />
            <TextInput
              label="Signed by (responsible official)"
              required
              value={principalName}
              onChange={(e) => setPrincipalName(e.currentTarget.value)}
              error={fieldErrors.principalName}
            />
            <TextInput
              label="Their title"
              placeholder="e.g. President"
              required
              value={principalTitle}
              onChange={(e) => setPrincipalTitle(e.currentTarget.value)}
              error={fieldErrors.principalTitle}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending}>
              Record authorization
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function who(a: SignatoryAuthorizationView): string {
  return a.delegateName ?? a.position ?? 'authorization';
}

function ReceiveButton({ authorization }: { authorization: SignatoryAuthorizationView }) {
  const receive = useReceiveAuthorization();
  const [receivedOn, setReceivedOn] = useState(today());
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label="Received on"
          aria-label={`Received on: ${who(authorization)}`}
          type="date"
          size="xs"
          value={receivedOn}
          onChange={(e) => setReceivedOn(e.currentTarget.value)}
        />
        <Button
          size="xs"
          loading={receive.isPending}
          onClick={() => receive.mutate({ id: authorization.id, receivedOn })}
          aria-label={`Record receipt: ${who(authorization)}`}
        >
          Record receipt
        </Button>
      </Group>
      {receive.error ? (
        <Text size="xs" c="red.9" role="alert">
          {receive.error.message}
        </Text>
      ) : null}
    </Stack>
  );
}

function SupersedeButton({ authorization }: { authorization: SignatoryAuthorizationView }) {
  const supersede = useSupersedeAuthorization();
  return (
    <Stack gap={4}>
      <Button
        size="xs"
        variant="default"
        loading={supersede.isPending}
        onClick={() => supersede.mutate(authorization.id)}
        aria-label={`Mark superseded: ${who(authorization)}`}
      >
        Mark superseded
      </Button>
      {supersede.error ? (
        <Text size="xs" c="red.9" role="alert">
          {supersede.error.message}
        </Text>
      ) : null}
    </Stack>
  );
}

function AuthorizationStatus({ a }: { a: SignatoryAuthorizationView }) {
  if (a.supersededAt) {
    return (
      <Badge color="gray" variant="light" c="gray.9">
        Superseded {formatDateTime(a.supersededAt)}
      </Badge>
    );
  }
  if (a.receivedByAuthorityOn) {
    return (
      <Badge color="green" variant="light" c="green.9">
        In force · received {a.receivedByAuthorityOn}
      </Badge>
    );
  }
  return (
    <Badge color="orange" variant="light" c="orange.9">
      Not yet received by the authority
    </Badge>
  );
}

function AuthorizationsTable({
  list,
  canReceive,
  canSupersede,
}: {
  list: SignatoryAuthorizationView[];
  canReceive: boolean;
  canSupersede: boolean;
}) {
  if (list.length === 0) return <Text c="dimmed">No written authorization is recorded.</Text>;
  const withActions = canReceive || canSupersede;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped>
        <Table.Caption>Written signatory authorizations (403.12(l)(3))</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Authorized</Table.Th>
            <Table.Th scope="col">Signed by</Table.Th>
            <Table.Th scope="col">Date signed</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            {withActions ? <Table.Th scope="col">Actions</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((a) => (
            <Table.Tr
              key={a.id}
              data-testid="authorization-row"
              data-superseded={a.supersededAt ? 'true' : undefined}
            >
              <Table.Th scope="row" fw={400}>
                <Text size="sm" fw={600} td={a.supersededAt ? 'line-through' : undefined}>
                  {who(a)}
                </Text>
                <Text size="xs" c="dimmed">
                  {a.delegateName ? 'Person' : 'Position'}
                  {a.delegateName && a.position ? ` · ${a.position}` : ''}
                </Text>
              </Table.Th>
              <Table.Td>
                {a.principalName}
                <Text size="xs" c="dimmed">
                  {a.principalTitle}
                </Text>
              </Table.Td>
              <Table.Td>{a.signedOn}</Table.Td>
              <Table.Td>
                <AuthorizationStatus a={a} />
              </Table.Td>
              {withActions ? (
                <Table.Td>
                  {a.supersededAt ? null : canReceive && !a.receivedByAuthorityOn ? (
                    <ReceiveButton authorization={a} />
                  ) : canSupersede ? (
                    <SupersedeButton authorization={a} />
                  ) : null}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The facility's written signatory authorizations; the authority records their receipt. */
export function SignatoryAuthorizationsPage() {
  usePageTitle('Signatory authorizations');
  const membership = useActiveMembership();
  const { isAuthority, facilityId, setFacilityId } = useFacilityChoice();
  const list = useSignatoryAuthorizations(facilityId);
  const canManage = !isAuthority && (membership?.role === 'admin' || membership?.role === 'manager');
  const canReceive = isAuthority && (membership?.role === 'admin' || membership?.role === 'coordinator');
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Signatory authorizations</Title>
        <Text c="dimmed" mt={4}>
          An authorized representative may sign reports only under a written authorization that the control
          authority has received and that is not superseded (40 CFR 403.12(l)).
        </Text>
      </div>
      {isAuthority ? <FacilityPicker value={facilityId} onChange={setFacilityId} /> : null}
      {canManage && facilityId ? <NewAuthorizationForm facilityId={facilityId} /> : null}
      {facilityId ? (
        <QueryState query={list} label="signatory authorizations">
          {(items) => <AuthorizationsTable list={items} canReceive={canReceive} canSupersede={canManage} />}
        </QueryState>
      ) : (
        <Text c="dimmed">Choose a facility to see its written authorizations.</Text>
      )}
    </Stack>
  );
}
