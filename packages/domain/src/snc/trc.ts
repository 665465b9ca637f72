import { D, dec } from '../numbers/decimal';
import type { PretreatmentTrcClass } from './types';

/** 403.8(f)(2)(viii)(B): 1.4 for BOD, TSS, fats, oil and grease; 1.2 for all others except pH. */
export function trcFactorForClass(
  trcClass: PretreatmentTrcClass,
  parameterCode: string,
  overrides: Record<string, string | null> = {},
): D | null {
  if (Object.hasOwn(overrides, parameterCode)) {
    const override = overrides[parameterCode];
    return override == null ? null : dec(override);
  }
  if (trcClass === 'none') return null;
  return dec(trcClass);
}

/** NPDES Category I TRC group (123.45 Appendix A): Group I 1.4, Group II 1.2; none where no TRC test applies. */
export type NpdesTrcGroup = 'I' | 'II' | 'none';

/** 123.45 Appendix A: Group I = 1.4, Group II = 1.2. */
export function trcFactorForNpdesGroup(group: NpdesTrcGroup): D | null {
  if (group === 'none') return null;
  return new D(group === 'I' ? '1.4' : '1.2');
}
