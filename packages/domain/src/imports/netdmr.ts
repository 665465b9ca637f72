import { type PermitImportOutcome, PermitImportResult } from '../contracts/permits';
import { permitIssuesFromZod } from '../contracts/permits-issues';
import { netDmrToContent } from './netdmr-content';
import { readNetDmrDocument } from './netdmr-read';
import { IssueSink, parseXml } from './xml-reader';

/**
 * Imports a NetDMR copy of record (root `DischargeMonitoringReport`): permit number, outfall,
 * limit set, limits ("Req Mon" = monitor only, value null), units, sample types, frequencies,
 * monitoring and DMR requirements, and the reported values. Refused whole, naming every element at
 * fault. Deterministic: the same file always gives the same result.
 */
export function importNetDmrCopyOfRecord(xml: string): PermitImportOutcome {
  const sink = new IssueSink();
  const tree = parseXml(xml, sink);
  const doc = tree ? readNetDmrDocument(tree, sink) : null;
  if (!doc || sink.issues.length > 0) return { ok: false, errors: sink.issues };
  const warnings: string[] = [];
  const { content, report } = netDmrToContent(doc, warnings);
  const parsed = PermitImportResult.safeParse({
    source: 'netdmr_xml',
    permitNumber: doc.header.permitNumber,
    facilityName: doc.header.facilityName,
    content,
    reports: [report],
    warnings,
  });
  if (!parsed.success) return { ok: false, errors: permitIssuesFromZod(parsed.error) };
  return { ok: true, result: parsed.data };
}
