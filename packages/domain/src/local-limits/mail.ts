import { D, type DecimalInput } from '../numbers/decimal';
import { DEFAULT_LB_PER_DAY_FACTOR } from '../permit-tools/conversions';
import { type DerivationDraft, refuse, step, succeed, type ToolResult } from '../permit-tools/derivation';
import { decimalField, fractionField, guard, nonNegativeField, positiveField } from '../permit-tools/inputs';

/** §8.2 inputs; loads in lb/d, concentrations mg/L, flows MGD, safety factor a fraction (0.10 = 10 %). */
export interface MailInput {
  pollutant: string;
  mahl: DecimalInput;
  safetyFactor: DecimalInput;
  background: { cDom: DecimalInput; qDom: DecimalInput };
  hauledWaste?: DecimalInput;
  growthAllowance?: DecimalInput;
  lbFactor?: DecimalInput;
}

/** §8.2: MAIL = MAHL × (1 − SF) − L_unc − L_HW − GA, with L_unc = 8.34 · C_dom · Q_dom. */
export function maximumAllowableIndustrialLoading(input: MailInput): ToolResult {
  const factor = String(input.lbFactor ?? DEFAULT_LB_PER_DAY_FACTOR);
  const draft: DerivationDraft = {
    tool: 'mail',
    citation: 'EPA 833-R-04-002A (§8.2)',
    formula: 'MAIL = MAHL × (1 − SF) − 8.34 · C_dom · Q_dom − L_HW − GA',
    inputs: {
      pollutant: input.pollutant,
      mahl: String(input.mahl),
      safetyFactor: String(input.safetyFactor),
      cDom: String(input.background.cDom),
      qDom: String(input.background.qDom),
      hauledWaste: String(input.hauledWaste ?? '0'),
      growthAllowance: String(input.growthAllowance ?? '0'),
      lbFactor: factor,
    },
    steps: [],
    notes: [],
  };
  return guard(draft, () => {
    const mahl = nonNegativeField(input.mahl, 'mahl');
    const sf = fractionField(input.safetyFactor, 'safetyFactor');
    const afterSf = mahl.times(new D(1).minus(sf));
    const lUnc = decimalField(factor, 'lbFactor')
      .times(nonNegativeField(input.background.cDom, 'C_dom'))
      .times(nonNegativeField(input.background.qDom, 'Q_dom'));
    const hauled = nonNegativeField(input.hauledWaste ?? '0', 'hauledWaste');
    const growth = nonNegativeField(input.growthAllowance ?? '0', 'growthAllowance');
    const value = afterSf.minus(lUnc).minus(hauled).minus(growth);
    draft.steps.push(
      step('After SF', `${mahl.toFixed()} × (1 − ${sf.toFixed()})`, afterSf, 'lb/d'),
      step('L_unc', `${factor} × ${input.background.cDom} × ${input.background.qDom}`, lUnc, 'lb/d'),
      step(
        'MAIL',
        `${afterSf.toFixed()} − ${lUnc.toFixed()} − ${hauled.toFixed()} − ${growth.toFixed()}`,
        value,
        'lb/d',
      ),
    );
    if (value.isNegative()) {
      return refuse(
        draft,
        'no_assimilative_capacity',
        `Background, hauled waste and growth use more than the MAHL after the safety factor for ${input.pollutant}; nothing is left for industrial users.`,
      );
    }
    return succeed(draft, value, 'lb/d');
  });
}

/** §8.2 uniform concentration allocation: C_ind = MAIL / (8.34 · Q_ind), Q_ind in MGD of controlled IUs. */
export function uniformConcentrationAllocation(input: {
  pollutant: string;
  mail: DecimalInput;
  qInd: DecimalInput;
  lbFactor?: DecimalInput;
}): ToolResult {
  const factor = String(input.lbFactor ?? DEFAULT_LB_PER_DAY_FACTOR);
  const draft: DerivationDraft = {
    tool: 'uniform-allocation',
    citation: 'EPA 833-R-04-002A (§8.2)',
    formula: 'C_ind = MAIL / (8.34 · Q_ind)',
    inputs: {
      pollutant: input.pollutant,
      mail: String(input.mail),
      qInd: String(input.qInd),
      lbFactor: factor,
    },
    steps: [],
    notes: [],
  };
  return guard(draft, () => {
    const mail = nonNegativeField(input.mail, 'mail');
    const qInd = positiveField(input.qInd, 'Q_ind');
    const value = mail.div(decimalField(factor, 'lbFactor').times(qInd));
    draft.steps.push(step('C_ind', `${mail.toFixed()} / (${factor} × ${qInd.toFixed()})`, value, 'mg/L'));
    return succeed(draft, value, 'mg/L');
  });
}
