import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/** Extracted text is capped (1 MB of UTF-8) so search stays fast and rows stay small. */
export const MAX_TEXT_BYTES = 1024 * 1024;

/** Text as PostgreSQL can store it (no NUL) and within the cap, cut on a character boundary. */
export function capText(text: string): string | null {
  const clean = text.replaceAll('\u0000', ' ').trim();
  if (!clean) return null;
  const bytes = Buffer.from(clean, 'utf8');
  if (bytes.length <= MAX_TEXT_BYTES) return clean;
  return bytes
    .subarray(0, MAX_TEXT_BYTES)
    .toString('utf8')
    .replace(/\uFFFD+$/, '');
}

/** The text of each page of a PDF (pdfjs-dist's legacy build runs in Node without a browser). */
async function pdfText(bytes: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    let length = 0;
    for (let n = 1; n <= doc.numPages && length <= MAX_TEXT_BYTES; n++) {
      const page = await doc.getPage(n);
      const items = (await page.getTextContent()).items as TextItem[];
      const text = items.map((i) => `${i.str ?? ''}${i.hasEOL ? '\n' : ' '}`).join('');
      page.cleanup();
      pages.push(text);
      length += text.length;
    }
    return pages.join('\n\f\n');
  } finally {
    await doc.destroy();
  }
}

/**
 * The searchable text of a file: PDF pages via pdfjs-dist, text and CSV as UTF-8; null for other
 * types or when nothing could be read (a scanned or damaged PDF is still accepted, just not searchable).
 */
export async function extractText(bytes: Buffer, mediaType: string): Promise<string | null> {
  try {
    if (mediaType === 'application/pdf') return capText(await pdfText(bytes));
    if (mediaType === 'text/plain' || mediaType === 'text/csv') return capText(bytes.toString('utf8'));
  } catch {
    return null;
  }
  return null;
}
