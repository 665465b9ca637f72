import type { InspectionKind } from '@outfall/domain/contracts/program';
import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/connect';
import { enforcementActions, users } from '../db/schema';
import {
  closeAction,
  recordPenaltyCollected,
  recordResponse,
  setMilestoneAchieved,
} from '../enforcement/action-updates';
import { issueAction } from '../enforcement/issue-action';
import { returnToCompliance } from '../enforcement/return-to-compliance';
import { actorFor } from '../factories';
import { addFinding } from '../inspections/add-finding';
import { addFollowUp } from '../inspections/add-follow-up';
import { completeFollowUp } from '../inspections/complete-follow-up';
import { completeInspection } from '../inspections/complete-inspection';
import { recordFindingViolation } from '../inspections/record-finding-violation';
import { scheduleInspection } from '../inspections/schedule-inspection';
import { startInspection } from '../inspections/start-inspection';
import { updateInspection } from '../inspections/update-inspection';
import type { DemoProgramContext } from './demo-context';

async function actorOf(db: Db, email: string, authorityId: string): Promise<Actor | null> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return u ? actorFor(db, u.id, authorityId) : null;
}

interface Visit {
  facility: string;
  kind: InspectionKind;
  /** Month and day of the visit in the previous year ('MM-DD'). */
  on: string;
  includesSampling: boolean;
  /** A couple of checklist answers (ids of the default checklist). */
  answers: { id: string; answer: 'yes' | 'no' | 'na'; note?: string }[];
  summary: string;
  /** A deficiency found on the visit, recorded as a violation once the visit is completed. */
  finding?: { description: string; checklistItemId: string };
}

/**
 * The previous reporting year's oversight (the demo's reporting year is the calendar year), so the
 * annual report the demo prepares has real figures. Through the use cases, so the audit trail has
 * every step:
 * - routine inspections (with authority sampling, except Northgate, a middle-tier CIU sampled every
 *   other year) of Springfield Brewing, Central Dairy, Valley Circuit Boards, Summit Specialty
 *   Chemicals and Northgate; a slug control evaluation (with sampling) of Lakeside Textile Mills;
 *   the NSCIU evaluation of Granite Pharmaceuticals. Acme Plating and Riverside Foods were not
 *   visited last year, which is why this year's plan starts with them;
 * - Valley Circuit Boards: pH recorder out of service, recorded as a violation, a follow-up
 *   completed, an NOV answered and closed with the return to compliance;
 * - Summit Specialty Chemicals: solvent drums without secondary containment beside a floor drain,
 *   recorded as a violation; an administrative order with a compliance schedule (both milestones
 *   met) and a $2,000.00 penalty of which $1,200.00 was collected; the violation returned to
 *   compliance when the containment was built.
 */
