import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { PermitContent, PermitKind } from '@outfall/domain/contracts/index';
import { type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router';
import { FieldIssues } from '../../../ui/field-issues';
import { ConditionsEditor } from './conditions-editor';
import {
  type ContentUpdate,
  newLimitSet,
  type PathErrors,
  type PermitDraft,
  removeAt,
  replaceAt,
} from './draft';
import { IdentityFields, type Modification } from './identity-fields';
import { LimitSetEditor } from './limit-set-editor';
import { MonitoringEditor } from './monitoring-editor';
import { OutfallsEditor } from './outfalls-editor';
import { ReportingEditor } from './reporting-editor';
import { buildInput, type EditorMode, useSavePermit } from './use-save-permit';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

interface PermitEditorProps {
  mode: EditorMode;
  initial: PermitDraft;
  kinds: readonly PermitKind[];
  cancelTo: string;
}

/** Outfalls, limit sets and limits, requirements and conditions of one permit version. */
export function PermitEditor({ mode, initial, kinds, cancelTo }: PermitEditorProps) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const [modification, setModification] = useState<Modification | null>(
    mode.kind === 'modify' ? { reason: '', effectiveDate: '' } : null,
  );
  const [clientErrors, setClientErrors] = useState<PathErrors>({});
  const saving = useSavePermit(mode);
  const errors = { ...saving.serverErrors, ...clientErrors };
  const update: ContentUpdate = (fn) => setDraft((d) => ({ ...d, content: fn(d.content) }));
  const content: PermitContent = draft.content;

  const onSave = () => {
    const built = buildInput(mode, draft, modification);
    if (!built.ok) {
      setClientErrors(built.errors);
      saving.reset();
      return;
    }
    setClientErrors({});
    saving.save(built.input, (view) => navigate(`/permits/${view.permit.id}`));
  };
  const clientIssues = Object.entries(clientErrors);
  const saveLabel = mode.kind === 'modify' ? 'Save modification' : 'Save draft';

  return (
    <Stack gap="lg">
      <FieldIssues error={saving.error} title="The permit was not saved" />
      {clientIssues.length > 0 ? (
        <Alert color="red" variant="outline" role="alert" title="Fix these fields before saving">
          <List size="sm">
            {clientIssues.map(([path, message]) => (
              <List.Item key={path}>
                <strong>{path}</strong>: {message}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Section id="editor-permit" title="Permit">
        <IdentityFields
          draft={draft}
          onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
          errors={errors}
          kinds={kinds}
          modification={modification}
          onModificationChange={setModification}
        />
      </Section>
      <Section id="editor-outfalls" title="Outfalls">
        <OutfallsEditor outfalls={content.outfalls} errors={errors} update={update} />
      </Section>
      <Section id="editor-limits" title="Limit sets and limits">
        <Stack gap="md">
          {content.outfalls.length === 0 ? <Text c="dimmed">Add an outfall to set its limits.</Text> : null}
          {content.limitSets.map((set, i) => (
            <LimitSetEditor
              key={set.id}
              set={set}
              index={i}
              outfalls={content.outfalls}
              errors={errors}
              onChange={(next) => update((c) => ({ ...c, limitSets: replaceAt(c.limitSets, i, next) }))}
              onRemove={() => update((c) => ({ ...c, limitSets: removeAt(c.limitSets, i) }))}
            />
          ))}
          {content.outfalls[0] ? (
            <Group>
              <Button
                variant="default"
                onClick={() =>
                  update((c) => ({
                    ...c,
                    limitSets: [...c.limitSets, newLimitSet(c.outfalls[0]!.id, 'Year-round limits')],
                  }))
                }
              >
                Add limit set
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Section>
      <Section id="editor-monitoring" title="Monitoring requirements">
        <MonitoringEditor content={content} errors={errors} update={update} />
      </Section>
      <Section id="editor-reporting" title="Reporting requirements">
        <ReportingEditor content={content} errors={errors} update={update} />
      </Section>
      <Section id="editor-conditions" title="Conditions">
        <ConditionsEditor content={content} errors={errors} update={update} />
      </Section>
      <Group gap="sm">
        <Button onClick={onSave} loading={saving.isPending}>
          {saveLabel}
        </Button>
        <Button variant="default" onClick={() => navigate(cancelTo)}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
