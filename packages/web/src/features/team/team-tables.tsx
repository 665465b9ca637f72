import { Badge, Table, Text } from '@mantine/core';
import type { InvitationView, MemberView } from '@outfall/domain/contracts/index';
import { formatDateTime, ROLE_LABELS, SIGNATORY_LABELS } from '../../ui/labels';

interface MembersTableProps {
  members: readonly MemberView[];
  /** 403.12(l) signatories exist only in facilities. */
  showSignatory: boolean;
}

export function MembersTable({ members, showSignatory }: MembersTableProps) {
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped data-testid="members-table">
        <caption className="visually-hidden">Team members ({members.length})</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Person</Table.Th>
            <Table.Th scope="col">{showSignatory ? 'Role and signatory' : 'Role'}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr key={m.userId}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {m.name}
                </Text>
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {m.email}
                </Text>
              </Table.Td>
              <Table.Td>
                {ROLE_LABELS[m.role]}
                {showSignatory && m.signatory ? (
                  <Text size="xs" fw={700} c="blue.9" mt={2}>
                    Signatory: {SIGNATORY_LABELS[m.signatory]}
                  </Text>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface InvitationsTableProps {
  invitations: readonly InvitationView[];
  showSignatory: boolean;
}

export function InvitationsTable({ invitations, showSignatory }: InvitationsTableProps) {
  const pending = invitations.filter((i) => !i.acceptedAt);
  if (pending.length === 0) return <Text c="dimmed">No pending invitations.</Text>;
  const now = Date.now();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped data-testid="invitations-table">
        <caption className="visually-hidden">Pending invitations ({pending.length})</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">E-mail</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            {showSignatory ? <Table.Th scope="col">Signatory</Table.Th> : null}
            <Table.Th scope="col">Expires</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pending.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>{i.email}</Table.Td>
              <Table.Td>{ROLE_LABELS[i.role]}</Table.Td>
              {showSignatory ? (
                <Table.Td>{i.signatory ? SIGNATORY_LABELS[i.signatory] : '—'}</Table.Td>
              ) : null}
              <Table.Td>
                {formatDateTime(i.expiresAt)}
                {new Date(i.expiresAt).getTime() < now ? (
                  <Badge color="red" variant="filled" ml="xs">
                    Expired
                  </Badge>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
