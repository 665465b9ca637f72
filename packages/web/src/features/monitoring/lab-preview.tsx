import { Alert, Badge, Group, List, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { LabImportPreview, ParameterQuestion } from '@outfall/domain/contracts/index';

const SHOWN = 60;

interface LabPreviewProps {
  result: LabImportPreview;
  names: (code: string) => string;
  answers: Record<string, string>;
  onAnswer: (question: ParameterQuestion, code: string | null) => void;
}

function Questions({
  questions,
  answers,
  onAnswer,
}: Omit<LabPreviewProps, 'result' | 'names'> & { questions: ParameterQuestion[] }) {
  return (
    <section aria-labelledby="questions-heading">
      <Title order={3} size="h4" id="questions-heading" mb="xs">
        Which parameter is this?
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        These names could not be matched to one EPA parameter. Nothing is guessed: choose the parameter, then
        preview again.
      </Text>
      <Stack gap="sm">
        {questions.map((q) => (
          <Select
            key={q.normalised}
            label={`“${q.text}”${q.cas ? ` (CAS ${q.cas})` : ''}, rows ${q.rows.slice(0, 8).join(', ')}${q.rows.length > 8 ? '…' : ''}`}
            placeholder={q.candidates.length ? 'Choose a parameter' : 'No candidate: fix the file'}
            data={q.candidates.map((c) => ({ value: c.code, label: `${c.code} · ${c.description}` }))}
            value={answers[q.normalised] ?? null}
            onChange={(code) => onAnswer(q, code)}
            clearable
            w={{ base: '100%', sm: 480 }}
          />
        ))}
      </Stack>
    </section>
  );
}

/** The dry run: how many results, each row's problems, parameter questions, and the results to add. */
export function LabPreview({ result, names, answers, onAnswer }: LabPreviewProps) {
  const { preview } = result;
  const samples = new Set(preview.candidates.map((c) => `${c.location}|${c.collectedStart}|${c.sampleId}`))
    .size;
  const qc = preview.candidates.filter((c) => !c.countsForCompliance).length;
  return (
    <Stack gap="md" data-testid="lab-preview">
      <Group gap="sm">
        <Badge size="lg" variant="filled" color={preview.accepted ? 'green.9' : 'red.9'}>
          {preview.accepted ? 'Ready to import' : 'Needs attention'}
        </Badge>
        <Text size="sm" data-testid="preview-counts">
          {preview.candidates.length} results in {samples} samples
          {qc ? ` (${qc} QC)` : ''} · {preview.problems.length} problems
          {preview.skippedRows.length ? ` · ${preview.skippedRows.length} note rows skipped` : ''}
        </Text>
      </Group>
      {result.alreadyImported ? (
        <Alert color="blue" variant="outline" title="This file was imported before">
          Importing it again adds nothing.
        </Alert>
      ) : result.repeatedResults ? (
        <Alert color="blue" variant="outline" title="Some results are already stored">
          {result.repeatedResults} of these results are already stored and will not be added again.
        </Alert>
      ) : null}
      {preview.problems.length ? (
        <Alert color="red" variant="outline" title="Problems to fix before importing" role="alert">
          <List size="sm" spacing={2} data-testid="preview-problems">
            {preview.problems.map((p) => (
              <List.Item key={`${p.row}-${p.column}-${p.code}`}>
                Row {p.row}
                {p.column ? `, column “${p.column}”` : ''}: {p.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {preview.questions.length ? (
        <Questions questions={preview.questions} answers={answers} onAnswer={onAnswer} />
      ) : null}
      {preview.candidates.length ? (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Caption>
              {preview.candidates.length > SHOWN
                ? `First ${SHOWN} of ${preview.candidates.length} results read from the file`
                : 'Results read from the file'}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Row</Table.Th>
                <Table.Th scope="col">Collected</Table.Th>
                <Table.Th scope="col">Location</Table.Th>
                <Table.Th scope="col">Parameter</Table.Th>
                <Table.Th scope="col">Value</Table.Th>
                <Table.Th scope="col">Sample</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.candidates.slice(0, SHOWN).map((c) => (
                <Table.Tr key={`${c.row}-${c.column ?? ''}`} data-testid="candidate-row">
                  <Table.Td>{c.row}</Table.Td>
                  <Table.Td>{c.collectedStart.replace('T', ' ')}</Table.Td>
                  <Table.Td>{c.location}</Table.Td>
                  <Table.Td>
                    {names(c.parameterCode)}{' '}
                    <Text span size="xs" c="dimmed">
                      ({c.parameterText})
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {c.value.text || (c.value.nonDetect ? `ND (<${c.value.detectionLimit ?? '?'})` : '—')}{' '}
                    {c.unitText}
                  </Table.Td>
                  <Table.Td>
                    {c.countsForCompliance ? (c.sampleTypeCode ?? 'Normal') : `QC (${c.sampleTypeCode})`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
