import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import {
  ProgramReportEdits,
  type ProgramReportView,
  SignProgramReportInput,
} from '@outfall/domain/contracts/index';
import { type FormEvent, useState } from 'react';
import { FieldIssues } from '../../ui/field-issues';
import { type FieldErrors, serverFieldErrors, validate } from '../../ui/form-validation';
import { SignatureForm } from '../reports/signature-form';
import { programReportPaths, useSaveProgramReportDraft, useSignProgramReport } from './use-program-reports';

type Edits = ProgramReportEdits;
const YES_NO = [
  { value: 'Y', label: 'Yes' },
  { value: 'N', label: 'No' },
];
const orNull = (s: string) => (s.trim() === '' ? null : s);

/** What the authority enters (403.12(i)(4), (5); §6.2 answers; ICIS identifiers); kept across rebuilds. */
export function ProgramEntriesForm({ view, editable }: { view: ProgramReportView; editable: boolean }) {
  const mutation = useSaveProgramReportDraft(view.id);
  const [edits, setEdits] = useState<Edits>(view.edits);
  const [errors, setErrors] = useState<FieldErrors>({});
  const fieldErrors = { ...serverFieldErrors(mutation.error), ...errors };
  const set = <K extends keyof Edits>(key: K, value: Edits[K]) => setEdits((e) => ({ ...e, [key]: value }));
  const needIds = (view.content?.industrialUsers ?? []).filter(
    (iu) =>
      (iu.isSignificant || iu.isCategorical) &&
      iu.change?.kind !== 'deleted' &&
      !/^[^*]{9}$/.test(iu.permit?.number ?? ''),
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate<Edits>(ProgramReportEdits, edits);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    mutation.mutate(result.data);
  };

  const yesNo = (
    key:
      | 'acceptanceHazardousWaste'
      | 'acceptanceNonHazardousIndustrialWaste'
      | 'acceptanceHauledDomesticWastes'
      | 'potwDischargeContamination'
      | 'potwBiosolidsContamination',
    label: string,
  ) => (
    <Select
      label={label}
      data={YES_NO}
      clearable
      disabled={!editable}
      value={edits[key]}
      onChange={(v) => set(key, (v as 'Y' | 'N' | null) ?? null)}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Program changes and other information">
      <Stack gap="sm">
        <Textarea
          label="Program changes not previously reported (403.12(i)(4))"
          autosize
          minRows={3}
          disabled={!editable}
          value={edits.programChanges ?? ''}
          onChange={(e) => set('programChanges', orNull(e.currentTarget.value))}
          error={fieldErrors.programChanges}
        />
        <Textarea
          label="Other information requested by the Approval Authority (403.12(i)(5))"
          autosize
          minRows={2}
          disabled={!editable}
          value={edits.otherInformation ?? ''}
          onChange={(e) => set('otherInformation', orNull(e.currentTarget.value))}
          error={fieldErrors.otherInformation}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="Annual pretreatment budget ($)"
            disabled={!editable}
            value={edits.annualBudget ?? ''}
            onChange={(e) => set('annualBudget', orNull(e.currentTarget.value))}
            error={fieldErrors.annualBudget}
          />
          <TextInput
            label="SNC list published in the newspaper on"
            placeholder="YYYY-MM-DD"
            disabled={!editable}
            value={edits.sncNoticePublishedOn ?? ''}
            onChange={(e) => set('sncNoticePublishedOn', orNull(e.currentTarget.value))}
            error={fieldErrors.sncNoticePublishedOn}
          />
          {yesNo('acceptanceHazardousWaste', 'Accepts hazardous waste')}
          {yesNo('acceptanceNonHazardousIndustrialWaste', 'Accepts non-hazardous industrial waste')}
          {yesNo('acceptanceHauledDomesticWastes', 'Accepts hauled domestic waste')}
          {yesNo('potwDischargeContamination', 'POTW discharge contamination')}
          {yesNo('potwBiosolidsContamination', 'POTW biosolids contamination')}
        </SimpleGrid>
        {needIds.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              ICIS permit identifiers (9 characters) for IUs whose permit number is not one
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {needIds.map((iu) => (
                <TextInput
                  key={iu.facilityId}
                  label={`ICIS ID — ${iu.name}`}
                  disabled={!editable}
                  value={edits.icisPermitIds[iu.facilityId] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value.toUpperCase();
                    setEdits((x) => {
                      const ids = { ...x.icisPermitIds };
                      if (value.trim() === '') delete ids[iu.facilityId];
                      else ids[iu.facilityId] = value;
                      return { ...x, icisPermitIds: ids };
                    });
                  }}
                  error={fieldErrors[`icisPermitIds.${iu.facilityId}`]}
                />
              ))}
            </SimpleGrid>
          </Stack>
        )}
        <FieldIssues error={mutation.error} title="The entries were not saved" />
        {editable && (
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending}>
              Save entries
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** The director's signing: certification verbatim, explicit confirmation, password re-entered. */
export function SignProgramReportDialog({
  view,
  opened,
  onClose,
}: {
  view: ProgramReportView;
  opened: boolean;
  onClose: () => void;
}) {
  const mutation = useSignProgramReport(view.id);
  return (
    <Modal opened={opened} onClose={onClose} title={`Sign and submit: annual report ${view.label}`} size="lg">
      <SignatureForm
        label="Sign and submit the annual report"
        intro={
          <>
            You are signing the pretreatment annual report for {view.periodStart} to {view.periodEnd}. Signing
            freezes it and stores its copy of record (JSON, PDF and ICIS XML); it cannot be undone.{' '}
            <a href={programReportPaths.download(view.id, 'pdf')} target="_blank" rel="noreferrer">
              Review the report as PDF
            </a>
          </>
        }
        certification={view.certification}
        schema={SignProgramReportInput}
        mutation={mutation}
        onClose={onClose}
      />
    </Modal>
  );
}
