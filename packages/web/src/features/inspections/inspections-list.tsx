import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { InspectionListQuery } from '@outfall/domain/contracts/index';
import { Link } from 'react-router';
import { QueryState } from '../../ui/query-state';
import { INSPECTION_KIND_LABELS, INSPECTION_STATUS } from './inspection-labels';
import { useInspections } from './use-inspections';

type Query = { [K in keyof InspectionListQuery]?: InspectionListQuery[K] | undefined };

/** Inspections as cards (one column on a phone): facility, kind, date, inspector, status. */
export function InspectionsList({ query, empty }: { query: Query; empty: string }) {
  const list = useInspections(query);
  return (
    <QueryState query={list} label="inspections">
      {(rows) =>
        rows.length === 0 ? (
          <Text c="dimmed">{empty}</Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {rows.map((i) => {
              const status = INSPECTION_STATUS[i.status];
              return (
                <Card key={i.id} withBorder padding="sm" component="li" data-testid="inspection-row">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <div>
                      <Anchor component={Link} to={`/inspections/${i.id}`} fw={600}>
                        {i.facilityName}
                      </Anchor>
                      <Text size="sm">
                        {INSPECTION_KIND_LABELS[i.kind]}
                        {i.includesSampling ? ' with sampling' : ''}
                        {i.announced ? '' : ' · unannounced'}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {i.inspectedOn ? `Inspected ${i.inspectedOn}` : `Scheduled ${i.scheduledDate}`}
                        {i.assignedUserName ? ` · ${i.assignedUserName}` : ' · not assigned'}
                      </Text>
                    </div>
                    <Badge color={status.color} variant="light">
                      {status.label}
                    </Badge>
                  </Group>
                </Card>
              );
            })}
          </Stack>
        )
      }
    </QueryState>
  );
}
