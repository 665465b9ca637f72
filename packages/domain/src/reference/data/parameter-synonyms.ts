// Hand-curated: the names, symbols and CAS numbers labs commonly write for the parameters that
// pretreatment permits limit, each mapped to its EPA parameter code (DMR_Parameter_List_10302018).
// `equivalents` are other EPA codes for the same measurement (total vs total recoverable, O&G
// method variants), used when a permit names one of them. A name not listed here and not an exact
// EPA description is asked about, never guessed (issue 5).

/** One analyte: its preferred EPA code, the names labs write, its CAS number and related codes. */
export interface ParameterSynonymRow {
  readonly code: string;
  readonly names: readonly string[];
  readonly cas?: string;
  /** Code for the dissolved fraction (`total_or_dissolved` = D). */
  readonly dissolved?: string;
  readonly equivalents?: readonly string[];
}

const metal = (
  code: string,
  name: string,
  symbol: string,
  cas: string,
  dissolved: string | undefined,
  equivalents: readonly string[],
): ParameterSynonymRow => ({
  code,
  names: [name, `${name} total`, `total ${name}`, symbol, `${symbol} total`, `${symbol} t`, `${name} t`],
  cas,
  ...(dissolved ? { dissolved } : {}),
  equivalents,
});

export const PARAMETER_SYNONYMS: readonly ParameterSynonymRow[] = [
  metal('01027', 'cadmium', 'cd', '7440-43-9', '01025', ['01113', '01253']),
  metal('01034', 'chromium', 'cr', '7440-47-3', '01030', ['01118', '01254', '82059']),
  metal('01042', 'copper', 'cu', '7440-50-8', '01040', ['01119', '01256']),
  metal('01051', 'lead', 'pb', '7439-92-1', '01049', ['01114', '01259']),
  metal('01067', 'nickel', 'ni', '7440-02-0', '01065', ['01074', '01261']),
  metal('01077', 'silver', 'ag', '7440-22-4', '01075', ['01079', '01263']),
  metal('01092', 'zinc', 'zn', '7440-66-6', '01090', ['01094', '01264', '82062']),
  metal('71900', 'mercury', 'hg', '7439-97-6', '71890', ['71901', '01260']),
  metal('01002', 'arsenic', 'as', '7440-38-2', '01000', ['00978', '01252']),
  metal('01147', 'selenium', 'se', '7782-49-2', undefined, ['00981']),
  metal('01062', 'molybdenum', 'mo', '7439-98-7', undefined, ['01129']),
  metal('01097', 'antimony', 'sb', '7440-36-0', undefined, []),
  metal('01012', 'beryllium', 'be', '7440-41-7', undefined, []),
  metal('01059', 'thallium', 'tl', '7440-28-0', undefined, []),
  metal('01045', 'iron', 'fe', '7439-89-6', undefined, []),
  metal('01055', 'manganese', 'mn', '7439-96-5', undefined, []),
  { code: '01105', names: ['aluminum', 'aluminium', 'aluminum total', 'al'], cas: '7429-90-5' },
  {
    code: '01032',
    names: ['chromium hexavalent', 'hexavalent chromium', 'chromium vi', 'cr vi', 'cr6', 'cr 6', 'cr6+'],
    cas: '18540-29-9',
    equivalents: ['01255', '70023'],
  },
  {
    code: '00720',
    names: ['cyanide', 'cyanide total', 'total cyanide', 'cn', 'cn t', 'cn total', 'cyanide t'],
    cas: '57-12-5',
    equivalents: ['78248', '01257'],
  },
  {
    code: '00722',
    names: [
      'cyanide amenable',
      'amenable cyanide',
      'cyanide amenable to chlorination',
      'cn a',
      'cn amenable',
    ],
  },
  {
    code: '00552',
    names: [
      'oil and grease',
      'oil and grease hem',
      'hem',
      'o and g',
      'oil grease',
      'fog',
      'fats oil and grease',
      'n hexane extractable material',
      'oil and grease hexane extractable material',
    ],
    equivalents: ['00556', '03582', '00550'],
  },
  {
    code: '00530',
    names: [
      'total suspended solids',
      'tss',
      'solids total suspended',
      'suspended solids',
      'residue nonfilterable',
    ],
    equivalents: ['70031'],
  },
  {
    code: '00310',
    names: [
      'bod',
      'bod5',
      'bod 5',
      'bod 5 day',
      '5 day bod',
      'biochemical oxygen demand',
      'bod 5 day 20 deg c',
    ],
    equivalents: ['00318'],
  },
  {
    code: '80082',
    names: ['cbod', 'cbod5', 'cbod 5', 'carbonaceous bod', 'carbonaceous biochemical oxygen demand'],
  },
  { code: '00340', names: ['cod', 'chemical oxygen demand'], equivalents: ['81017', '80103'] },
  { code: '00400', names: ['ph', 'ph field', 'field ph', 'hydrogen ion'] },
  { code: '00010', names: ['temperature', 'temp', 'temperature c', 'water temperature'] },
  {
    code: '50050',
    names: ['flow', 'flow rate', 'effluent flow', 'discharge flow', 'total flow', 'flow total', 'daily flow'],
  },
  {
    code: '7824A',
    names: ['tto', 'total toxic organics'],
    equivalents: ['78223', '78224', '78225', '78226', '78227'],
  },
  { code: '00745', names: ['sulfide', 'sulfide total', 'sulphide', 'total sulfide'], cas: '18496-25-8' },
  {
    code: '32730',
    names: ['phenols', 'phenolics', 'total phenols', 'phenols total', 'phenolics total recoverable'],
    equivalents: ['34043', '46000'],
  },
  {
    code: '00610',
    names: ['ammonia', 'ammonia nitrogen', 'ammonia as n', 'nh3 n', 'nh3', 'nitrogen ammonia', 'ammonia n'],
    cas: '7664-41-7',
  },
  { code: '00665', names: ['phosphorus', 'total phosphorus', 'phosphorus total', 'tp'], cas: '7723-14-0' },
  {
    code: '50060',
    names: ['chlorine total residual', 'total residual chlorine', 'trc', 'chlorine residual'],
  },
  { code: '00300', names: ['dissolved oxygen', 'do', 'oxygen dissolved'] },
  { code: '51040', names: ['e coli', 'escherichia coli'], cas: '68583-22-2' },
  { code: '74055', names: ['fecal coliform', 'coliform fecal'] },
];
