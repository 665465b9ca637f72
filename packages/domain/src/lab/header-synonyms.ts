import type { LabField } from '../contracts/monitoring';

/** 'Sample Date' / 'SAMPLE_DATE' / 'sample-date' → 'sample_date'. */
export function headerKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/**
 * Header names labs use for each field, best first: EQuIS EFWEDD names (domain-spec §11.5), then
 * common spreadsheet wording.
 */
export const FIELD_HEADERS: Readonly<Record<LabField, readonly string[]>> = {
  sampleId: [
    'sys_sample_code',
    'sample_id',
    'client_sample_id',
    'sample_name',
    'field_sample_id',
    'sample_no',
    'sample_number',
    'sample',
  ],
  labSampleId: ['lab_sample_id', 'lab_id', 'laboratory_sample_id', 'lab_sample_no'],
  location: [
    'location_id',
    'sys_loc_code',
    'location',
    'sample_location',
    'monitoring_point',
    'outfall',
    'sample_point',
    'station',
    'site',
  ],
  collectionStart: [
    'sample_date',
    'collected',
    'collection_date',
    'date_collected',
    'collect_date',
    'sample_start',
    'collection_start',
    'start_date',
    'date_sampled',
    'sampling_date',
    'sample_datetime',
    'sampled',
  ],
  collectionStartTime: ['sample_time', 'collection_time', 'time_collected', 'time_sampled', 'start_time'],
  collectionEnd: ['sample_end', 'sample_end_date', 'collection_end', 'composite_end', 'end_date', 'date_end'],
  collectionEndTime: ['sample_end_time', 'collection_end_time', 'end_time'],
  parameter: [
    'chemical_name',
    'parameter',
    'analyte',
    'parameter_name',
    'analyte_name',
    'constituent',
    'compound',
    'test',
    'param',
  ],
  parameterCode: ['parameter_code', 'epa_parameter_code', 'storet', 'storet_code', 'param_code', 'epa_code'],
  cas: ['cas_rn', 'cas', 'cas_number', 'cas_no', 'casrn'],
  value: [
    'result_value',
    'result',
    'value',
    'concentration',
    'reported_value',
    'result_text',
    'final_result',
    'conc',
  ],
  unit: ['result_unit', 'unit', 'units', 'result_units', 'reporting_units', 'uom'],
  detectFlag: ['detect_flag', 'detected', 'detect'],
  qualifier: ['result_sign', 'sign', 'operator', 'value_qualifier', 'prefix'],
  labQualifiers: [
    'lab_qualifiers',
    'lab_qualifier',
    'qualifiers',
    'qualifier',
    'result_qualifier',
    'data_qualifier',
    'flags',
    'lab_flags',
  ],
  mdl: ['method_detection_limit', 'mdl', 'detection_limit', 'dl', 'sdl'],
  rl: ['reporting_detection_limit', 'reporting_limit', 'rl', 'pql', 'mrl', 'quantitation_limit', 'ml', 'loq'],
  method: [
    'lab_anl_method_name',
    'method',
    'analytical_method',
    'analysis_method',
    'test_method',
    'method_name',
  ],
  analysisDate: [
    'analysis_date',
    'analyzed',
    'analysed',
    'date_analyzed',
    'date_analysed',
    'analyzed_date',
    'analysis_datetime',
  ],
  analysisTime: ['analysis_time', 'time_analyzed', 'analyzed_time'],
  analyst: ['analyst', 'analyzed_by', 'analysed_by'],
  sampleType: ['sample_type_code', 'sample_type', 'qc_type', 'type'],
  sampleMethod: ['sample_method', 'collection_method', 'sampling_method'],
  sampler: ['sampler', 'collected_by', 'sampled_by', 'sampler_name'],
  labName: ['lab_name', 'laboratory', 'lab'],
  labCertId: ['lab_cert_id', 'lab_certification', 'certification', 'cert_no'],
  dilution: ['dilution_factor', 'dilution', 'df'],
  fraction: ['total_or_dissolved', 'fraction'],
  matrix: ['matrix_code', 'matrix'],
};
