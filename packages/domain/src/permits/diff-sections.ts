import type { PermitContent } from '../contracts/permits';
import type { DiffItem } from './diff-items';

function codeOf(content: PermitContent, outfallId: string | null): string | null {
  if (outfallId === null) return null;
  return content.outfalls.find((o) => o.id === outfallId)?.code ?? null;
}

export function outfallItems(content: PermitContent): DiffItem[] {
  return content.outfalls.map((o) => {
    const { id, ...fields } = o;
    return { id, outfallCode: o.code, label: `Outfall ${o.code} — ${o.name}`, fields };
  });
}

export function limitSetItems(content: PermitContent): DiffItem[] {
  return content.limitSets.map((set) => {
    const { id, limits: _limits, ...fields } = set;
    return { id, outfallCode: codeOf(content, set.outfallId), label: `Limit set ${set.name}`, fields };
  });
}

export function limitItems(content: PermitContent): DiffItem[] {
  return content.limitSets.flatMap((set) =>
    set.limits.map((limit) => {
      const { id, ...rest } = limit;
      const label = `${limit.parameterName} (${limit.parameterCode}) ${limit.statisticalBaseName ?? limit.statisticalBaseCode}`;
      return {
        id,
        outfallCode: codeOf(content, set.outfallId),
        label,
        fields: { limitSetId: set.id, ...rest },
      };
    }),
  );
}

export function monitoringItems(content: PermitContent): DiffItem[] {
  return content.monitoringRequirements.map((r) => {
    const { id, ...fields } = r;
    const label = `Monitoring ${r.parameterName ?? r.parameterCode ?? '(no parameter)'}`;
    return { id, outfallCode: codeOf(content, r.outfallId), label, fields };
  });
}

export function reportingItems(content: PermitContent): DiffItem[] {
  return content.reportingRequirements.map((r) => {
    const { id, ...fields } = r;
    return { id, outfallCode: codeOf(content, r.outfallId), label: `Report ${r.name}`, fields };
  });
}

export function scheduleItems(content: PermitContent): DiffItem[] {
  return content.complianceSchedules.flatMap((s) => {
    const { id, milestones, ...fields } = s;
    const head: DiffItem = { id, outfallCode: null, label: `Compliance schedule ${s.title}`, fields };
    const steps = milestones.map((m) => {
      const { id: mid, ...mfields } = m;
      return {
        id: mid,
        outfallCode: null,
        label: `${s.title}: ${m.description}`,
        fields: { scheduleId: id, ...mfields },
      };
    });
    return [head, ...steps];
  });
}

export function specialConditionItems(content: PermitContent): DiffItem[] {
  return content.specialConditions.map((c) => {
    const { id, ...fields } = c;
    return { id, outfallCode: null, label: c.title, fields };
  });
}

export function conditionItems(content: PermitContent): DiffItem[] {
  return Object.entries(content.conditions).map(([key, text]) => ({
    id: key,
    outfallCode: null,
    label: `Condition: ${key}`,
    fields: { text },
  }));
}
