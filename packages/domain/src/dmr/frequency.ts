/**
 * Frequency of analysis as reported on a DMR, 'NN/PP' (§11.4: a 30-day month denominator, '01/07'
 * weekly, '01/90' quarterly, '01/01' daily). `sampleDays` days sampled in a period of `periodDays`.
 */
export function frequencyOfAnalysis(sampleDays: number, periodDays: number): string {
  if (sampleDays === 0) return '00/00';
  if (sampleDays >= periodDays) return '01/01';
  const denominator =
    periodDays <= 7 ? 7 : periodDays <= 31 ? 30 : periodDays <= 92 ? 90 : periodDays <= 184 ? 180 : 365;
  return `${String(sampleDays).padStart(2, '0')}/${String(denominator).padStart(2, '0')}`;
}
