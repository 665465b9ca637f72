import type { StandardConditions } from '@outfall/domain/contracts/index';

/**
 * Starting text for the 403.8(f)(1)(iii)(B) statements, after EPA's model pretreatment permit;
 * the authority edits them to its ordinance before issuing.
 */
export const MODEL_STATEMENTS: Record<keyof StandardConditions, string> = {
  duration:
    'This permit is effective from the effective date to the expiration date shown above, a term of no more than five years (40 CFR 403.8(f)(1)(iii)(B)(1)).',
  nonTransferability:
    'This permit may not be reassigned, transferred or sold to a new owner, new user, different premises, or a new or changed operation without prior notification to and approval of the Control Authority; a copy of this permit shall be provided to any new owner or operator (40 CFR 403.8(f)(1)(iii)(B)(2)).',
  monitoring:
    'The Permittee shall sample and analyze its discharge at the locations, frequencies and by the sample types listed in this permit, using the analytical methods of 40 CFR Part 136.',
  reporting:
    'The Permittee shall submit the reports listed in this permit by their due dates, signed and certified as required by 40 CFR 403.12(l).',
  notification:
    'The Permittee shall notify the Control Authority immediately of any slug discharge, spill or upset, within 24 hours of becoming aware of a violation (40 CFR 403.12(g)(2)), and in advance of any substantial change in the volume or character of its discharge (40 CFR 403.12(j)).',
  recordKeeping:
    'The Permittee shall keep records of all monitoring, sampling and analysis for at least three years, and longer during any litigation or when requested by the Control Authority (40 CFR 403.12(o)).',
  penalties:
    'Violations of this permit are subject to the civil and criminal penalties and other enforcement remedies of the Sewer Use Ordinance and the Clean Water Act (40 CFR 403.8(f)(1)(iii)(B)(5)).',
};

/** Fills only the statements not written yet. */
export function withModelStatements(conditions: StandardConditions): StandardConditions {
  const next = { ...conditions };
  for (const key of Object.keys(MODEL_STATEMENTS) as (keyof StandardConditions)[]) {
    if (!next[key]?.trim()) next[key] = MODEL_STATEMENTS[key];
  }
  return next;
}
