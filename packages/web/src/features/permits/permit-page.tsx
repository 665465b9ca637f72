import { Anchor, Breadcrumbs, Stack, Tabs, Text } from '@mantine/core';
import type { PermitView } from '@outfall/domain/contracts/index';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { AuditEventList } from '../audit/audit-event-list';
import { useActiveMembership } from '../auth/use-session';
import { ConditionsView, ScheduleView } from './conditions-view';
import { LimitTables } from './limit-tables';
import { PermitActions } from './permit-actions';
import { PermitHeader } from './permit-header';
import { RequirementsView } from './requirements-view';
import { usePermit } from './use-permits';
import { VersionsPanel } from './version-compare';

function PermitTabs({ view }: { view: PermitView }) {
  const content = view.version.content;
  const limitCount = content.limitSets.reduce((n, s) => n + s.limits.length, 0);
  return (
    <Tabs defaultValue="limits" keepMounted={false}>
      <Tabs.List aria-label="Permit sections">
        <Tabs.Tab value="limits">Limits ({limitCount})</Tabs.Tab>
        <Tabs.Tab value="requirements">Monitoring & reporting</Tabs.Tab>
        {content.complianceSchedules.length > 0 ? (
          <Tabs.Tab value="schedule">Compliance schedule</Tabs.Tab>
        ) : null}
        <Tabs.Tab value="conditions">Conditions</Tabs.Tab>
        <Tabs.Tab value="versions">Versions ({view.versions.length})</Tabs.Tab>
        <Tabs.Tab value="history">History</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="limits" pt="md">
        <LimitTables content={content} />
      </Tabs.Panel>
      <Tabs.Panel value="requirements" pt="md">
        <RequirementsView content={content} />
      </Tabs.Panel>
      <Tabs.Panel value="schedule" pt="md">
        <ScheduleView content={content} />
      </Tabs.Panel>
      <Tabs.Panel value="conditions" pt="md">
        <ConditionsView content={content} />
      </Tabs.Panel>
      <Tabs.Panel value="versions" pt="md">
        <VersionsPanel permitId={view.permit.id} versions={view.versions} />
      </Tabs.Panel>
      <Tabs.Panel value="history" pt="md">
        <AuditEventList
          filters={{ subjectType: 'permit', subjectId: view.permit.id }}
          caption={`Audit history of permit ${view.permit.permitNumber}`}
          showSubject={false}
          emptyText="No recorded changes to this permit yet."
        />
      </Tabs.Panel>
    </Tabs>
  );
}

/** One permit: header, limits by outfall and season, requirements, versions, history. */
export function PermitPage() {
  const { id } = useParams();
  const permit = usePermit(id);
  const membership = useActiveMembership();
  const isAuthority = membership?.kind === 'authority';
  usePageTitle(permit.data ? `Permit ${permit.data.permit.permitNumber}` : 'Permit');
  return (
    <Stack gap="lg">
      <Breadcrumbs aria-label="Breadcrumb">
        <Anchor component={Link} to={isAuthority ? '/permits' : '/my-permits'}>
          {isAuthority ? 'Permits' : 'My permits'}
        </Anchor>
        {isAuthority && permit.data ? (
          <Anchor component={Link} to={`/facilities/${permit.data.permit.facilityId}`}>
            {permit.data.permit.facilityName}
          </Anchor>
        ) : null}
        <Text>{permit.data ? permit.data.permit.permitNumber : 'Permit'}</Text>
      </Breadcrumbs>
      <QueryState query={permit} label="the permit">
        {(view) => (
          <Stack gap="lg">
            <PermitHeader permit={view.permit} actions={<PermitActions view={view} />} />
            {!view.canEdit && !view.permit.isSelfManaged ? (
              <Text size="sm" c="dimmed">
                Issued by {view.permit.issuingAuthorityName}; only the authority can change it.
              </Text>
            ) : null}
            <PermitTabs view={view} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
