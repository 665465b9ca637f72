import type { ChecklistTemplateItem } from '../db/schema-program';

export const DEFAULT_TEMPLATE_NAME = 'Pretreatment inspection (standard)';

const SECTIONS: [string, string[]][] = [
  [
    'Permit and records',
    [
      'Current permit is on site and available to staff',
      'Self-monitoring reports submitted on time for the past 12 months',
      'Monitoring records (sampling, chain of custody, lab reports) kept for at least 3 years',
      'Signatory authorization on file matches the person signing reports',
    ],
  ],
  [
    'Sampling and flow monitoring',
    [
      'Sampling point matches the permit and is accessible',
      'Flow meter calibrated within the required interval (records seen)',
      'Sample collection, preservation and holding times follow 40 CFR Part 136',
    ],
  ],
  [
    'Pretreatment system O&M',
    [
      'Pretreatment units operating as designed at the time of the visit',
      'Operation and maintenance log kept up to date',
      'Operator trained and able to describe normal operation',
    ],
  ],
  [
    'Slug/spill control plan',
    [
      'Slug control plan on site and current (403.8(f)(2)(vi))',
      'Notification procedure for slug discharges posted, with 5-day written follow-up',
      'Spill response equipment available near process and storage areas',
    ],
  ],
  [
    'Chemical storage',
    [
      'Chemicals stored with secondary containment',
      'No floor drains to the sanitary sewer in chemical storage areas',
      'Chemical inventory and safety data sheets available',
    ],
  ],
  [
    'BMPs',
    [
      'Best management practices required by the permit are in place',
      'Housekeeping prevents pollutants reaching floor drains',
    ],
  ],
  [
    'Changes in process or discharge',
    [
      'No new processes, products or chemicals since the last inspection (or notified)',
      'Discharge volume and characteristics consistent with the permit application',
    ],
  ],
];

/** The default pretreatment inspection checklist, seeded for each authority on first use. */
export function defaultChecklistItems(): ChecklistTemplateItem[] {
  return SECTIONS.flatMap(([section, texts], s) =>
    texts.map((text, i) => ({ id: `s${s + 1}.${i + 1}`, section, text })),
  );
}
