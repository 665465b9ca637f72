import {
  emptyPermitContent,
  type PermitImportOutcome,
  PermitImportResult,
  type PermitIssue,
} from '../contracts/permits';
import { permitIssuesFromZod } from '../contracts/permits-issues';
import { EchoFileError } from '../echo/echo-file-error';
import { parseEchoDmrFile } from '../echo/parse-echo-dmr-file';
import { readEchoCsv } from '../echo/read-echo-csv';
import { echoLimitKey, echoReports } from './echo-history';
import { echoLimitIds, echoLimitSets, latestLimitRows } from './echo-limits';
import { echoMonitoring, echoOutfalls, echoReporting, outfallLocations } from './echo-requirements';
import { type EchoPermitRow, readEchoPermitRow } from './echo-rows';

function toIssue(error: EchoFileError): PermitIssue {
  const where = error.row === null ? '' : `row ${error.row}${error.column ? `, column ${error.column}` : ''}`;
  const message =
    where && error.message.startsWith(`${where}: `) ? error.message.slice(where.length + 2) : error.message;
  return { path: where, message, rule: null };
}

function readRows(csv: string): EchoPermitRow[] {
  parseEchoDmrFile(csv); // the engine's own checks of every value row
  const rows = readEchoCsv(csv).rows.map(readEchoPermitRow);
  const first = rows[0];
  if (!first) throw new EchoFileError('the file has no data rows');
  const other = rows.find((r) => r.permit !== first.permit);
  if (other)
    throw new EchoFileError(
      `row ${other.row}, column npdes_id: permit ${other.permit} differs from ${first.permit} on row ${first.row}`,
      {
        row: other.row,
        column: 'npdes_id',
      },
    );
  return rows;
}

function build(rows: EchoPermitRow[]): PermitImportResult {
  const warnings: string[] = [];
  const locations = outfallLocations(rows);
  const latest = latestLimitRows(rows);
  const ids = echoLimitIds(latest, locations);
  const limitSets = echoLimitSets(latest, ids, locations);
  const latestIds = new Map(latest.map((r, i) => [echoLimitKey(r), ids[i] ?? '']));
  if (rows.length > 0)
    warnings.push('ECHO gives no sample type or frequency: complete the monitoring requirements');
  return {
    source: 'echo_csv',
    permitNumber: rows[0]?.permit ?? '',
    facilityName: null,
    content: {
      ...emptyPermitContent(),
      outfalls: echoOutfalls(rows, locations),
      limitSets,
      monitoringRequirements: echoMonitoring(latest, locations),
      reportingRequirements: echoReporting(rows, warnings),
    },
    reports: echoReports(rows, latest, latestIds, new Set(limitSets.map((s) => s.id))),
    warnings,
  };
}

/**
 * Imports an ECHO effluent-chart CSV (§11.3): the limits in effect (the latest limit per outfall,
 * limit set, parameter, location, statistical base and value type) as permit content, and the DMR
 * history as reported values. Malformed input is refused naming the row and column.
 */
export function importEchoPermit(csv: string): PermitImportOutcome {
  let rows: EchoPermitRow[];
  try {
    rows = readRows(csv);
  } catch (error) {
    if (error instanceof EchoFileError) return { ok: false, errors: [toIssue(error)] };
    throw error;
  }
  const parsed = PermitImportResult.safeParse(build(rows));
  if (!parsed.success) return { ok: false, errors: permitIssuesFromZod(parsed.error) };
  return { ok: true, result: parsed.data };
}
