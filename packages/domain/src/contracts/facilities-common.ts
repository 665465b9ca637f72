import { z } from 'zod';

export const Text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` });
export const Required = (max: number) => Text(max).min(1, { error: 'must not be empty' });

/** A non-negative exact decimal as entered ('32000', '12.5'); never a float. */
export const AmountText = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,6})?$/, { error: 'must be a number, 0 or more (digits and one decimal point)' });

export const FacilityStatus = z.enum(['active', 'inactive', 'closed']);
export type FacilityStatus = z.infer<typeof FacilityStatus>;

/** §1.1 classes, as the engine names them. */
export const IuClassCode = z.enum(['SIU_CATEGORICAL', 'NSCIU', 'SIU_NON_CATEGORICAL', 'NON_SIGNIFICANT']);
export type IuClassCode = z.infer<typeof IuClassCode>;
