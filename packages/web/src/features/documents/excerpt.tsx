import { Text } from '@mantine/core';

/**
 * ts_headline marks the matching words: with `<b>…</b>` by default, with `«…»` as the server asks for
 * them. The excerpt is the document's own text, so it is never parsed as HTML: it is split on exactly
 * those markers and every piece is rendered as text.
 */
export function splitHighlights(excerpt: string): { text: string; highlighted: boolean }[] {
  const parts: { text: string; highlighted: boolean }[] = [];
  let highlighted = false;
  for (const piece of excerpt.split(/(<\/?b>|[«»])/i)) {
    if (/^(<b>|«)$/i.test(piece)) highlighted = true;
    else if (/^(<\/b>|»)$/i.test(piece)) highlighted = false;
    else if (piece) parts.push({ text: piece, highlighted });
  }
  return parts;
}

export function Excerpt({ text }: { text: string }) {
  return (
    <Text size="xs" c="dimmed" data-testid="document-excerpt" style={{ overflowWrap: 'anywhere' }}>
      {'… '}
      {splitHighlights(text).map((part, index) =>
        part.highlighted ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one excerpt never reorder
          <mark key={index}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one excerpt never reorder
          <span key={index}>{part.text}</span>
        ),
      )}
      {' …'}
    </Text>
  );
}
