import { DecimalText, LimitDerivation } from '@outfall/domain/contracts/permits';
import {
  combinedWastestreamConcentration,
  combinedWastestreamMass,
  type ToolResult,
} from '@outfall/domain/permit-tools/index';
import { z } from 'zod';

const CwfStreamInput = z.object({
  label: z.string().trim().min(1).max(200),
  kind: z.enum(['regulated', 'unregulated', 'dilute']),
  flow: DecimalText,
  dailyMax: DecimalText.nullable().optional(),
  average: DecimalText.nullable().optional(),
});
const common = {
  pollutant: z.string().trim().min(1).max(200),
  streams: z.array(CwfStreamInput).min(1).max(50),
  averageType: z.enum(['MONTHLY', 'FOUR_DAY', '30_CONSECUTIVE_DAY']).optional(),
  detectionLimit: DecimalText.nullable().optional(),
  totalFlow: DecimalText.nullable().optional(),
};

/** 403.6(e) Combined Wastestream Formula, concentration or mass form. */
export const CwfInput = z.discriminatedUnion('form', [
  z.object({ form: z.literal('concentration'), unit: z.string().trim().min(1).max(20), ...common }),
  z.object({
    form: z.literal('mass'),
    flowUnit: z.enum(['gpd', 'MGD', 'L/d', 'm3/d']),
    standards: z.enum(['mass', 'concentration']),
    unit: z.enum(['mg/d', 'g/d', 'kg/d', 'lb/d']),
    lbFactor: DecimalText.optional(),
    ...common,
  }),
]);
export type CwfInput = z.infer<typeof CwfInput>;

const CwfAlternative = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.string(), unit: z.string(), derivation: LimitDerivation }),
  z.object({ ok: z.literal(false), code: z.string(), reason: z.string(), derivation: LimitDerivation }),
]);
export const CwfResult = z.object({ dailyMax: CwfAlternative, average: CwfAlternative.nullable() });

function toOutput(r: ToolResult): z.infer<typeof CwfAlternative> {
  // The derivation is what the limit stores (403.6(c)(7), 403.6(e)); value keeps full precision.
  const derivation = LimitDerivation.parse(r.derivation);
  return r.ok
    ? { ok: true, value: r.value.toFixed(), unit: r.unit, derivation }
    : { ok: false, code: r.code, reason: r.reason, derivation };
}

/** Alternative daily-maximum and average limits with their derivation records. */
export function computeCwf(input: CwfInput): z.infer<typeof CwfResult> {
  const result =
    input.form === 'concentration' ? combinedWastestreamConcentration(input) : combinedWastestreamMass(input);
  return { dailyMax: toOutput(result.dailyMax), average: result.average ? toOutput(result.average) : null };
}
