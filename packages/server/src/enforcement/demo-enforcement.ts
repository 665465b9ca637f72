import { addDays, compareIsoDates, minIsoDate } from '@outfall/domain/schedules/dates';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { memberships, violations } from '../db/schema';
import { actorFor } from '../factories';
import type { DemoProgramContext } from '../program/demo-context';
import { recordPenaltyCollected, recordResponse } from './action-updates';
import { guideOf } from './guide';
import { issueAction } from './issue-action';
import { recordViolation } from './record-violation';
import { updateDetermination } from './update-determination';
import { recommendationFor } from './violation-detail';

/**
 * The demo program's enforcement: the ERP guide; an NOV issued to Acme Plating for its open copper
 * violation whose response date has passed (the director's overdue list); a slug/BMP notification
 * failure at Riverside Foods without a response yet; a penalty assessed and partly collected earlier
 * this year.
 */
export async function seedDemoEnforcement(ctx: DemoProgramContext): Promise<void> {
  const { db, authorityId, today } = ctx;
  await guideOf(db, authorityId);
  const [member] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organizationId, authorityId),
        inArray(memberships.role, ['coordinator', 'director']),
      ),
    )
    .orderBy(asc(memberships.role))
    .limit(1);
  if (!member) return;
  const actor = await actorFor(db, member.userId, authorityId);
  const acme = ctx.facilities.get('Acme Plating');
  const riverside = ctx.facilities.get('Riverside Foods');

  if (acme) {
    const [copper] = await db
      .select()
      .from(violations)
      .where(
        and(
          eq(violations.facilityId, acme),
          eq(violations.kind, 'effluent'),
          eq(violations.status, 'open'),
          eq(violations.parameterCode, '01042'),
        ),
      )
      .orderBy(asc(violations.periodEnd))
      .limit(1);
    if (copper) {
      // the lab file arrived a few days after the sample: that is when the authority learned of it
      const detectedOn = minIsoDate(addDays(copper.periodEnd, 5), addDays(today, -30));
      if (compareIsoDates(detectedOn, copper.periodStart) >= 0) {
        await updateDetermination({
          db,
          actor,
          violationId: copper.id,
          input: { sncCriterion: null, detectedOn },
        });
        const [refreshed] = await db.select().from(violations).where(eq(violations.id, copper.id));
        const rec = await recommendationFor(db, authorityId, refreshed!, today);
        const nov = rec.responses.find((r) => r.type === 'notice_of_violation');
        const issuedOn = addDays(detectedOn, 10);
        await issueAction({
          db,
          actor,
          today,
          input: {
            facilityId: acme,
            violationIds: [copper.id],
            type: 'notice_of_violation',
            issuedOn,
            responseDue: minIsoDate(addDays(issuedOn, 15), addDays(today, -1)),
            guideEntryId: nov?.guideEntryId ?? null,
            summary:
              'Copper daily maximum exceeded in the June composite; first copper exceedance this year.',
            requirements:
              'Explain the cause of the copper exceedance, the corrective actions taken with their dates, and resample copper within 30 days (40 CFR 403.12(g)(2)).',
          },
        });
      }
    }
    // a penalty assessed early in the year for a late report, half collected
    const yearStart = `${today.slice(0, 4)}-01-01`;
    const issuedOn = minIsoDate(addDays(yearStart, 20), today);
    const penaltyId = await issueAction({
      db,
      actor,
      today,
      input: {
        facilityId: acme,
        type: 'penalty',
        issuedOn,
        responseDue: minIsoDate(addDays(issuedOn, 30), today),
        summary: 'Administrative penalty for the periodic compliance report filed more than 45 days late.',
        requirements: 'Pay the assessed penalty of $1,500.00; a payment plan of two instalments is accepted.',
        penaltyAssessed: '1500.00',
      },
    });
    const paidOn = minIsoDate(addDays(issuedOn, 25), today);
    await recordResponse({
      db,
      actor,
      actionId: penaltyId,
      today,
      input: { respondedOn: paidOn, note: 'Acme Plating agreed to pay in two instalments.' },
    });
    await recordPenaltyCollected({
      db,
      actor,
      actionId: penaltyId,
      today,
      input: { amount: '750.00', collectedOn: paidOn },
    });
  }

  if (riverside) {
    await recordViolation({
      db,
      actor,
      today,
      input: {
        facilityId: riverside,
        category: 'slug_bmp_notification',
        occurredOn: addDays(today, -6),
        detectedOn: addDays(today, -5),
        description:
          'Slug discharge of caustic clean-in-place solution on the night shift was not reported to the POTW within 24 hours as the slug control plan requires.',
        harm: false,
      },
    });
  }
}
