import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import type { DocumentSummaryView } from '@outfall/domain/contracts/index';
import { Link } from 'react-router';
import { fileSizeText, mediaTypeLabel } from '../reports/report-attachments';
import { documentKindLabel, VISIBILITY_LABELS } from './document-labels';
import { Excerpt } from './excerpt';

interface DocumentsTableProps {
  documents: DocumentSummaryView[];
  caption: string;
  /** Authority view: whose document it is. */
  showOrganization: boolean;
  emptyText: string;
}

export function VisibilityBadge({ visibility }: { visibility: DocumentSummaryView['visibility'] }) {
  return (
    <Badge
      variant="light"
      color={visibility === 'shared' ? 'teal' : 'gray'}
      c={visibility === 'shared' ? 'teal.9' : 'gray.9'}
      style={{ flexShrink: 0 }}
    >
      {VISIBILITY_LABELS[visibility]}
    </Badge>
  );
}

/** Documents: title with its file (and the search excerpt), kind, owner, date, visibility and tags. */
export function DocumentsTable({ documents, caption, showOrganization, emptyText }: DocumentsTableProps) {
  if (documents.length === 0) return <Text c="dimmed">{emptyText}</Text>;
  return (
    <Table.ScrollContainer minWidth={showOrganization ? 900 : 760}>
      <Table striped highlightOnHover>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Document</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            {showOrganization ? <Table.Th scope="col">Organization</Table.Th> : null}
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">Visibility</Table.Th>
            <Table.Th scope="col">Tags</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((d) => (
            <Table.Tr key={d.id} data-testid="document-row">
              <Table.Th scope="row" fw={400} maw={420}>
                <Anchor component={Link} to={`/documents/${d.id}`} fw={600} size="sm">
                  {d.title}
                </Anchor>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {d.fileName} · {mediaTypeLabel(d.mediaType)} · {fileSizeText(d.size)}
                  {d.currentVersion > 1 ? ` · version ${d.currentVersion}` : ''}
                </Text>
                {d.excerpt ? <Excerpt text={d.excerpt} /> : null}
              </Table.Th>
              <Table.Td>{documentKindLabel(d.kind)}</Table.Td>
              {showOrganization ? <Table.Td>{d.organizationName}</Table.Td> : null}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.documentDate}</Table.Td>
              <Table.Td>
                <VisibilityBadge visibility={d.visibility} />
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {d.tags.map((tag) => (
                    <Badge key={tag} variant="outline" color="gray" c="gray.9" tt="none" size="sm">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
