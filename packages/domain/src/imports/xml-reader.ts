import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { PermitIssue } from '../contracts/permits';

export type XmlObject = { [key: string]: XmlValue };
export type XmlValue = string | XmlObject | XmlValue[];

/** Collects refusals naming the element at fault. */
export class IssueSink {
  readonly issues: PermitIssue[] = [];
  add(path: string, message: string): void {
    this.issues.push({ path, message, rule: null });
  }
}

const ARRAY_ELEMENTS = new Set(['Parameter', 'Term']);

/** Parses XML into plain objects (all values kept as text); null plus an issue when not well-formed. */
export function parseXml(xml: string, sink: IssueSink): XmlObject | null {
  const text = xml.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    sink.add(`line ${valid.err.line}, column ${valid.err.col}`, `not well-formed XML: ${valid.err.msg}`);
    return null;
  }
  const parser = new XMLParser({
    ignoreAttributes: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => ARRAY_ELEMENTS.has(name),
  });
  return parser.parse(text) as XmlObject;
}

/** An element with its XPath-like location, for messages. */
export class XmlElement {
  constructor(
    readonly node: XmlObject,
    readonly path: string,
  ) {}

  /** Trimmed text of a child element; null when absent or empty. */
  text(name: string): string | null {
    const value = this.node[name];
    if (typeof value === 'string') return value === '' ? null : value;
    return null;
  }

  /** Text of a required child; records "missing" and returns null when absent. */
  required(name: string, sink: IssueSink): string | null {
    const value = this.text(name);
    if (value === null) sink.add(`${this.path}/${name}`, 'missing');
    return value;
  }

  child(name: string): XmlElement | null {
    const value = this.node[name];
    if (value === '') return new XmlElement({}, `${this.path}/${name}`);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? new XmlElement(value, `${this.path}/${name}`)
      : null;
  }

  /** Repeated children, numbered from 1 as in XPath. */
  children(name: string): XmlElement[] {
    const value = this.node[name];
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return list.map(
      (v, i) =>
        new XmlElement(typeof v === 'object' && !Array.isArray(v) ? v : {}, `${this.path}/${name}[${i + 1}]`),
    );
  }

  /** First child whose name matches. */
  findText(pattern: RegExp): string | null {
    const key = Object.keys(this.node).find((k) => pattern.test(k));
    return key === undefined ? null : this.text(key);
  }
}
