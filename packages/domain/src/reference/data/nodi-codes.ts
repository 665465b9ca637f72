// Source: domain-spec §9.10 (Tennessee DEC NetDMR page, 2021) — transcribed by hand.

/** One NODI (No Data Indicator) code. */
export interface NodiCode {
  readonly code: string;
  readonly meaning: string;
  /** Admits missing required data; ICIS likely raises non-receipt (UNVERIFIED, §9.10). */
  readonly likelyViolation: boolean;
  /** State-specific code that may be retired. */
  readonly stateSpecific: boolean;
}

const row = (code: string, meaning: string, likelyViolation = false, stateSpecific = false): NodiCode => ({
  code,
  meaning,
  likelyViolation,
  stateSpecific,
});

/** All NODI codes of §9.10. */
export const NODI_CODES: readonly NodiCode[] = [
  row('1', 'Wrong Flow'),
  row('2', 'Operation Shutdown'),
  row('3', 'Special Report Attached'),
  row('4', 'Discharge to Lagoon/Groundwater'),
  row('5', 'Frozen Conditions'),
  row('7', 'No Influent'),
  row('8', 'Other (See Comments)'),
  row('9', 'Conditional Monitoring – Not Required'),
  row('A', 'General Permit Exemption'),
  row('B', 'Below Detection Limit / No Detection'),
  row('C', 'No Discharge'),
  row('D', 'Lost Sample / Data Not Available', true),
  row('E', 'Analysis Not Conducted / No Sample', true),
  row('F', 'Insufficient Flow for Sampling', true),
  row('G', 'Sampling Equipment Failure', true),
  row('H', 'Invalid Test', true),
  row('I', 'Land Applied'),
  row('J', 'Recycled Water – closed system'),
  row('K', 'Natural Disaster'),
  row('L', 'DMR Received But Not Entered'),
  row('M', 'Laboratory Error', true),
  row('N', 'Not Constructed'),
  row('Q', 'Not Quantifiable'),
  row('R', 'Administratively Resolved'),
  row('S', 'Fire Conditions'),
  row('V', 'Weather Related'),
  row('W', 'Dry Lysimeter/Well'),
  row('X', 'Parameter/Value Not Reported', true),
  row('Z', 'COVID-19 (Arizona DEQ)', false, true),
];
