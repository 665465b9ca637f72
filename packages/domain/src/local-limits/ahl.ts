import { D, type DecimalInput } from '../numbers/decimal';
import { DEFAULT_LB_PER_DAY_FACTOR } from '../permit-tools/conversions';
import { type DerivationDraft, refuse, step, succeed, type ToolResult } from '../permit-tools/derivation';
import { decimalField, fractionField, guard, nonNegativeField } from '../permit-tools/inputs';

/**
 * One §8.1 criterion for a pollutant's allowable headworks loading. Concentrations in mg/L (sludge
 * criterion in mg/kg dry), flows in MGD, removal fractions 0–1, percent solids in percent.
 */
export type AhlCriterion =
  | { kind: 'pass-through'; cCrit: DecimalInput; qPotw: DecimalInput; rPotw: DecimalInput }
  | {
      kind: 'water-quality';
      cWq: DecimalInput;
      qStr: DecimalInput;
      cStr: DecimalInput;
      qPotw: DecimalInput;
      rPotw: DecimalInput;
    }
  | { kind: 'secondary-inhibition'; cInhib: DecimalInput; qPotw: DecimalInput; rPrim: DecimalInput }
  | { kind: 'nitrification-inhibition'; cInhib: DecimalInput; qPotw: DecimalInput; rPrim: DecimalInput }
  | { kind: 'primary-inhibition'; cInhib: DecimalInput; qPotw: DecimalInput }
  | { kind: 'digester-inhibition'; cDig: DecimalInput; qDig: DecimalInput; rPotw: DecimalInput }
  | {
      kind: 'sludge';
      cSludge: DecimalInput;
      percentSolids: DecimalInput;
      qSludge: DecimalInput;
      rPotw: DecimalInput;
    };

export type AhlCriterionKind = AhlCriterion['kind'];

/** An AHL result tagged with its criterion, ready for the MAHL. */
export type AhlResult = ToolResult & { criterion: AhlCriterionKind };

const FORMULAS: Record<AhlCriterionKind, string> = {
  'pass-through': 'AHL = 8.34 · C_crit · Q_potw / (1 − R_potw)',
  'water-quality': 'AHL = 8.34 · [C_wq·(Q_str + Q_potw) − C_str·Q_str] / (1 − R_potw)',
  'secondary-inhibition': 'AHL = 8.34 · C_inhib2 · Q_potw / (1 − R_prim)',
  'nitrification-inhibition': 'AHL = 8.34 · C_nit · Q_potw / (1 − R_prim)',
  'primary-inhibition': 'AHL = 8.34 · C_inhib1 · Q_potw',
  'digester-inhibition': 'AHL = 8.34 · C_dig · Q_dig / R_potw',
  sludge: 'AHL = 8.34 · C_slcrit · (PS/100) · Q_sldg / R_potw',
};

interface Parts {
  numerator: D;
  numeratorText: string;
  divisor: D;
  divisorText: string;
}

/** §8.1 (EPA 2004 Local Limits Development Guidance, UNVERIFIED forms): AHL in lb/d for one criterion. */
export function allowableHeadworksLoading(
  pollutant: string,
  criterion: AhlCriterion,
  options: { lbFactor?: DecimalInput } = {},
): AhlResult {
  const factor = String(options.lbFactor ?? DEFAULT_LB_PER_DAY_FACTOR);
  const inputs = Object.fromEntries(Object.entries(criterion).map(([k, v]) => [k, String(v)]));
  const draft: DerivationDraft = {
    tool: `ahl-${criterion.kind}`,
    citation: '403.5(c)(1); EPA 833-R-04-002A',
    formula: FORMULAS[criterion.kind],
    inputs: { pollutant, ...inputs, lbFactor: factor },
    steps: [],
    notes: [],
  };
  const result = guard(draft, () => {
    const p = criterionParts(criterion);
    if (p.divisor.isZero())
      return refuse(
        draft,
        'not_applicable',
        `The ${criterion.kind} criterion divides by zero: ${p.divisorText} = 0.`,
      );
    if (!p.numerator.isPositive() || p.numerator.isZero()) {
      return refuse(
        draft,
        'no_assimilative_capacity',
        `The ${criterion.kind} criterion leaves no allowable loading (${p.numeratorText} ≤ 0).`,
      );
    }
    const value = decimalField(factor, 'lbFactor').times(p.numerator).div(p.divisor);
    draft.steps.push(
      step('numerator', p.numeratorText, p.numerator),
      step('divisor', p.divisorText, p.divisor),
      step('AHL', `${factor} × ${p.numerator.toFixed()} / ${p.divisor.toFixed()}`, value, 'lb/d'),
    );
    return succeed(draft, value, 'lb/d');
  });
  return { ...result, criterion: criterion.kind };
}

function criterionParts(c: AhlCriterion): Parts {
  const one = new D(1);
  switch (c.kind) {
    case 'pass-through':
      return product(
        [n(c.cCrit, 'C_crit'), n(c.qPotw, 'Q_potw')],
        one.minus(r(c.rPotw, 'R_potw')),
        '1 − R_potw',
      );
    case 'water-quality':
      return waterQuality(c);
    case 'secondary-inhibition':
    case 'nitrification-inhibition':
      return product(
        [n(c.cInhib, 'C_inhib'), n(c.qPotw, 'Q_potw')],
        one.minus(r(c.rPrim, 'R_prim')),
        '1 − R_prim',
      );
    case 'primary-inhibition':
      return product([n(c.cInhib, 'C_inhib1'), n(c.qPotw, 'Q_potw')], one, '1');
    case 'digester-inhibition':
      return product([n(c.cDig, 'C_dig'), n(c.qDig, 'Q_dig')], r(c.rPotw, 'R_potw'), 'R_potw');
    case 'sludge':
      return product(
        [n(c.cSludge, 'C_slcrit'), n(c.percentSolids, 'PS').div(100), n(c.qSludge, 'Q_sldg')],
        r(c.rPotw, 'R_potw'),
        'R_potw',
      );
  }
}

function waterQuality(c: Extract<AhlCriterion, { kind: 'water-quality' }>): Parts {
  const [cWq, qStr, cStr, qPotw] = [
    n(c.cWq, 'C_wq'),
    n(c.qStr, 'Q_str'),
    n(c.cStr, 'C_str'),
    n(c.qPotw, 'Q_potw'),
  ];
  const numerator = cWq.times(qStr.plus(qPotw)).minus(cStr.times(qStr));
  const divisor = new D(1).minus(r(c.rPotw, 'R_potw'));
  return {
    numerator,
    numeratorText: `${cWq.toFixed()} × (${qStr.toFixed()} + ${qPotw.toFixed()}) − ${cStr.toFixed()} × ${qStr.toFixed()}`,
    divisor,
    divisorText: `1 − R_potw = ${divisor.toFixed()}`,
  };
}

function product(factors: D[], divisor: D, divisorName: string): Parts {
  const numerator = factors.reduce((a, b) => a.times(b), new D(1));
  return {
    numerator,
    numeratorText: factors.map((f) => f.toFixed()).join(' × '),
    divisor,
    divisorText: `${divisorName} = ${divisor.toFixed()}`,
  };
}

function n(v: DecimalInput, name: string): D {
  return nonNegativeField(v, name);
}

function r(v: DecimalInput, name: string): D {
  return fractionField(v, name, true);
}
