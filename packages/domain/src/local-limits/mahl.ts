import { D } from '../numbers/decimal';
import { type DerivationDraft, refuse, step, succeed, type ToolResult } from '../permit-tools/derivation';
import type { AhlCriterionKind, AhlResult } from './ahl';

/** The MAHL and the criterion that governs it (ties: the first listed). */
export type MahlResult = ToolResult & { governing: AhlCriterionKind | null };

/** §8.1: MAHL = the minimum AHL across the criteria for the pollutant; refused if any AHL was refused. */
export function maximumAllowableHeadworksLoading(pollutant: string, ahls: AhlResult[]): MahlResult {
  const draft: DerivationDraft = {
    tool: 'mahl',
    citation: '403.5(c)(1); EPA 833-R-04-002A',
    formula: 'MAHL = min(AHL over criteria)',
    inputs: { pollutant, ahls: ahls.map((a) => ({ criterion: a.criterion, ahl: a.derivation.result })) },
    steps: [],
    notes: [],
  };
  if (ahls.length === 0)
    return { ...refuse(draft, 'invalid_input', 'No AHL criteria were given.'), governing: null };
  const refused = ahls.find((a) => !a.ok);
  if (refused && !refused.ok) {
    return {
      ...refuse(draft, 'invalid_input', `The ${refused.criterion} AHL was refused: ${refused.reason}`),
      governing: null,
    };
  }
  let best: AhlResult = ahls[0]!;
  let min = new D(Infinity);
  for (const ahl of ahls) {
    if (ahl.ok && ahl.value.lt(min)) {
      min = ahl.value;
      best = ahl;
    }
  }
  draft.steps.push(
    ...ahls.map((a) => step(`AHL ${a.criterion}`, a.derivation.formula, a.ok ? a.value : new D(0), 'lb/d')),
    step('MAHL', `min → ${best.criterion} governs`, min, 'lb/d'),
  );
  return { ...succeed(draft, min, 'lb/d'), governing: best.criterion };
}
