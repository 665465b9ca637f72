/// <reference types="node" />
// Test-only I/O: the real XSD validator — libxml2's xmllint compiled to WebAssembly (xmllint-wasm),
// so `npm test` needs no system package — against the ICIS-NPDES v5.14 schema files.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const XSD_DIR = fileURLToPath(new URL('../../../../shared/reference/icis-npdes-xml/xsd/', import.meta.url));

export interface XsdVerdict {
  valid: boolean;
  /** "doc.xml validates", or xmllint's error messages. */
  output: string;
}

let schemaFiles: {
  schema: { fileName: string; contents: string };
  preload: { fileName: string; contents: string }[];
} | null = null;

function schema() {
  schemaFiles ??= {
    schema: { fileName: 'index.xsd', contents: readFileSync(`${XSD_DIR}index.xsd`, 'utf8') },
    preload: readdirSync(`${XSD_DIR}14`).map((f) => ({
      fileName: `14/${f}`,
      contents: readFileSync(`${XSD_DIR}14/${f}`, 'utf8'),
    })),
  };
  return schemaFiles;
}

/** Validates an XML document against the ICIS-NPDES v5.14 schema (index.xsd and its includes). */
export async function validateIcisXml(xml: string): Promise<XsdVerdict> {
  const { schema: xsd, preload } = schema();
  const result = await validateXML({ xml: [{ fileName: 'doc.xml', contents: xml }], schema: [xsd], preload });
  return {
    valid: result.valid,
    output: result.valid ? 'doc.xml validates' : result.errors.map((e) => e.message).join('\n'),
  };
}
