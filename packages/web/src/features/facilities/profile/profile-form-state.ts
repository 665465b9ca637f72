import type {
  FacilityProfileInput,
  FacilityProfileView,
  FacilityStatus,
} from '@outfall/domain/contracts/index';

export interface AddressState {
  line1: string;
  line2: string;
  city: string;
  state: string;
  postalCode: string;
}

export interface ContactState {
  name: string;
  title: string;
  phone: string;
  email: string;
  role: string;
}

export interface ProfileFormState {
  name: string;
  status: FacilityStatus;
  site: AddressState;
  mailingSame: boolean;
  mailing: AddressState;
  naics: string;
  sic: string;
  contacts: ContactState[];
  standards: { part: string; subpart: string }[];
  flows: FacilityProfileInput['flows'];
  organicLoad: string;
  notes: string;
}

const EMPTY_ADDRESS: AddressState = { line1: '', line2: '', city: '', state: '', postalCode: '' };

function addressState(a: FacilityProfileView['siteAddress'] | null): AddressState {
  return a ? { ...a, line2: a.line2 ?? '' } : EMPTY_ADDRESS;
}

export function initialState(name: string, view: FacilityProfileView | null): ProfileFormState {
  return {
    name: view?.name ?? name,
    status: view?.status ?? 'active',
    site: addressState(view?.siteAddress ?? null),
    mailingSame: !view?.mailingAddress,
    mailing: addressState(view?.mailingAddress ?? null),
    naics: view?.naicsCodes.join(', ') ?? '',
    sic: view?.sicCodes.join(', ') ?? '',
    contacts: (view?.contacts ?? []).map((c) => ({
      name: c.name,
      title: c.title ?? '',
      phone: c.phone ?? '',
      email: c.email ?? '',
      role: c.role,
    })),
    standards: (view?.categoricalStandards ?? []).map((s) => ({ part: s.part, subpart: s.subpart })),
    flows: view?.flows ?? {
      processGpd: '0',
      sanitaryGpd: '0',
      nonContactCoolingGpd: '0',
      boilerBlowdownGpd: '0',
      otherGpd: '0',
    },
    organicLoad: view?.processOrganicLoadLbPerDay ?? '',
    notes: view?.notes ?? '',
  };
}

const codes = (text: string) =>
  text
    .split(/[,\s]+/)
    .map((c) => c.trim())
    .filter(Boolean);
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const address = (a: AddressState) => ({ ...a, line2: orNull(a.line2) });

/** The request body; the NSCIU / middle-tier facts are kept as they were. */
export function toInput(state: ProfileFormState, view: FacilityProfileView | null): unknown {
  return {
    name: state.name,
    status: state.status,
    siteAddress: address(state.site),
    mailingAddress: state.mailingSame ? null : address(state.mailing),
    naicsCodes: codes(state.naics),
    sicCodes: codes(state.sic),
    contacts: state.contacts.map((c) => ({
      name: c.name,
      title: orNull(c.title),
      phone: orNull(c.phone),
      email: orNull(c.email),
      role: c.role,
    })),
    categoricalStandards: state.standards,
    flows: state.flows,
    processOrganicLoadLbPerDay: orNull(state.organicLoad),
    categoricalFacts: view?.categoricalFacts ?? null,
    notes: orNull(state.notes),
  };
}
