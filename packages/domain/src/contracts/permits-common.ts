import { z } from 'zod';

/** 'YYYY-MM-DD'. */
export const IsoDateText = z.iso.date({ error: 'must be a date YYYY-MM-DD' });

/** 'MM-DD' (a season bound, inclusive). */
export const MonthDayText = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'must be a month-day MM-DD' });

/** An exact decimal as written in the permit ('2.61', '0.474', '-1'); never a float. */
export const DecimalText = z.string().regex(/^-?\d+(\.\d+)?$/, { error: 'must be a decimal number' });

/** Id of an item inside a permit version (deterministic for imports: 'outfall:001'). */
export const ContentId = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(120, { error: 'must be at most 120 characters' });

export const RequiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });

export const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .nullable();

/** 5-digit ICIS parameter (STORET) code, e.g. '00400'. */
export const ParameterCodeText = z
  .string()
  .regex(/^[0-9A-Z]{5}$/, { error: 'must be a 5-character parameter code' });

export const PermitKind = z.enum(['pretreatment_iu', 'npdes', 'state', 'general', 'other']);
export type PermitKind = z.infer<typeof PermitKind>;

/**
 * Lifecycle status. `issued` = signed, effective date not reached; `renewed` = replaced by the
 * permit that renews it (linked by its `renewedFromPermitId`); `withdrawn` = application or draft
 * abandoned before issue. A modification is a new version, not a status.
 */
export const PermitStatus = z.enum([
  'application_received',
  'draft',
  'issued',
  'effective',
  'renewed',
  'expired',
  'terminated',
  'revoked',
  'withdrawn',
]);
export type PermitStatus = z.infer<typeof PermitStatus>;

export const LimitDirectionText = z.enum(['max', 'min']);

/** Where a limit comes from; derived bases carry a `derivation` record from the permit tools. */
export const LimitBasisKind = z.enum([
  'categorical',
  'local',
  'cwf',
  'bpj',
  'production_based',
  'equivalent',
  'other',
]);
export type LimitBasisKind = z.infer<typeof LimitBasisKind>;

/** ICIS DMR value slot (C1–C3 concentration, Q1–Q2 quantity). */
export const ValueSlot = z.enum(['C1', 'C2', 'C3', 'Q1', 'Q2']);
export type ValueSlot = z.infer<typeof ValueSlot>;

export const SampledBy = z.enum(['permittee', 'control_authority']);
export type SampledBy = z.infer<typeof SampledBy>;
