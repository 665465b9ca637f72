import type { SncPublicNoticeView } from '@outfall/domain/contracts/snc-program';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { forbidden } from '../errors';
import { publicNoticeOf, renderPublicNoticePdf } from './public-notice';

/** The public notice PDF of the acting authority, audited as `snc.public_notice_generated`. */
export async function generatePublicNotice({
  db,
  actor,
  asOf,
}: {
  db: Db;
  actor: Actor;
  asOf: string;
}): Promise<{ notice: SncPublicNoticeView; pdf: Buffer }> {
  const m = authorize(actor, 'program.read');
  if (m.kind !== 'authority') throw forbidden();
  return db.transaction(async (tx) => {
    const notice = await publicNoticeOf(tx, m.organizationId, asOf);
    const pdf = await renderPublicNoticePdf(notice);
    await appendAudit(tx, auditActorOf(actor), {
      type: 'snc.public_notice_generated',
      subjectId: m.organizationId,
      organizationId: m.organizationId,
      after: {
        asOf,
        periodStart: notice.periodStart,
        periodEnd: notice.periodEnd,
        facilities: notice.entries.map((e) => ({ facilityId: e.facilityId, criteria: e.criteria })),
      },
    });
    return { notice, pdf };
  });
}