export async function seedDemoLastYear(ctx: DemoProgramContext): Promise<void> {
  const { db, authorityId, facilities, today } = ctx;
  const [coordinator, director, inspector] = await Promise.all([
    actorOf(db, 'coordinator@springfield.example', authorityId),
    actorOf(db, 'director@springfield.example', authorityId),
    actorOf(db, 'inspector@springfield.example', authorityId),
  ]);
  if (!coordinator || !director || !inspector) return;
  const year = Number(today.slice(0, 4)) - 1;
  const day = (mmdd: string) => `${year}-${mmdd}`;

  const visits: Visit[] = [
    {
      facility: 'Springfield Brewing Company',
      kind: 'routine',
      on: '03-11',
      includesSampling: true,
      answers: [
        { id: 's2.1', answer: 'yes' },
        {
          id: 's3.1',
          answer: 'yes',
          note: 'Equalization tank and pH adjustment running; spent grain kept out.',
        },
      ],
      summary: 'Routine annual inspection with authority sampling at the brewhouse outfall; no deficiencies.',
    },
    {
      facility: 'Central Dairy Cooperative',
      kind: 'routine',
      on: '04-08',
      includesSampling: true,
      answers: [
        { id: 's3.1', answer: 'yes' },
        { id: 's6.2', answer: 'yes', note: 'Whey recovered to tankers, not to drains.' },
      ],
      summary: 'Routine annual inspection with authority sampling (BOD, TSS, FOG); no deficiencies.',
    },
    {
      facility: 'Valley Circuit Boards',
      kind: 'routine',
      on: '05-13',
      includesSampling: true,
      answers: [
        { id: 's2.1', answer: 'yes' },
        {
          id: 's3.1',
          answer: 'no',
          note: 'The pH chart recorder at the final neutralization tank has been out of service since April.',
        },
      ],
      summary:
        'Routine annual inspection with authority sampling at the final neutralization tank. ' +
        'No continuous pH record since April: the recorder must be repaired.',
      finding: {
        description:
          'Continuous pH recorder at the final neutralization tank out of service since April; no pH record for the discharge (permit part 3).',
        checklistItemId: 's3.1',
      },
    },
    {
      facility: 'Summit Specialty Chemicals',
      kind: 'routine',
      on: '06-17',
      includesSampling: true,
      answers: [
        { id: 's5.1', answer: 'no', note: 'Twelve solvent drums on bare concrete in the east bay.' },
        {
          id: 's5.2',
          answer: 'no',
          note: 'Open floor drain two metres from the drums, to the sanitary sewer.',
        },
      ],
      summary:
        'Routine annual inspection with authority sampling. Solvent drums are stored without secondary ' +
        'containment beside a floor drain to the sewer: referred for enforcement.',
      finding: {
        description:
          'Solvent drums stored without secondary containment next to a floor drain connected to the sanitary sewer.',
        checklistItemId: 's5.1',
      },
    },
    {
      facility: 'Northgate Metal Finishing',
      kind: 'routine',
      on: '08-19',
      // a middle-tier CIU is sampled by the authority every other year (403.8(f)(2)(v)(B))
      includesSampling: false,
      answers: [
        { id: 's1.1', answer: 'yes' },
        { id: 's3.2', answer: 'yes' },
      ],
      summary: 'Routine inspection of the middle-tier CIU; sampling is due next year. No deficiencies.',
    },
    {
      facility: 'Lakeside Textile Mills',
      kind: 'slug_evaluation',
      on: '09-09',
      includesSampling: true,
      answers: [
        { id: 's4.1', answer: 'yes', note: 'Plan revised in July after the dye-house upsets.' },
        { id: 's4.2', answer: 'yes' },
      ],
      summary:
        'Slug control evaluation (403.8(f)(2)(vi)) of the dye house, with sampling for color and temperature: ' +
        'the revised plan covers batch dye dumps; no further slug control measures required.',
    },
    {
      facility: 'Granite Pharmaceuticals',
      kind: 'nsciu_evaluation',
      on: '10-07',
      includesSampling: false,
      answers: [
        { id: 's7.1', answer: 'yes' },
        { id: 's7.2', answer: 'yes', note: 'Compounding rinse water logged at 60-85 gpd.' },
      ],
      summary:
        'Annual NSCIU evaluation (403.3(v)(2)): categorical wastewater remains under 100 gpd; the NSCIU status is kept.',
    },
  ];

  const violationOf = new Map<string, string>();
  const inspectionOf = new Map<string, string>();
  for (const v of visits) {
    const facilityId = facilities.get(v.facility);
    if (!facilityId) continue;
    const on = day(v.on);
    const id = await scheduleInspection({
      db,
      actor: coordinator,
      input: {
        facilityId,
        kind: v.kind,
        scheduledDate: on,
        assignedUserId: inspector.userId,
        includesSampling: v.includesSampling,
        announced: true,
      },
    });
    await startInspection({ db, actor: inspector, id });
    await updateInspection({
      db,
      actor: inspector,
      id,
      input: { checklist: v.answers.map((a) => ({ note: null, ...a })), summary: v.summary },
    });
    const finding = v.finding
      ? await addFinding({ db, actor: inspector, id, input: { ...v.finding, severity: 'deficiency' }, today })
      : null;
    await completeInspection({ db, actor: inspector, id, input: { inspectedOn: on }, today });
    if (finding) {
      // recorded once the visit is completed, so the violation is detected on the inspection day
      violationOf.set(
        v.facility,
        await recordFindingViolation({ db, actor: inspector, id, findingId: finding.findingId, today }),
      );
      inspectionOf.set(v.facility, id);
    }
  }

  // Valley Circuit Boards: the follow-up, then an NOV answered and closed
  const valley = facilities.get('Valley Circuit Boards');
  const valleyViolation = violationOf.get('Valley Circuit Boards');
  const valleyInspection = inspectionOf.get('Valley Circuit Boards');
  if (valley && valleyViolation && valleyInspection) {
    const followUpId = await addFollowUp({
      db,
      actor: inspector,
      id: valleyInspection,
      input: {
        description: 'Repair the pH recorder and send its calibration record and the pH log since the repair',
        dueDate: day('06-12'),
      },
    });
    await completeFollowUp({ db, actor: inspector, id: valleyInspection, followUpId });
    const nov = await issueAction({
      db,
      actor: coordinator,
      today,
      input: {
        facilityId: valley,
        violationIds: [valleyViolation],
        type: 'notice_of_violation',
        issuedOn: day('05-20'),
        responseDue: day('06-19'),
        summary: 'pH recorder at the final neutralization tank out of service (inspection of May 13).',
        requirements:
          'Repair the continuous pH recorder, send its calibration record, and explain how the pH was controlled while it was out of service.',
      },
    });
    await recordResponse({
      db,
      actor: coordinator,
      actionId: nov,
      today,
      input: {
        respondedOn: day('06-10'),
        note: 'Recorder repaired and calibrated on June 3 (certificate attached); grab pH readings every shift were logged in the meantime.',
      },
    });
    await closeAction({
      db,
      actor: coordinator,
      actionId: nov,
      today,
      input: {
        closedOn: day('06-24'),
        reason: 'pH recorder repaired and calibrated; continuous record restored.',
        returnToCompliance: true,
      },
    });
  }

  // Summit Specialty Chemicals: an administrative order with a schedule and a penalty
  const summit = facilities.get('Summit Specialty Chemicals');
  const summitViolation = violationOf.get('Summit Specialty Chemicals');
  if (summit && summitViolation) {
    const order = await issueAction({
      db,
      actor: director,
      today,
      input: {
        facilityId: summit,
        violationIds: [summitViolation],
        type: 'administrative_order',
        issuedOn: day('07-08'),
        responseDue: day('07-29'),
        summary:
          'Solvent drums without secondary containment beside a floor drain to the sewer (inspection of June 17): risk of a slug discharge.',
        requirements:
          'Move the solvent drums to contained storage at once; build secondary containment for the east bay and seal the floor drain on the schedule below; pay the assessed penalty of $2,000.00.',
        complianceSchedule: [
          {
            kind: 'other',
            description: 'Submit the secondary containment design for the east bay',
            scheduledDate: day('08-15'),
          },
          {
            kind: 'final-compliance',
            description: 'Secondary containment built and the east bay floor drain sealed',
            scheduledDate: day('10-31'),
          },
        ],
        penaltyAssessed: '2000.00',
      },
    });
    await recordResponse({
      db,
      actor: director,
      actionId: order,
      today,
      input: {
        respondedOn: day('07-22'),
        note: 'Summit accepted the order and the schedule, and asked to pay the penalty in five instalments of $400.00.',
      },
    });
    const [issued] = await db
      .select({ schedule: enforcementActions.complianceSchedule })
      .from(enforcementActions)
      .where(eq(enforcementActions.id, order));
    const [design, final] = issued?.schedule ?? [];
    if (design)
      await setMilestoneAchieved({
        db,
        actor: director,
        actionId: order,
        milestoneId: design.id,
        achievedDate: day('08-12'),
        today,
      });
    if (final)
      await setMilestoneAchieved({
        db,
        actor: director,
        actionId: order,
        milestoneId: final.id,
        achievedDate: day('10-24'),
        today,
      });
    await returnToCompliance({
      db,
      actor: inspector,
      violationId: summitViolation,
      input: {
        returnedOn: day('10-24'),
        note: 'Containment built and floor drain sealed; verified on site.',
      },
      today,
    });
    await recordPenaltyCollected({
      db,
      actor: director,
      actionId: order,
      today,
      input: { amount: '1200.00', collectedOn: day('11-14') },
    });
  }
}
