import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import type { RecordedResults, SampleEntryInput } from '@outfall/domain/contracts/index';
import { useRef, useState } from 'react';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/error-alert';
import { usePageTitle } from '../../ui/use-page-title';
import { blankValues, EntryGrid } from './entry-grid';
import type { EntryValues } from './entry-row';
import { EvaluationOutcome } from './evaluation-outcome';
import { FacilityPicker, useFacilityChoice } from './facility-choice';
import { type SampleEvent, SampleEventFields } from './sample-event-fields';
import { useRecordFlow, useRecordSample } from './use-monitoring';
import { usePermitParameters } from './use-permit-parameters';

const EMPTY_EVENT: SampleEvent = {
  monitoringPoint: null,
  collectedStart: '',
  collectedEnd: '',
  collectionMethod: 'composite',
  labName: '',
  collector: '',
};

/** Fast entry of one sampling event's results, checked against the permit's limits as typed. */
export function ResultsEntryPage() {
  usePageTitle('Enter results');
  const { isAuthority, facilityId, setFacilityId } = useFacilityChoice();
  const permit = usePermitParameters(facilityId);
  const [event, setEvent] = useState<SampleEvent>(EMPTY_EVENT);
  const [values, setValues] = useState<Record<string, EntryValues>>({});
  const [outcome, setOutcome] = useState<RecordedResults | null>(null);
  const save = useRecordSample();
  const saveFlow = useRecordFlow();
  const [flow, setFlow] = useState({ value: '', unit: 'MGD' as 'MGD' | 'gpd' });
  const saveRef = useRef<HTMLButtonElement>(null);

  const point = event.monitoringPoint ?? permit.points[0]?.key ?? null;
  const parameters = point ? permit.parameters(point) : [];
  const names = (code: string) => parameters.find((p) => p.parameterCode === code)?.parameterName ?? code;
  const date = event.collectedStart.slice(0, 10);
  const context =
    facilityId && point && date.length === 10 ? { facilityId, monitoringPoint: point, date } : null;
  const serverError = (path: string) => (isApiError(save.error) ? save.error.fieldMessage(path) : undefined);

  const filled = parameters.filter((p) => values[p.parameterCode]?.value.trim());
  const submit = () => {
    if (!facilityId || !point) return;
    const input: SampleEntryInput = {
      facilityId,
      monitoringPoint: point,
      collectedStart: event.collectedStart,
      collectedEnd: event.collectedEnd || null,
      sampleType: 'N',
      collectionMethod: event.collectionMethod,
      labName: event.labName || null,
      collector: event.collector || null,
      chainOfCustody: [],
      results: filled.map((p) => {
        const v = values[p.parameterCode]!;
        return {
          parameterCode: p.parameterCode,
          value: v.value,
          unit: v.unit,
          mdl: v.mdl || null,
          rl: v.rl || null,
          method: v.method || null,
          analyzedAt: v.analyzedAt || null,
          labQualifiers: [],
        };
      }),
    };
    setOutcome(null);
    // The day's flow goes first, so mass-loading limits (lb/d, kg/d) are evaluated with the results.
    const flowFirst = flow.value.trim()
      ? saveFlow.mutateAsync({
          facilityId,
          monitoringPoint: point,
          flowDate: date,
          flow: flow.value.trim(),
          unit: flow.unit,
        })
      : Promise.resolve();
    void flowFirst.then(
      () =>
        save.mutate(input, {
          onSuccess: (recorded) => {
            setOutcome(recorded);
            setValues({});
          },
        }),
      () => undefined,
    );
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Enter results</Title>
        <Text c="dimmed" mt={4}>
          One sampling event: type each value as the lab reported it (e.g. 0.42, &lt;0.05 or ND). Enter moves
          down a column, Tab along a row.
        </Text>
      </div>
      {isAuthority ? <FacilityPicker value={facilityId} onChange={setFacilityId} /> : null}
      {outcome ? (
        <EvaluationOutcome
          evaluation={outcome.evaluation}
          names={names}
          headline={`Saved ${outcome.results.length} result${outcome.results.length === 1 ? '' : 's'}`}
          violationsHref={`/monitoring/violations${facilityId && isAuthority ? `?facility=${facilityId}` : ''}`}
        />
      ) : null}
      {!facilityId ? (
        <Text c="dimmed">Choose a facility to enter its results.</Text>
      ) : permit.isPending ? (
        <Text c="dimmed">Loading the permit…</Text>
      ) : permit.error ? (
        <ErrorAlert error={permit.error} title="Could not load the permit" />
      ) : !permit.permit ? (
        <Alert color="gray" variant="outline" title="No permit in force">
          Results are entered against the limits of an issued or effective permit.
        </Alert>
      ) : (
        <form
          aria-label="Sampling event results"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack gap="md">
            <Paper withBorder p="md" radius="md">
              <Text size="sm" mb="sm">
                Permit {permit.permit.permitNumber}
              </Text>
              <SampleEventFields
                event={{ ...event, monitoringPoint: point }}
                points={permit.points}
                onChange={(patch) => setEvent((e) => ({ ...e, ...patch }))}
                error={serverError}
              />
              <Group mt="sm" align="flex-end" gap="xs">
                <TextInput
                  label="Daily flow"
                  description="Total flow of the sample day, for mass loadings"
                  inputMode="decimal"
                  value={flow.value}
                  onChange={(e) => setFlow({ ...flow, value: e.currentTarget.value })}
                  error={isApiError(saveFlow.error) ? saveFlow.error.message : undefined}
                />
                <Select
                  aria-label="Flow unit"
                  data={['MGD', 'gpd']}
                  value={flow.unit}
                  onChange={(unit) => setFlow({ ...flow, unit: unit === 'gpd' ? 'gpd' : 'MGD' })}
                  allowDeselect={false}
                  w={90}
                />
              </Group>
            </Paper>
            <EntryGrid
              parameters={parameters}
              values={values}
              context={context}
              serverError={serverError}
              onChange={(code, patch) =>
                setValues((all) => {
                  const p = parameters.find((x) => x.parameterCode === code)!;
                  return { ...all, [code]: { ...(all[code] ?? blankValues(p)), ...patch } };
                })
              }
              onLeaveLast={() => saveRef.current?.focus()}
            />
            {save.error && !isApiError(save.error, 'validation_failed') ? (
              <ErrorAlert error={save.error} title="The results were not saved" />
            ) : null}
            {isApiError(save.error, 'validation_failed') ? (
              <Alert color="red" variant="outline" role="alert" title="The results were not saved">
                {save.error.message}
              </Alert>
            ) : null}
            <Group>
              <Button type="submit" ref={saveRef} loading={save.isPending} disabled={filled.length === 0}>
                Save {filled.length || ''} result{filled.length === 1 ? '' : 's'}
              </Button>
              {!event.collectedStart ? (
                <Text size="sm" c="dimmed">
                  Enter the collection date to check values against the limits.
                </Text>
              ) : null}
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
