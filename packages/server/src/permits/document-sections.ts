import type {
  PermitContent,
  PermitLimit,
  PermitLimitSet,
  ReportDueRuleText,
  StandardConditions,
} from '@outfall/domain/contracts/permits';
import type { Content, TableCell } from 'pdfmake/interfaces';

const CONDITION_TITLES: Readonly<Record<keyof StandardConditions, string>> = {
  duration: 'Duration',
  nonTransferability: 'Non-transferability',
  monitoring: 'Monitoring',
  reporting: 'Reporting',
  notification: 'Notification',
  recordKeeping: 'Record keeping',
  penalties: 'Civil and criminal penalties',
};

export const head = (texts: string[]): TableCell[] => texts.map((text) => ({ text, style: 'th' }));
const none = (what: string): Content => ({ text: `No ${what}.`, italics: true, margin: [0, 2, 0, 8] });

function table(widths: (string | number)[], header: string[], rows: TableCell[][]): Content {
  return {
    table: { headerRows: 1, widths, body: [head(header), ...rows] },
    layout: 'lightHorizontalLines',
    fontSize: 8,
    margin: [0, 2, 0, 10],
  };
}

export function conditionsSection(c: StandardConditions): Content[] {
  return (Object.keys(CONDITION_TITLES) as (keyof StandardConditions)[]).map((key) => ({
    stack: [
      { text: CONDITION_TITLES[key], style: 'h3' },
      c[key] ? { text: c[key]! } : { text: 'Not stated in this version.', italics: true },
    ],
    margin: [0, 0, 0, 6],
  }));
}

function seasonText(set: PermitLimitSet): string {
  const season = set.season ? `${set.season.start} to ${set.season.end}` : 'Year-round';
  const from = set.effectiveFrom ? ` · from ${set.effectiveFrom}` : '';
  const to = set.effectiveTo ? ` until ${set.effectiveTo}` : '';
  return `${season}${from}${to}`;
}

function limitRow(l: PermitLimit): TableCell[] {
  const basis = l.categoricalCitation ? `${l.basis} (${l.categoricalCitation})` : l.basis;
  return [
    `${l.parameterCode} ${l.parameterName}`,
    l.statisticalBaseName ?? l.statisticalBaseCode,
    {
      text: l.value === null ? 'Monitor only' : `${l.direction === 'min' ? '≥' : '≤'} ${l.value}`,
      noWrap: l.value !== null,
    },
    l.unitText,
    l.derivation ? `${basis}; derived: ${l.derivation.formula}` : basis,
    l.sampleType ?? '',
    l.frequencyCode ?? '',
    l.enforceable ? 'Limit' : 'Alert only',
  ];
}

export function limitsSection(content: PermitContent): Content[] {
  if (content.outfalls.length === 0) return [none('outfalls')];
  return content.outfalls.flatMap((o): Content[] => {
    const sets = content.limitSets.filter((s) => s.outfallId === o.id);
    return [
      { text: `Outfall ${o.code} — ${o.name} (location ${o.monitoringLocationCode})`, style: 'h3' },
      ...(o.description ? [{ text: o.description, fontSize: 8, margin: [0, 0, 0, 4] } as Content] : []),
      ...(sets.length === 0 ? [none('limits for this outfall')] : []),
      ...sets.flatMap((s): Content[] => [
        { text: `${s.name} — ${seasonText(s)}`, bold: true, fontSize: 9, margin: [0, 4, 0, 2] },
        table(
          ['*', 48, 42, 30, 100, 32, 40, 34],
          ['Parameter', 'Statistic', 'Limit', 'Unit', 'Basis', 'Sample', 'Frequency', 'Type'],
          s.limits.map(limitRow),
        ),
      ]),
    ];
  });
}

export function monitoringSection(content: PermitContent): Content {
  if (content.monitoringRequirements.length === 0) return none('monitoring requirements');
  const outfall = (id: string | null) => content.outfalls.find((o) => o.id === id)?.code ?? '';
  return table(
    ['*', 70, 60, 60, 80],
    ['Pollutant', 'Location', 'Frequency', 'Sample type', 'Sampled by'],
    content.monitoringRequirements.map((r) => [
      `${r.parameterCode ?? '—'} ${r.parameterName ?? ''}`,
      [outfall(r.outfallId), r.monitoringLocationCode].filter(Boolean).join(' / '),
      r.frequencyCode ?? '—',
      r.sampleType ?? '—',
      r.sampledBy === 'permittee' ? 'Permittee' : 'Control authority',
    ]),
  );
}

function dueText(rule: ReportDueRuleText): string {
  switch (rule.kind) {
    case 'days-after-period-end':
      return `${rule.days} days after the period ends`;
    case 'day-of-month':
      return `day ${rule.day}, ${rule.monthsAfter} month(s) after the period ends`;
    case 'fixed-date':
      return `on ${rule.date}`;
    case 'hours-after-event':
      return `within ${rule.hours} hours of the event`;
  }
}

export function reportingSection(content: PermitContent): Content {
  if (content.reportingRequirements.length === 0) return none('reporting requirements');
  return table(
    ['*', 'auto', 'auto', '*'],
    ['Report', 'Kind', 'Period', 'Due'],
    content.reportingRequirements.map((r) => [r.name, r.kind, r.cadence, dueText(r.dueRule)]),
  );
}

export function scheduleSection(content: PermitContent): Content[] {
  if (content.complianceSchedules.length === 0) return [none('compliance schedule')];
  return content.complianceSchedules.flatMap((s): Content[] => [
    { text: s.title, style: 'h3' },
    ...(s.requirement ? [{ text: s.requirement } as Content] : []),
    table(
      ['auto', '*', 'auto'],
      ['Milestone', 'Description', 'Due'],
      s.milestones.map((m) => [m.kind.replaceAll('_', ' '), m.description, m.dueDate]),
    ),
  ]);
}

export function specialConditionsSection(content: PermitContent): Content[] {
  if (content.specialConditions.length === 0) return [none('special conditions or BMPs')];
  return content.specialConditions.map((c) => ({
    stack: [{ text: `${c.title} (${c.kind.replaceAll('_', ' ')})`, style: 'h3' }, { text: c.text }],
    margin: [0, 0, 0, 6],
  }));
}
