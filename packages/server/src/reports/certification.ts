import type { CertificationTemplateView } from '@outfall/domain/contracts/reports';
import { desc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { certificationTemplates } from '../db/schema';

/**
 * Which certification a report carries: 122.22(d) for an NPDES permittee's DMR, the 403.12(q)
 * statement for an NSCIU's annual certification, 403.6(a)(2)(ii) for pretreatment reports.
 */
export function certificationKeyFor(reportKind: string, permitKind: string): string {
  if (reportKind === 'nsciu_certification') return 'nsciu';
  return permitKind === 'npdes' ? 'npdes' : 'pretreatment';
}

/** The template version in force for a key (the highest version). */
export async function certificationInForce(db: Queryable, key: string): Promise<CertificationTemplateView> {
  const [row] = await db
    .select()
    .from(certificationTemplates)
    .where(eq(certificationTemplates.key, key))
    .orderBy(desc(certificationTemplates.version))
    .limit(1);
  if (!row) throw new Error(`No certification template '${key}' (migrations not applied?)`);
  return { id: row.id, key: row.key, version: row.version, citation: row.citation, text: row.text };
}
