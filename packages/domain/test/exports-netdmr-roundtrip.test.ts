import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ReportContent } from '../src/contracts/reports';
import {
  icisDmrXml,
  netDmrCsv,
  readIcisDmrXml,
  readNetDmrCsv,
  reportContentFromNetDmr,
} from '../src/exports';
import { readNetDmrDocument } from '../src/imports/netdmr-read';
import type { NetDmrDocument } from '../src/imports/netdmr-types';
import { IssueSink, parseXml } from '../src/imports/xml-reader';
import { validateIcisXml } from './exports-helpers';
import { editParameter, netDmrFileNames, readNetDmr } from './imports-helpers';

const SLOTS = [
  ['Quantity1', 'Q1'],
  ['Quantity2', 'Q2'],
  ['Concentration1', 'C1'],
  ['Concentration2', 'C2'],
  ['Concentration3', 'C3'],
] as const;
const NODI = /NoDataIndicator|NODI/i;

interface OriginalValue {
  slot: string;
  base: string | null;
  qualifier: string | null;
  value: string | null;
  nodi: string | null;
}
interface OriginalParameter {
  code: string;
  location: string;
  season: number;
  values: OriginalValue[];
}
interface Original {
  permit: string;
  outfall: string;
  designator: string;
  periodEnd: string;
  formNodi: string | null;
  parameters: OriginalParameter[];
}

type Node = Record<string, unknown>;
const textOf = (node: Node, key: string): string | null => {
  const v = node[key];
  return typeof v === 'string' && v !== '' ? v : null;
};
const nodiOf = (node: Node): string | null => {
  const key = Object.keys(node).find((k) => NODI.test(k));
  return key === undefined ? null : textOf(node, key);
};

/** The copy of record read independently of the importer: every string exactly as in the file. */
function original(xml: string): Original {
  const tree = new XMLParser({
    parseTagValue: false,
    trimValues: true,
    isArray: (n) => n === 'Parameter',
  }).parse(xml) as Node;
  const root = tree.DischargeMonitoringReport as Node;
  const parameters = ((root.Parameters as Node | undefined)?.Parameter as Node[] | undefined) ?? [];
  return {
    permit: textOf(root, 'PermitIdentifier')!,
    outfall: textOf(root, 'PermittedFeatureIdentifier')!,
    designator: textOf(root, 'LimitSetDesignator')!,
    periodEnd: textOf(root, 'MonitoringPeriodEndDate')!,
    formNodi: nodiOf(root),
    parameters: parameters.map((p) => ({
      code: textOf(p, 'ParameterCode')!,
      location: textOf(p, 'MonitoringLocationCode')!,
      season: Number(textOf(p, 'PermitSeasonNumber') ?? '0'),
      values: SLOTS.flatMap(([element, slot]) => {
        const s = p[element] as Node | undefined;
        if (s === undefined) return [];
        return [
          {
            slot,
            base: textOf(s, 'PermitStatisticalBaseCode'),
            qualifier: textOf(s, 'ReportedQualifier'),
            value: textOf(s, 'ReportedValue'),
            nodi: nodiOf(s),
          },
        ];
      }),
    })),
  };
}

function importDoc(xml: string): NetDmrDocument {
  const sink = new IssueSink();
  const tree = parseXml(xml, sink);
  const doc = tree ? readNetDmrDocument(tree, sink) : null;
  if (!doc || sink.issues.length > 0) throw new Error(JSON.stringify(sink.issues));
  return doc;
}

const ids = { facilityId: 'facility-1', permitId: 'permit-1', permitVersionId: 'version-1' };
const header = {
  author: 'netdmr-roundtrip',
  organization: 'Outfall tests',
  createdAt: '2025-01-01T00:00:00Z',
};

/** Imports a copy of record, writes it as ICIS XML (validated) and CSV, reads both back. */
async function roundTrip(xml: string) {
  const content = ReportContent.parse(reportContentFromNetDmr(importDoc(xml), ids));
  const icis = icisDmrXml([{ content, signature: null }], header);
  const csv = netDmrCsv([content]);
  return {
    content,
    icis,
    verdict: await validateIcisXml(icis),
    fromIcis: readIcisDmrXml(icis),
    fromCsv: readNetDmrCsv(csv),
  };
}

