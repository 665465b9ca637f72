import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { DocumentView } from '@outfall/domain/contracts/index';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/labels';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useActiveMembership } from '../auth/use-session';
import {
  type DocumentDraft,
  DocumentFields,
  draftInput,
  draftOf,
  draftProblem,
  useSharedWith,
} from './document-fields';
import { documentKindLabel, LINK_KIND_LABELS } from './document-labels';
import { RetentionPanel } from './document-retention';
import { NewVersionForm, VersionsSection } from './document-versions';
import { VisibilityBadge } from './documents-table';
import { useDocument, useUpdateDocument } from './use-documents';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" fw={600} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

function Details({ view }: { view: DocumentView }) {
  const sharedWith = useSharedWith(view.organizationId);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Document details">
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" m={0}>
        <Field label="Organization">{view.organizationName}</Field>
        <Field label="Kind">{documentKindLabel(view.kind)}</Field>
        <Field label="Visibility">
          <span data-testid="document-visibility">
            {view.visibility === 'shared'
              ? `Shared: also visible to ${sharedWith}`
              : 'Private: your organization only'}
          </span>
        </Field>
        <Field label="Document date">{view.documentDate}</Field>
        {view.expiresOn ? <Field label="Expires on">{view.expiresOn}</Field> : null}
        <Field label="Tags">{view.tags.length ? view.tags.join(', ') : '—'}</Field>
        <Field label="Added">{formatDateTime(view.createdAt)}</Field>
        <Field label="Current version">{view.currentVersion}</Field>
      </SimpleGrid>
    </Paper>
  );
}

function Links({ view }: { view: DocumentView }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="links-title">
      <Title order={2} size="h3" id="links-title">
        Linked records
      </Title>
      {view.links.length === 0 ? (
        <Text c="dimmed">Not linked to any record.</Text>
      ) : (
        <List spacing={4} data-testid="document-links">
          {view.links.map((link) => (
            <List.Item key={`${link.kind}:${link.id}`}>
              <Text span size="sm" c="dimmed">
                {LINK_KIND_LABELS[link.kind]}:{' '}
              </Text>
              {link.href ? (
                <Anchor component={Link} to={link.href}>
                  {link.label}
                </Anchor>
              ) : (
                link.label
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function EditDetails({ view, onDone }: { view: DocumentView; onDone: () => void }) {
  const membership = useActiveMembership();
  const update = useUpdateDocument(view.id);
  const [draft, setDraft] = useState<DocumentDraft>(() => draftOf(view));
  const problem = draftProblem(draft);
  // An authority's own document may concern any facility it regulates; a facility's, its own records.
  const facilityId =
    membership?.kind === 'authority' && view.organizationId === membership.organizationId
      ? null
      : view.organizationId;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="edit-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="edit-title">
          Edit details
        </Title>
        <DocumentFields
          value={draft}
          onChange={setDraft}
          organizationId={view.organizationId}
          facilityId={facilityId}
          disabled={update.isPending}
        />
        <ErrorAlert error={update.error} title="The details were not saved" />
        <Group gap="sm">
          <Button
            onClick={() => update.mutate(draftInput(draft), { onSuccess: onDone })}
            loading={update.isPending}
            disabled={Boolean(problem)}
          >
            Save details
          </Button>
          <Button variant="default" onClick={onDone} disabled={update.isPending}>
            Cancel
          </Button>
          {problem ? (
            <Text size="sm" c="red.9">
              {problem}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

function DocumentWorkspace({ view }: { view: DocumentView }) {
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Group gap="sm" align="center">
            <Title order={1} style={{ overflowWrap: 'anywhere' }}>
              {view.title}
            </Title>
            <VisibilityBadge visibility={view.visibility} />
          </Group>
          <Group gap={6} mt={4}>
            <Text c="dimmed">
              {documentKindLabel(view.kind)} · {view.organizationName} · version {view.currentVersion}
            </Text>
            {view.tags.map((tag) => (
              <Badge key={tag} variant="outline" color="gray" c="gray.9" tt="none" size="sm">
                {tag}
              </Badge>
            ))}
          </Group>
        </div>
        {view.can.edit && !editing ? (
          <Button variant="default" onClick={() => setEditing(true)}>
            Edit details
          </Button>
        ) : null}
      </Group>
      {editing ? <EditDetails view={view} onDone={() => setEditing(false)} /> : <Details view={view} />}
      <Links view={view} />
      <VersionsSection view={view} />
      {view.can.edit ? <NewVersionForm view={view} /> : null}
      <RetentionPanel view={view} />
    </Stack>
  );
}

/** One document: details, linked records, versions with preview, a new version, retention and holds. */
export function DocumentPage() {
  const { id } = useParams();
  const doc = useDocument(id);
  usePageTitle(doc.data ? doc.data.title : 'Document');
  return (
    <Stack gap="lg">
      <Breadcrumbs aria-label="Breadcrumb" style={{ flexWrap: 'wrap' }}>
        <Anchor component={Link} to="/documents">
          Documents
        </Anchor>
        <Text style={{ overflowWrap: 'anywhere' }}>{doc.data ? doc.data.title : 'Document'}</Text>
      </Breadcrumbs>
      <QueryState query={doc} label="the document">
        {(view) => <DocumentWorkspace key={view.id} view={view} />}
      </QueryState>
    </Stack>
  );
}
