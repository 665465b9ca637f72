/** Drops what XML 1.0 cannot hold at all: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates. */
function xmlCharacters(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const invalid =
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) ||
      c === 0xfffe ||
      c === 0xffff ||
      (c >= 0xd800 && c <= 0xdfff);
    if (!invalid) out += ch;
  }
  return out;
}

/**
 * Escapes text for element content or a quoted attribute. A carriage return is written as a
 * character reference, because a parser turns a literal CR (or CR LF) into LF.
 */
export function escapeXml(text: string): string {
  return xmlCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}

/** The first `max` characters (code points, as the XSD length facets count them). */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

export function length(text: string): number {
  return [...text].length;
}

/** An indented XML writer: elements with text are written on one line, so no whitespace enters a value. */
export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private depth = 0;

  open(name: string, attributes: Readonly<Record<string, string>> = {}): this {
    const attrs = Object.entries(attributes)
      .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
      .join('');
    this.lines.push(`${'\t'.repeat(this.depth)}<${name}${attrs}>`);
    this.depth += 1;
    return this;
  }

  close(name: string): this {
    this.depth -= 1;
    this.lines.push(`${'\t'.repeat(this.depth)}</${name}>`);
    return this;
  }

  /** Writes `<name>text</name>`; nothing when the text is null. */
  text(name: string, value: string | number | null): this {
    if (value === null) return this;
    this.lines.push(`${'\t'.repeat(this.depth)}<${name}>${escapeXml(String(value))}</${name}>`);
    return this;
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
