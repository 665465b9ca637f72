import { Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import type { ReportContent, ReportExceedance } from '@outfall/domain/contracts/index';
import type { ReportDraft } from './report-draft';
import { NODI_OPTIONS, nodiText } from './report-labels';
import { WarningIcon } from './report-outfalls';

type SetDraft = (update: (draft: ReportDraft) => ReportDraft) => void;

function exceedanceTitle(e: ReportExceedance): string {
  return `${e.parameterName} at outfall ${e.outfallCode} on ${e.date}`;
}

function ReadOnlyText({ label, text }: { label: string; text: string | null }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={text ? undefined : 'dimmed'}>
        {text || 'None written.'}
      </Text>
    </div>
  );
}

/** The period's exceedances with the facility's explanation and corrective action. */
export function ExceedancesSection({
  content,
  draft,
  setDraft,
}: {
  content: ReportContent;
  draft: ReportDraft | null;
  setDraft: SetDraft;
}) {
  const edit = (violationId: string, field: 'explanation' | 'correctiveAction', text: string) =>
    setDraft((d) => {
      const current = d.exceedances[violationId] ?? { explanation: '', correctiveAction: '' };
      return { ...d, exceedances: { ...d.exceedances, [violationId]: { ...current, [field]: text } } };
    });
  return (
    <Stack gap="sm" component="section" aria-labelledby="exceedances-title">
      <Title order={2} size="h3" id="exceedances-title">
        Exceedances ({content.exceedances.length})
      </Title>
      {content.exceedances.length === 0 ? (
        <Text c="dimmed">No limit was exceeded in the period.</Text>
      ) : (
        content.exceedances.map((e) => (
          <Paper
            key={e.violationId}
            withBorder
            p="md"
            radius="md"
            data-testid="report-exceedance"
            aria-label={`Exceedance: ${exceedanceTitle(e)}`}
            component="article"
          >
            <Stack gap="sm">
              <Group gap={6} c="red.9" wrap="nowrap" align="flex-start">
                <WarningIcon />
                <Text fw={700} size="sm">
                  {exceedanceTitle(e)}: {e.value} {e.unit} against a limit of {e.limit} {e.unit}
                  {e.statisticalBaseCode ? ` (${e.statisticalBaseCode})` : ''}
                </Text>
              </Group>
              {draft ? (
                <>
                  <Textarea
                    label={`Explanation of the ${e.parameterName} exceedance on ${e.date}`}
                    autosize
                    minRows={2}
                    maxLength={4000}
                    value={draft.exceedances[e.violationId]?.explanation ?? ''}
                    onChange={(ev) => edit(e.violationId, 'explanation', ev.currentTarget.value)}
                  />
                  <Textarea
                    label={`Corrective action for the ${e.parameterName} exceedance on ${e.date}`}
                    autosize
                    minRows={2}
                    maxLength={4000}
                    value={draft.exceedances[e.violationId]?.correctiveAction ?? ''}
                    onChange={(ev) => edit(e.violationId, 'correctiveAction', ev.currentTarget.value)}
                  />
                </>
              ) : (
                <>
                  <ReadOnlyText label="Explanation" text={e.explanation} />
                  <ReadOnlyText label="Corrective action" text={e.correctiveAction} />
                </>
              )}
            </Stack>
          </Paper>
        ))
      )}
    </Stack>
  );
}

const NARRATIVE_FIELDS = [
  { key: 'comments', label: 'Comments', max: 4000 },
  { key: 'bmp', label: 'Best management practices (BMP) documentation', max: 20000 },
  { key: 'production', label: 'Production rate', max: 20000 },
] as const;

/** What the preparer writes: comments, BMP documentation, production, and the form-level NODI. */
export function NarrativeSection({
  content,
  draft,
  setDraft,
}: {
  content: ReportContent;
  draft: ReportDraft | null;
  setDraft: SetDraft;
}) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="narrative-title">
      <Title order={2} size="h3" id="narrative-title">
        Narrative
      </Title>
      {draft ? (
        <>
          <Select
            label="No data for the whole report (form NODI)"
            description="For example C — No Discharge in a period without any discharge"
            placeholder="None"
            data={NODI_OPTIONS}
            value={draft.formNodi}
            onChange={(code) => setDraft((d) => ({ ...d, formNodi: code }))}
            clearable
            searchable
            w={{ base: '100%', sm: 420 }}
          />
          {NARRATIVE_FIELDS.map((f) => (
            <Textarea
              key={f.key}
              label={f.label}
              autosize
              minRows={2}
              maxLength={f.max}
              value={draft.narrative[f.key]}
              onChange={(e) => {
                const text = e.currentTarget.value;
                setDraft((d) => ({ ...d, narrative: { ...d.narrative, [f.key]: text } }));
              }}
            />
          ))}
        </>
      ) : (
        <>
          {content.formNodi ? <ReadOnlyText label="Form NODI" text={nodiText(content.formNodi)} /> : null}
          {NARRATIVE_FIELDS.map((f) => (
            <ReadOnlyText key={f.key} label={f.label} text={content.narrative[f.key]} />
          ))}
        </>
      )}
    </Stack>
  );
}
