/// <reference types="node" />
// Test-only I/O: the real XSD validator (xmllint, Debian libxml2-utils) on a temp file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ICIS_XSD = fileURLToPath(
  new URL('../../../../shared/reference/icis-npdes-xml/xsd/index.xsd', import.meta.url),
);

export interface XsdVerdict {
  valid: boolean;
  /** xmllint's messages (stderr). */
  output: string;
}

/** Validates an XML document against the ICIS-NPDES v5.14 schema with `xmllint --schema`. */
export function validateIcisXml(xml: string): XsdVerdict {
  const dir = mkdtempSync(join(tmpdir(), 'outfall-icis-'));
  try {
    const file = join(dir, 'dmr.xml');
    writeFileSync(file, xml, 'utf8');
    const run = spawnSync('xmllint', ['--noout', '--schema', ICIS_XSD, file], { encoding: 'utf8' });
    if (run.error) throw run.error;
    return { valid: run.status === 0, output: `${run.stderr}${run.stdout}`.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
