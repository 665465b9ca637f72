/// <reference types="node" />
// Test-only I/O: src/ stays pure; the tests read fixtures here.
import { readdirSync, readFileSync } from 'node:fs';

const NETDMR_DIR = new URL('../../../../shared/reference/netdmr-copy-of-record/', import.meta.url);

export function netDmrFileNames(): string[] {
  return readdirSync(NETDMR_DIR)
    .filter((f) => f.endsWith('.xml'))
    .sort();
}

export function readNetDmr(name: string): string {
  return readFileSync(new URL(name, NETDMR_DIR), 'utf8');
}

/** Applies `edit` to the n-th (1-based) `<Parameter>` element of a copy of record. */
export function editParameter(xml: string, n: number, edit: (parameter: string) => string): string {
  const parts = xml.split('<Parameter>');
  const part = parts[n];
  if (part === undefined) throw new Error(`no Parameter[${n}]`);
  parts[n] = edit(part);
  return parts.join('<Parameter>');
}
