import type { Db } from '../db/connect';
import { makeAuthorityProfile, makeDesignation, makeFacilityProfile } from '../factories';

type ProfileOverrides = NonNullable<Parameters<typeof makeFacilityProfile>[2]>;

const compliantCiu = {
  consistentlyCompliant: true,
  annualCertificationOnFile: true,
  noUntreatedConcentrate: true,
  flowFromContinuousMonitorOrBatch: true,
  notHighlyVariable: true,
};

const site = (line1: string, postalCode = '62702') => ({
  line1,
  city: 'Springfield',
  state: 'IL',
  postalCode,
});
const contact = (name: string, title: string, phone: string, email: string) => ({
  name,
  title,
  phone,
  email,
  role: 'primary' as const,
});

/**
 * Springfield's industrial users, chosen to show every class (Springfield WRF: 12 MGD, 24,000 lb
 * BOD/day, so 5 % is 600,000 gpd and 1,200 lb/day; 0.01 % is 1,200 gpd and 2.4 lb/day).
 */
const PROFILES: Record<string, ProfileOverrides> = {
  // Part 433 metal finisher, 32,000 gpd of process water: categorical SIU.
  'Acme Plating': {
    siteAddress: site('1200 Foundry Road'),
    mailingAddress: { line1: 'PO Box 415', city: 'Springfield', state: 'IL', postalCode: '62705' },
    naicsCodes: ['332813'],
    sicCodes: ['3471'],
    contacts: [
      contact('Morgan Hale', 'Environmental Manager', '217-555-0142', 'manager@acme-plating.example'),
      { name: 'Robin Chen', title: 'Plant Manager', phone: '217-555-0100', email: null, role: 'signatory' },
    ],
    categoricalStandards: [{ part: '433', subpart: 'A' }],
    flows: { processGpd: '32000', sanitaryGpd: '1500', nonContactCoolingGpd: '4000' },
    processOrganicLoadLbPerDay: '40',
    categoricalFacts: {
      ...compliantCiu,
      maxDailyCategoricalFlowGpd: '41000',
      averageCategoricalFlowGpd: '32000',
    },
  },
  // Food processor: non-categorical, SIU on process flow (≥ 25,000 gpd).
  'Riverside Foods': {
    siteAddress: site('88 River Street'),
    naicsCodes: ['311421'],
    sicCodes: ['2033'],
    contacts: [
      contact('Dana Brooks', 'Operations Director', '217-555-0177', 'manager@riverside-foods.example'),
    ],
    flows: { processGpd: '45000', sanitaryGpd: '3000', boilerBlowdownGpd: '800' },
    processOrganicLoadLbPerDay: '900',
  },
  // Brewery: non-categorical, big flow and organic load (≥ 5 % of 24,000 lb BOD/day).
  'Springfield Brewing Company': {
    siteAddress: site('400 Malt House Lane'),
    naicsCodes: ['312120'],
    sicCodes: ['2082'],
    contacts: [contact('Avery Stone', 'Brewmaster', '217-555-0190', 'avery@springfield-brewing.example')],
    flows: {
      processGpd: '85000',
      sanitaryGpd: '2500',
      nonContactCoolingGpd: '12000',
      boilerBlowdownGpd: '1500',
    },
    processOrganicLoadLbPerDay: '1500',
  },
  // Small Part 433 shop meeting every 403.12(e)(3) test: categorical SIU on middle tier.
  'Northgate Metal Finishing': {
    siteAddress: site('17 Northgate Drive', '62707'),
    naicsCodes: ['332813'],
    sicCodes: ['3471'],
    categoricalStandards: [{ part: '433', subpart: 'A' }],
    flows: { processGpd: '900', sanitaryGpd: '400' },
    processOrganicLoadLbPerDay: '1.5',
    categoricalFacts: {
      ...compliantCiu,
      maxDailyCategoricalFlowGpd: '1150',
      averageCategoricalFlowGpd: '900',
    },
  },
  'Valley Circuit Boards': {
    siteAddress: site('2300 Valley Parkway'),
    naicsCodes: ['334412'],
    sicCodes: ['3672'],
    categoricalStandards: [{ part: '433', subpart: 'A' }],
    flows: { processGpd: '12000', sanitaryGpd: '900' },
  },
  // Not SIU on flow (sanitary excluded), but 1,300 lb BOD/day is ≥ 5 % of the organic capacity.
  'Central Dairy Cooperative': {
    siteAddress: site('5 Creamery Road'),
    naicsCodes: ['311511'],
    sicCodes: ['2026'],
    flows: { processGpd: '22000', sanitaryGpd: '4000' },
    processOrganicLoadLbPerDay: '1300',
  },
  // Non-significant on the numbers; designated SIU below for reasonable potential.
  'Lakeside Textile Mills': {
    siteAddress: site('900 Lakeshore Boulevard'),
    naicsCodes: ['313310'],
    sicCodes: ['2261'],
    flows: { processGpd: '18000', sanitaryGpd: '1200' },
    processOrganicLoadLbPerDay: '300',
  },
  'Summit Specialty Chemicals': {
    siteAddress: site('3 Summit Industrial Court', '62711'),
    naicsCodes: ['325199'],
    sicCodes: ['2869'],
    categoricalStandards: [{ part: '414', subpart: 'K' }],
    flows: { processGpd: '6000', sanitaryGpd: '700', nonContactCoolingGpd: '9000' },
  },
  'Pioneer Paper Products': {
    siteAddress: site('610 Mill Street'),
    naicsCodes: ['322220'],
    flows: { processGpd: '3000', sanitaryGpd: '1100' },
  },
  // Compounding-only pharmaceutical, never over 100 gpd of categorical water: NSCIU.
  'Granite Pharmaceuticals': {
    siteAddress: site('75 Granite Way', '62711'),
    naicsCodes: ['325412'],
    sicCodes: ['2834'],
    categoricalStandards: [{ part: '439', subpart: 'D' }],
    flows: { processGpd: '60', sanitaryGpd: '1800' },
    categoricalFacts: { ...compliantCiu, maxDailyCategoricalFlowGpd: '85', averageCategoricalFlowGpd: '60' },
  },
  // SIU on flow, de-designated below (403.3(v)(3)).
  'Eastside Industrial Laundry': {
    siteAddress: site('1450 East Avenue', '62703'),
    naicsCodes: ['812332'],
    sicCodes: ['7218'],
    flows: { processGpd: '26000', sanitaryGpd: '600' },
    processOrganicLoadLbPerDay: '180',
  },
  'Oak Street Commercial Bakery': {
    siteAddress: site('220 Oak Street'),
    naicsCodes: ['311812'],
    sicCodes: ['2051'],
    flows: { processGpd: '4500', sanitaryGpd: '900' },
    processOrganicLoadLbPerDay: '120',
  },
};

/** Springfield's design capacities, settings, IU profiles and two designations (demo seed). */
export async function seedFacilityProfiles(db: Db, authorityId: string, facilities: Map<string, string>) {
  await makeAuthorityProfile(db, authorityId, {
    designHydraulicMgd: '12',
    designOrganicLbPerDay: '24000',
    nsciuAdopted: true,
    middleTierAdopted: true,
  });
  for (const [name, overrides] of Object.entries(PROFILES)) {
    const id = facilities.get(name);
    if (id) await makeFacilityProfile(db, id, overrides);
  }
  const lakeside = facilities.get('Lakeside Textile Mills');
  if (lakeside) {
    await makeDesignation(db, lakeside, {
      designation: 'significant',
      reason: 'Dye-house discharges of high color and temperature have upset the Springfield WRF twice',
    });
  }
  const laundry = facilities.get('Eastside Industrial Laundry');
  if (laundry) {
    await makeDesignation(db, laundry, {
      designation: 'non_significant',
      reason:
        'Three years of sampling below 10 % of every local limit; no reasonable potential (403.3(v)(3))',
    });
  }
}
