// Highlighted snippets are built here, in the app, from the post's own masked
// text. ts_headline would work on search_text, whose words are separated by
// spaces (上门 催收), so its snippets would not read like the post. Results
// carry plain segments, never HTML: the page renders marked segments as
// <mark> elements, so nothing a member wrote can become markup.

export interface Segment {
  text: string;
  /** A query word: rendered inside <mark>. */
  mark: boolean;
}

const LATIN = /^[\p{Script=Latin}\p{N}]+$/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One regular expression for every query word, longest first so 上门催收 is
 * marked whole rather than as 上门 + 催收. An English word also marks its
 * inflections (call → calls), as the index folds plurals.
 */
function matcher(words: string[]): RegExp | null {
  const alternatives = [...new Set(words.filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((word) =>
      LATIN.test(word) ? `(?<![\\p{L}\\p{N}])${escapeRegExp(word)}[\\p{L}]*` : escapeRegExp(word),
    );
  return alternatives.length ? new RegExp(alternatives.join('|'), 'giu') : null;
}

/** Markdown to the plain text a reader sees: syntax dropped, whitespace folded. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n?/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_~`|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The whole text, cut into marked and unmarked segments. */
export function highlight(text: string, words: string[]): Segment[] {
  const pattern = matcher(words);
  if (!pattern || !text) return text ? [{ text, mark: false }] : [];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (!match[0]) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index), mark: false });
    segments.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

/**
 * About `length` characters of a post's plain text around its first query
 * word (a little context before it), with ellipses where text was cut; the
 * opening of the post when no word occurs in it (a match in the title, or
 * through a sub-word the text spells differently).
 */
export function snippet(markdown: string, words: string[], length = 120): Segment[] {
  const text = plainText(markdown);
  const chars = Array.from(text);
  if (chars.length <= length) return highlight(text, words);
  const pattern = matcher(words);
  const first = pattern ? pattern.exec(text) : null;
  // Work in code points so an emoji is never cut in half.
  const firstAt = first ? Array.from(text.slice(0, first.index)).length : 0;
  const lead = Math.min(30, Math.floor(length / 4));
  const start = Math.max(0, Math.min(firstAt - lead, chars.length - length));
  const end = Math.min(chars.length, start + length);
  const window = chars.slice(start, end).join('');
  const segments = highlight(window, words);
  if (start > 0) segments.unshift({ text: '…', mark: false });
  if (end < chars.length) segments.push({ text: '…', mark: false });
  return segments;
}
