import type { FacilityStatus, IuClassCode } from '@outfall/domain/contracts/index';

export const CLASS_LABELS: Record<IuClassCode, string> = {
  SIU_CATEGORICAL: 'Categorical SIU (CIU)',
  NSCIU: 'Non-significant categorical (NSCIU)',
  SIU_NON_CATEGORICAL: 'Significant (non-categorical SIU)',
  NON_SIGNIFICANT: 'Non-significant',
};

export const CLASS_SHORT: Record<IuClassCode, string> = {
  SIU_CATEGORICAL: 'CIU',
  NSCIU: 'NSCIU',
  SIU_NON_CATEGORICAL: 'SIU',
  NON_SIGNIFICANT: 'Non-significant',
};

export const STATUS_LABELS: Record<FacilityStatus, string> = {
  active: 'Active',
  inactive: 'Inactive',
  closed: 'Closed',
};

export const CLASS_FILTER_OPTIONS = [
  { value: 'SIU', label: 'Any SIU' },
  { value: 'CIU', label: 'Any categorical IU' },
  { value: 'SIU_CATEGORICAL', label: CLASS_LABELS.SIU_CATEGORICAL },
  { value: 'NSCIU', label: CLASS_LABELS.NSCIU },
  { value: 'SIU_NON_CATEGORICAL', label: CLASS_LABELS.SIU_NON_CATEGORICAL },
  { value: 'NON_SIGNIFICANT', label: CLASS_LABELS.NON_SIGNIFICANT },
  { value: 'MIDDLE_TIER', label: 'Middle tier' },
  { value: 'UNCLASSIFIED', label: 'Not yet classified' },
];

export const CONTACT_ROLE_LABELS: Record<string, string> = {
  primary: 'Primary',
  environmental: 'Environmental',
  emergency: 'Emergency',
  billing: 'Billing',
  signatory: 'Signatory',
  other: 'Other',
};
