import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { EnforcementActionType, EnforcementActionView } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { serverFieldErrors } from '../../ui/form-validation';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { ComplianceSchedule } from './compliance-schedule';
import { DatedNoteForm } from './dated-note-form';
import { ACTION_TYPE_LABEL, addDaysIso, money, STATUS_LABEL, todayIso } from './enforcement-labels';
import {
  enforcementPaths,
  useAction,
  useCloseAction,
  useEscalate,
  useGenerateLetter,
  usePenaltyCollected,
  useRecordResponse,
} from './use-enforcement';

const ISSUERS = new Set(['admin', 'director', 'coordinator']);

/** One enforcement action: details, letter, response, penalty, escalation and closing. */
export function EnforcementActionPage() {
  const { id } = useParams();
  usePageTitle('Enforcement action');
  const action = useAction(id);
  return (
    <QueryState query={action} label="the enforcement action">
      {(a) => <ActionBody key={a.id} action={a} />}
    </QueryState>
  );
}

function Row({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="40%">
        {label}
      </Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );
}

function ActionBody({ action: a }: { action: EnforcementActionView }) {
  const membership = useActiveMembership();
  const canAct = membership?.kind === 'authority' && ISSUERS.has(membership.role);
  const active = a.status === 'open' || a.status === 'responded';
  return (
    <Stack gap="lg">
      <div>
        <Text size="sm" c="dimmed">
          <Anchor component={Link} to="/enforcement">
            Enforcement
          </Anchor>{' '}
          · {a.facilityName}
        </Text>
        <Title order={1}>
          {ACTION_TYPE_LABEL[a.type]} — {a.facilityName}
        </Title>
        <Group gap="xs" mt="xs">
          <Badge>{STATUS_LABEL[a.status]}</Badge>
          <Badge variant="light">
            level {a.level}
            {a.formal ? ' · formal' : ' · informal'}
          </Badge>
          {a.overdue ? (
            <Badge color="red" data-testid="response-overdue">
              Response overdue since {a.responseDue}
            </Badge>
          ) : null}
        </Group>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Details
          </Title>
          <Table>
            <Table.Tbody>
              <Row label="Issued on" value={a.issuedOn} />
              <Row label="Response due" value={a.responseDue ?? '—'} />
              <Row label="Official" value={a.officialTitle} />
              <Row label="Issued by" value={a.issuedByName ?? '—'} />
              {a.summary ? <Row label="Internal summary" value={a.summary} /> : null}
              <Row label="Requirements" value={a.requirements ?? '—'} />
              {a.penaltyAssessed ? <Row label="Penalty assessed" value={money(a.penaltyAssessed)} /> : null}
              {a.penaltyAssessed ? (
                <Row
                  label="Penalty collected"
                  value={`${money(a.penaltyCollected ?? '0')}${a.penaltyCollectedOn ? ` (last ${a.penaltyCollectedOn})` : ''}`}
                />
              ) : null}
              {a.judicialKind ? <Row label="Judicial action" value={a.judicialKind} /> : null}
              <Row
                label="Facility response"
                value={a.respondedOn ? `${a.respondedOn}: ${a.responseNote ?? ''}` : 'none yet'}
              />
              {a.escalatedFromId ? (
                <Row
                  label="Escalated from"
                  value={
                    <Anchor component={Link} to={`/enforcement/${a.escalatedFromId}`}>
                      the previous action
                    </Anchor>
                  }
                />
              ) : null}
              {a.escalatedToId ? (
                <Row
                  label="Escalated to"
                  value={
                    <Anchor component={Link} to={`/enforcement/${a.escalatedToId}`}>
                      the next action
                    </Anchor>
                  }
                />
              ) : null}
              {a.closedOn ? <Row label="Closed" value={`${a.closedOn}: ${a.closedReason ?? ''}`} /> : null}
            </Table.Tbody>
          </Table>
        </Card>
        <Stack>
          <Letter action={a} canAct={canAct} />
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              Violations answered
            </Title>
            {a.violations.length === 0 ? (
              <Text c="dimmed">None linked.</Text>
            ) : (
              <Stack gap={4}>
                {a.violations.map((v) => (
                  <Text key={v.id} size="sm">
                    <Anchor component={Link} to={`/violations/${v.id}`}>
                      {v.text}
                    </Anchor>{' '}
                    <Badge size="xs" color={v.status === 'open' ? 'red' : 'gray'}>
                      {v.status}
                    </Badge>
                  </Text>
                ))}
              </Stack>
            )}
          </Card>
          {a.complianceSchedule.length > 0 ? <ComplianceSchedule action={a} canRecord={canAct} /> : null}
        </Stack>
      </SimpleGrid>
      {canAct && active ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {a.status === 'open' ? <RecordResponse action={a} /> : null}
          {a.penaltyAssessed ? <PenaltyCollected action={a} /> : null}
          {a.nextResponses.length > 0 ? <Escalate action={a} /> : null}
          <Close action={a} />
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}

function Letter({ action: a, canAct }: { action: EnforcementActionView; canAct: boolean }) {
  const generate = useGenerateLetter(a.id);
  const label = a.type === 'notice_of_violation' ? 'Generate NOV letter' : 'Generate letter';
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Letter
      </Title>
      {a.letterDocumentId ? (
        <Group>
          <Button
            component="a"
            href={enforcementPaths.letterPdf(a.id)}
            variant="light"
            data-testid="letter-download"
          >
            Download letter (PDF)
          </Button>
          <Anchor component={Link} to={`/documents/${a.letterDocumentId}`} size="sm">
            In the document library
          </Anchor>
        </Group>
      ) : canAct ? (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            From the program's letter template, filed in the document library and shared with the facility.
          </Text>
          <Group>
            <Button onClick={() => generate.mutate({})} loading={generate.isPending}>
              {label}
            </Button>
          </Group>
          <ErrorAlert error={generate.error} title="The letter was not generated" />
        </Stack>
      ) : (
        <Text c="dimmed">No letter yet.</Text>
      )}
    </Card>
  );
}

function RecordResponse({ action: a }: { action: EnforcementActionView }) {
  const mutation = useRecordResponse(a.id);
  return (
    <DatedNoteForm
      title="Record the facility's response"
      formLabel="Record response"
      date={{ label: 'Received on', field: 'respondedOn' }}
      note={{ label: 'Response', field: 'note' }}
      submitLabel="Record response"
      error={mutation.error}
      pending={mutation.isPending}
      onSubmit={(respondedOn, note) => mutation.mutate({ respondedOn, note })}
    />
  );
}

function PenaltyCollected({ action: a }: { action: EnforcementActionView }) {
  const mutation = usePenaltyCollected(a.id);
  const [amount, setAmount] = useState('');
  const [collectedOn, setCollectedOn] = useState(todayIso());
  const err = serverFieldErrors(mutation.error);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Penalty payment
      </Title>
      <form
        aria-label="Record penalty payment"
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate({ amount: amount.trim(), collectedOn }, { onSuccess: () => setAmount('') });
        }}
      >
        <Stack>
          <TextInput
            label="Amount collected (USD)"
            placeholder="750.00"
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            inputMode="decimal"
            error={err.amount}
            required
          />
          <TextInput
            type="date"
            label="Collected on"
            value={collectedOn}
            onChange={(e) => setCollectedOn(e.currentTarget.value)}
            error={err.collectedOn}
            required
          />
          {mutation.error && !err.amount ? <ErrorAlert error={mutation.error} /> : null}
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              Record payment
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function Escalate({ action: a }: { action: EnforcementActionView }) {
  const navigate = useNavigate();
  const mutation = useEscalate(a.id);
  const first = a.nextResponses[0]!;
  const [type, setType] = useState<EnforcementActionType>(first.type);
  const next = a.nextResponses.find((n) => n.type === type) ?? first;
  const [issuedOn, setIssuedOn] = useState(todayIso());
  const [responseDue, setResponseDue] = useState(addDaysIso(todayIso(), Math.max(next.timeFrameDays, 15)));
  const err = serverFieldErrors(mutation.error);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Escalate
      </Title>
      <form
        aria-label="Escalate"
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate(
            { type, issuedOn, responseDue: responseDue || null },
            { onSuccess: (created) => void navigate(`/enforcement/${created.id}`) },
          );
        }}
      >
        <Stack>
          <Select
            label="Next step"
            data={a.nextResponses.map((n) => ({
              value: n.type,
              label: `${ACTION_TYPE_LABEL[n.type]} (${n.officialTitle})`,
            }))}
            value={type}
            onChange={(v) => v && setType(v as EnforcementActionType)}
            allowDeselect={false}
          />
          <Group grow>
            <TextInput
              type="date"
              label="Issued on"
              value={issuedOn}
              onChange={(e) => setIssuedOn(e.currentTarget.value)}
              error={err.issuedOn}
            />
            <TextInput
              type="date"
              label="Response due"
              value={responseDue}
              onChange={(e) => setResponseDue(e.currentTarget.value)}
              error={err.responseDue}
            />
          </Group>
          <ErrorAlert error={mutation.error} />
          <Group>
            <Button type="submit" color="orange" loading={mutation.isPending}>
              Escalate to {ACTION_TYPE_LABEL[type].toLowerCase()}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function Close({ action: a }: { action: EnforcementActionView }) {
  const mutation = useCloseAction(a.id);
  const [returned, setReturned] = useState(true);
  return (
    <DatedNoteForm
      title="Close"
      formLabel="Close action"
      date={{ label: 'Closed on', field: 'closedOn' }}
      note={{ label: 'Reason', field: 'reason' }}
      submitLabel="Close action"
      color="green"
      error={mutation.error}
      pending={mutation.isPending}
      onSubmit={(closedOn, reason) => mutation.mutate({ closedOn, reason, returnToCompliance: returned })}
    >
      <Checkbox
        label="The facility returned to compliance: close the open violations"
        checked={returned}
        onChange={(e) => setReturned(e.currentTarget.checked)}
      />
    </DatedNoteForm>
  );
}
