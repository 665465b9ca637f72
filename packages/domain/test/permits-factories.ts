import {
  emptyPermitContent,
  type PermitContent,
  type PermitLimit,
  PermitLimit as PermitLimitSchema,
} from '../src/contracts/permits';
import type { PermitValidationSubject } from '../src/permits';

export function makeLimit(overrides: Partial<PermitLimit> = {}): PermitLimit {
  return PermitLimitSchema.parse({
    id: 'limit:001:01042:DD',
    parameterCode: '01042',
    parameterName: 'Copper, total (as Cu)',
    statisticalBaseCode: 'DD',
    statisticalBaseName: 'DAILY MX',
    valueSlot: 'C3',
    value: '3.38',
    unitCode: '19',
    unitText: 'mg/L',
    direction: 'max',
    basis: 'categorical',
    categoricalCitation: '40 CFR 433.15(a)',
    sampleType: '24',
    frequencyCode: '01/30',
    ...overrides,
  });
}

/** A complete pretreatment permit for a metal finisher that passes validatePermit. */
export function makeContent(overrides: Partial<PermitContent> = {}): PermitContent {
  return {
    ...emptyPermitContent(),
    outfalls: [
      {
        id: 'outfall:001',
        code: '001',
        name: 'Sampling manhole 001',
        monitoringLocationCode: '1',
        featureTypeCode: null,
        description: null,
      },
    ],
    limitSets: [
      {
        id: 'limitset:001:A',
        outfallId: 'outfall:001',
        designator: 'A',
        name: 'Final limits',
        seasonNumber: 0,
        season: null,
        effectiveFrom: null,
        effectiveTo: null,
        limits: [
          makeLimit(),
          makeLimit({
            id: 'limit:001:01042:MK',
            statisticalBaseCode: 'MK',
            statisticalBaseName: 'MO AVG',
            valueSlot: 'C2',
            value: '2.07',
          }),
        ],
      },
    ],
    monitoringRequirements: [
      {
        id: 'monitoring:001:01042',
        parameterCode: '01042',
        parameterName: 'Copper, total (as Cu)',
        outfallId: 'outfall:001',
        monitoringLocationCode: '1',
        frequencyCode: '01/30',
        sampleType: '24',
        sampledBy: 'permittee',
        notes: null,
      },
    ],
    reportingRequirements: [
      {
        id: 'reporting:pcr',
        kind: 'periodic_compliance',
        name: 'Periodic compliance report',
        cadence: 'semiannual',
        firstMonth: 1,
        dueRule: { kind: 'days-after-period-end', days: 30 },
        outfallId: null,
        notes: null,
      },
    ],
    conditions: {
      duration: 'This permit is effective for five years from the effective date.',
      nonTransferability: 'This permit may not be transferred without prior notice to the City.',
      monitoring: null,
      reporting: null,
      notification: 'Notify the City within 24 hours of a violation (403.12(g)(2)).',
      recordKeeping: 'Keep records for at least three years (403.12(o)).',
      penalties: 'Civil penalties of up to $1,000 per day per violation.',
    },
    ...overrides,
  };
}

export const SUBJECT: PermitValidationSubject = {
  kind: 'pretreatment_iu',
  effectiveDate: '2025-01-01',
  expirationDate: '2029-12-31',
};
