import { Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { LabColumnMapping, LabField } from '@outfall/domain/contracts/index';
import { LONG_FIELDS, WIDE_FIELDS } from './lab-file';

interface MappingEditorProps {
  mapping: LabColumnMapping;
  /** The file's header names (CSV); a workbook's are typed. */
  headers: string[];
  onChange: (mapping: LabColumnMapping) => void;
}

/** Which column holds which field; a wide file's analyte columns each name their EPA parameter code. */
export function MappingEditor({ mapping, headers, onChange }: MappingEditorProps) {
  const mapped = Object.values(mapping.columns).filter((h): h is string => Boolean(h));
  const options = [...new Set([...headers, ...mapped, ...mapping.analytes.map((a) => a.column)])];
  const fields = mapping.layout === 'wide' ? WIDE_FIELDS : LONG_FIELDS;
  const setColumn = (field: LabField, header: string | null) => {
    const columns = { ...mapping.columns };
    if (header) columns[field] = header;
    else delete columns[field];
    onChange({ ...mapping, columns });
  };
  return (
    <>
      <Text size="sm" mb="xs">
        Layout:{' '}
        {mapping.layout === 'wide'
          ? 'wide (one row per sample, analytes as columns)'
          : 'long (one row per result)'}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        {fields.map(({ field, label }) =>
          options.length ? (
            <Select
              key={field}
              label={label}
              placeholder="Not in this file"
              data={options}
              value={mapping.columns[field] ?? null}
              onChange={(value) => setColumn(field, value)}
              clearable
              searchable
            />
          ) : (
            <TextInput
              key={field}
              label={label}
              placeholder="Not in this file"
              value={mapping.columns[field] ?? ''}
              onChange={(e) => setColumn(field, e.currentTarget.value || null)}
            />
          ),
        )}
      </SimpleGrid>
      {mapping.layout === 'wide' && mapping.analytes.length ? (
        <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm" mt="md">
          {mapping.analytes.map((a, i) => (
            <TextInput
              key={a.column}
              label={`Column “${a.column}”: parameter code`}
              value={a.parameterCode ?? ''}
              maxLength={5}
              onChange={(e) => {
                const analytes = [...mapping.analytes];
                analytes[i] = { ...a, parameterCode: e.currentTarget.value.toUpperCase() || null };
                onChange({ ...mapping, analytes });
              }}
            />
          ))}
        </SimpleGrid>
      ) : null}
    </>
  );
}
