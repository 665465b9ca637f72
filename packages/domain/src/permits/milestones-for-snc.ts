import type { MilestoneKind, PermitContent } from '../contracts/permits';
import type { ScheduleMilestone } from '../snc/types';

function sncKind(kind: MilestoneKind): ScheduleMilestone['kind'] {
  switch (kind) {
    case 'start_construction':
      return 'start-construction';
    case 'complete_construction':
      return 'complete-construction';
    case 'final_compliance':
      return 'final-compliance';
    case 'hire_engineer':
    case 'complete_plans':
    case 'execute_contract':
    case 'start_operation':
    case 'progress_report':
    case 'other':
      return 'other';
  }
}

/** The permit's schedule milestones for the SNC schedule criterion (403.8(f)(2)(viii)(E)). */
export function milestonesForSnc(content: PermitContent): ScheduleMilestone[] {
  return content.complianceSchedules.flatMap((s) =>
    s.milestones.map((m) => ({
      id: m.id,
      kind: sncKind(m.kind),
      description: m.description,
      scheduledDate: m.dueDate,
    })),
  );
}
