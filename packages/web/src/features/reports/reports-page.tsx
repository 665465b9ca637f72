import { Button, Group, Paper, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import type { ReportKind, ReportStatus } from '@outfall/domain/contracts/index';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import { FacilityPicker, useFacilityChoice } from '../monitoring/facility-choice';
import { KIND_OPTIONS, STATUS_OPTIONS } from './report-labels';
import { ReportsTable } from './reports-table';
import { useReports } from './use-reports';

function useFilter(key: string) {
  const [search, setSearch] = useSearchParams();
  const value = search.get(key);
  const set = (next: string | null) => {
    const params = new URLSearchParams(search);
    if (next) params.set(key, next);
    else params.delete(key);
    setSearch(params, { replace: true });
  };
  return [value, set] as const;
}

/** Status and kind filters, kept in the address. */
function ReportFilters({ withFacility }: { withFacility: boolean }) {
  const { facilityId, setFacilityId } = useFacilityChoice();
  const [status, setStatus] = useFilter('status');
  const [kind, setKind] = useFilter('kind');
  return (
    <Group align="flex-end" gap="md">
      {withFacility ? <FacilityPicker value={facilityId} onChange={setFacilityId} allowAll /> : null}
      <Select
        label="Status"
        placeholder="All statuses"
        data={STATUS_OPTIONS}
        value={status}
        onChange={setStatus}
        clearable
        w={{ base: '100%', xs: 220 }}
      />
      <Select
        label="Kind"
        placeholder="All kinds"
        data={KIND_OPTIONS}
        value={kind}
        onChange={setKind}
        clearable
        w={{ base: '100%', xs: 260 }}
      />
    </Group>
  );
}

function AllReports({ isAuthority }: { isAuthority: boolean }) {
  const { facilityId } = useFacilityChoice();
  const [search] = useSearchParams();
  const reports = useReports({
    facilityId: isAuthority ? (facilityId ?? undefined) : undefined,
    status: (search.get('status') as ReportStatus | null) ?? undefined,
    kind: (search.get('kind') as ReportKind | null) ?? undefined,
  });
  return (
    <Stack gap="md">
      <ReportFilters withFacility={isAuthority} />
      <QueryState query={reports} label="reports">
        {(list) => (
          <ReportsTable
            reports={list}
            showFacility={isAuthority}
            caption={isAuthority ? 'Reports of the facilities you regulate' : 'Your report obligations'}
          />
        )}
      </QueryState>
    </Stack>
  );
}

function SignatureQueue() {
  const reports = useReports({ queue: 'signature' });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="signature-queue-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="signature-queue-title">
          Waiting for your signature
        </Title>
        <QueryState query={reports} label="reports waiting for a signature">
          {(list) => (
            <ReportsTable
              reports={list}
              caption="Reports ready for signature"
              emptyText="No report is waiting for a signature."
            />
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}

function ReviewQueue() {
  const reports = useReports({ queue: 'review' });
  return (
    <QueryState query={reports} label="the review queue">
      {(list) => (
        <ReportsTable
          reports={list}
          showFacility
          caption="Submitted reports awaiting your review, oldest first"
          emptyText="No submitted report is waiting for review."
        />
      )}
    </QueryState>
  );
}

function LateReports({ showFacility }: { showFacility: boolean }) {
  const reports = useReports({ queue: 'late' });
  return (
    <QueryState query={reports} label="the overdue reports">
      {(list) => (
        <ReportsTable
          reports={list}
          showFacility={showFacility}
          caption="Reports past their due date and not yet submitted"
          emptyText="No report is overdue."
        />
      )}
    </QueryState>
  );
}

const AUTHORITY_TABS = new Set(['review', 'late', 'all']);

/** Report obligations: the facility's own, or the authority's review queue, overdue and all reports. */
export function ReportsPage() {
  usePageTitle('Reports');
  const membership = useActiveMembership();
  const isAuthority = membership?.kind === 'authority';
  const [tab, setTab] = useFilter('queue');
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Reports</Title>
          <Text c="dimmed" mt={4}>
            {isAuthority
              ? 'Reports submitted by the facilities you regulate: review, accept or return them.'
              : 'Your reporting obligations: prepare each from the record, sign and submit.'}
          </Text>
        </div>
        <Group gap="sm">
          <Button component={Link} to="/signatory-authorizations" variant="default">
            Signatory authorizations
          </Button>
          <Button component={Link} to="/verify" variant="default">
            Verify a copy of record
          </Button>
        </Group>
      </Group>
      {isAuthority ? (
        <Tabs value={tab && AUTHORITY_TABS.has(tab) ? tab : 'review'} onChange={setTab} keepMounted={false}>
          <Tabs.List aria-label="Report lists">
            <Tabs.Tab value="review">Review queue</Tabs.Tab>
            <Tabs.Tab value="late">Overdue</Tabs.Tab>
            <Tabs.Tab value="all">All reports</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="review" pt="md">
            <ReviewQueue />
          </Tabs.Panel>
          <Tabs.Panel value="late" pt="md">
            <LateReports showFacility />
          </Tabs.Panel>
          <Tabs.Panel value="all" pt="md">
            <AllReports isAuthority />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <Stack gap="lg">
          {membership?.signatory ? <SignatureQueue /> : null}
          {tab === 'late' ? (
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="late-reports-title">
              <Stack gap="sm">
                <Title order={2} size="h3" id="late-reports-title">
                  Overdue reports
                </Title>
                <LateReports showFacility={false} />
              </Stack>
            </Paper>
          ) : null}
          <AllReports isAuthority={false} />
        </Stack>
      )}
    </Stack>
  );
}