/** Compares every original value with both read-backs; returns the number of values compared. */
function compare(orig: Original, trip: Awaited<ReturnType<typeof roundTrip>>): number {
  const [dmr, ...moreDmrs] = trip.fromIcis.reports;
  expect(moreDmrs).toHaveLength(0);
  expect([dmr!.permitIdentifier, dmr!.permittedFeatureIdentifier, dmr!.limitSetDesignator]).toEqual([
    orig.permit,
    orig.outfall,
    orig.designator,
  ]);
  expect([dmr!.monitoringPeriodEndDate, dmr!.formNodi]).toEqual([orig.periodEnd, orig.formNodi]);
  const csvRows = trip.fromCsv;
  if (orig.parameters.length === 0) {
    expect(dmr!.parameters).toEqual([]);
    expect(
      csvRows.map((r) => [r.permitId, r.permittedFeatureId, r.periodEnd, r.formNodi, r.parameterCode]),
    ).toEqual([[orig.permit, orig.outfall, orig.periodEnd, orig.formNodi, null]]);
    return 0;
  }
  expect(dmr!.parameters).toHaveLength(orig.parameters.length);
  expect(csvRows).toHaveLength(orig.parameters.length);
  let compared = 0;
  orig.parameters.forEach((p, i) => {
    const x = dmr!.parameters[i]!;
    const c = csvRows[i]!;
    expect([x.parameterCode, x.monitoringSiteCode, x.seasonNumber]).toEqual([p.code, p.location, p.season]);
    expect([c.permitId, c.permittedFeatureId, c.limitSet, c.periodEnd, c.formNodi]).toEqual([
      orig.permit,
      orig.outfall,
      orig.designator,
      orig.periodEnd,
      orig.formNodi,
    ]);
    expect([c.parameterCode, c.monitoringLocationCode, c.seasonNumber]).toEqual([
      p.code,
      p.location,
      p.season,
    ]);
    expect(x.values.map((v) => v.code).sort()).toEqual(p.values.map((v) => v.slot).sort());
    expect(c.values.map((v) => v.slot)).toEqual(p.values.map((v) => v.slot));
    for (const v of p.values) {
      const fromIcis = x.values.find((n) => n.code === v.slot)!;
      const fromCsv = c.values.find((n) => n.slot === v.slot)!;
      // ICIS DMR XML has no statistical base code; the CSV carries it.
      expect({
        slot: v.slot,
        qualifier: fromIcis.qualifier,
        value: fromIcis.quantity,
        nodi: fromIcis.nodi,
      }).toEqual({
        slot: v.slot,
        qualifier: v.qualifier,
        value: v.value,
        nodi: v.nodi,
      });
      expect({ ...fromCsv }).toEqual({
        slot: v.slot,
        nodi: v.nodi,
        qualifier: v.qualifier,
        value: v.value,
        statisticalBaseCode: v.base,
      });
      compared += 1;
    }
  });
  return compared;
}

const slotCount = (xml: string) => (xml.match(/<(Quantity[12]|Concentration[123])>/g) ?? []).length;

describe('round trip of the 9 NetDMR copies of record: import → ReportContent → ICIS XML / NetDMR CSV → read back', () => {
  const files = netDmrFileNames();
  it('finds the 9 reference files', () => {
    expect(files).toHaveLength(9);
  });

  it.each(files)('%s', async (name) => {
    const xml = readNetDmr(name);
    const orig = original(xml);
    const trip = await roundTrip(xml);
    expect(trip.verdict.output).toMatch(/validates$/);
    expect(trip.verdict.valid).toBe(true);
    const compared = compare(orig, trip);
    // Every Quantity/Concentration element of the file was compared, in both formats.
    expect(compared).toBeGreaterThan(0);
    expect(compared).toBe(slotCount(xml));
    expect(compared).toBe(32);
    // The comment survives too (the importer keeps '&#xd;' as text; it must come back the same).
    expect(trip.fromIcis.reports[0]!.comment).toBe(trip.content.narrative.comments);
  });

  it('gives every value the limit id of the NetDMR permit import', async () => {
    const { content } = await roundTrip(readNetDmr('ARS000002_001-Q_2018-08-31.xml'));
    const values = content.outfalls[0]!.parameters.flatMap((p) => p.values);
    expect(values.every((v) => v.limitId?.startsWith('limit:001:'))).toBe(true);
    expect(new Set(values.map((v) => v.limitId)).size).toBe(values.length);
    expect(values.filter((v) => v.exceedance)).toEqual([]);
  });

  it('derives an exceedance from value, limit and direction (pH 5.4 under its 6 minimum; no percent for pH)', async () => {
    const xml = editParameter(readNetDmr('ARS000002_001-Q_2017-02-28.xml'), 3, (p) =>
      p.replace(/(<Concentration1>.*?<ReportedValue>)7.1(<\/ReportedValue>)/, '$15.4$2'),
    );
    const { content } = await roundTrip(xml);
    const ph = content.outfalls[0]!.parameters.find((p) => p.parameterCode === '00400')!;
    expect(
      ph.values.map((v) => [
        v.slot,
        v.limitQualifier,
        v.limitValue,
        v.reported,
        v.exceedance,
        v.exceedancePercent,
      ]),
    ).toEqual([
      ['C1', '>=', '6', '5.4', true, null],
      ['C3', '<=', '9', '7.1', false, null],
    ]);
  });
});

describe('round trip of NODI codes (copies of record edited to carry them)', () => {
  const base = readNetDmr('ARS000002_001-Q_2017-02-28.xml');

  it('value-level NODI: no number, the code in both formats', async () => {
    const xml = editParameter(base, 1, (p) =>
      p.replace(
        /(<Quantity2>.*?)<ReportedQualifier>=<\/ReportedQualifier><ReportedValue>0.0194<\/ReportedValue>/,
        '$1<ReportedNoDataIndicatorCode>9</ReportedNoDataIndicatorCode>',
      ),
    );
    expect(xml).not.toBe(base);
    const orig = original(xml);
    expect(orig.parameters[0]!.values[1]).toEqual({
      slot: 'Q2',
      base: 'MB',
      qualifier: null,
      value: null,
      nodi: '9',
    });
    const trip = await roundTrip(xml);
    expect(trip.verdict.valid).toBe(true);
    expect(compare(orig, trip)).toBe(32);
  });

  it('form-level NODI: no parameters in ICIS (the XSD choice), one key row in the CSV', async () => {
    const xml = base
      .replace(/<Parameters>.*<\/Parameters>/s, '')
      .replace(
        '</MonitoringPeriodEndDate>',
        '</MonitoringPeriodEndDate><NoDataIndicatorCode>C</NoDataIndicatorCode>',
      );
    const orig = original(xml);
    expect([orig.formNodi, orig.parameters]).toEqual(['C', []]);
    const trip = await roundTrip(xml);
    expect(trip.verdict.valid).toBe(true);
    expect(compare(orig, trip)).toBe(0);
  });
});
