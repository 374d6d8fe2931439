/**
 * Markdown → sanitized HTML for user-generated content (posts, replies,
 * signatures…).
 *
 * Pipeline (all synchronous, processors are built once and frozen):
 *
 *   remark-parse → remark-gfm
 *     → [mdast] demote headings, turn raw HTML into literal text,
 *       end literal autolinks at full-width punctuation
 *     → remark-rehype (NO allowDangerousHtml)
 *     → [hast] images become links, lower-case URL schemes
 *     → rehype-sanitize (tightened GitHub schema)
 *     → [hast] link hardening (href allowlist, rel, no target, fragment prefix)
 *     → rehype-stringify, then `<`/`>` escaped wherever they are not markup
 *
 * The output is an HTML string that is safe to inject with
 * `dangerouslySetInnerHTML`. The function never throws and stays fast: a
 * source that would hit one of micromark's super-linear corners (see
 * "Complexity guard") or that makes the pipeline fail is rendered as plain
 * escaped text instead.
 */
import type { ElementContent, Properties, Root as HastRoot } from 'hast';
import type { Paragraph, Root as MdastRoot, Text } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin, type Processor } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

export type MarkdownLocale = 'zh-CN' | 'en';

export interface RenderMarkdownOptions {
  /** Language used for generated text (image links, footnote labels). Default `zh-CN`. */
  locale?: MarkdownLocale;
}

/** `rel` put on every rendered link. */
const LINK_REL = ['nofollow', 'ugc', 'noopener'] as const;

/** Class put on links that replace images. */
const IMAGE_LINK_CLASS = 'md-image-link';

/** Prefix that rehype-sanitize puts in front of `id` / `aria-describedby` values. */
const CLOBBER_PREFIX = 'user-content-';

/** Link schemes that keep their `href`. Relative and `#fragment` links have no scheme and are kept too. */
const ALLOWED_HREF_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Shallowest heading level user content may produce (h1/h2 belong to the page). */
const MIN_HEADING_DEPTH = 3;
const HEADING_SHIFT = MIN_HEADING_DEPTH - 1;

interface LocaleStrings {
  imageLink: (label: string) => string;
  footnoteLabel: string;
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) => string;
}

const STRINGS: Record<MarkdownLocale, LocaleStrings> = {
  'zh-CN': {
    imageLink: (label) => `图片：${label}`,
    footnoteLabel: '脚注',
    footnoteBackLabel: (i, r) => `返回引用 ${i + 1}${r > 1 ? `-${r}` : ''}`,
  },
  en: {
    imageLink: (label) => `Image: ${label}`,
    footnoteLabel: 'Footnotes',
    footnoteBackLabel: (i, r) => `Back to reference ${i + 1}${r > 1 ? `-${r}` : ''}`,
  },
};

// ---------------------------------------------------------------------------
// Sanitize schema: GitHub-like default, tightened.
// ---------------------------------------------------------------------------

const defaultAttributes = defaultSchema.attributes ?? {};

/**
 * - No `img` / `picture` / `source`: nothing may be loaded from a remote host
 *   (images are converted to links before sanitizing; this is the backstop).
 * - No `h1` / `h2`: reserved for the page (headings are demoted before this).
 * - `id` and `name` are no longer allowed on every element: `name` is gone
 *   entirely, `id` only survives where GFM footnotes need it, and it still
 *   gets the default `user-content-` clobber prefix.
 * - `href` only keeps http/https/mailto (plus relative/fragment URLs).
 * - `code` only keeps a plain `language-xxx` class.
 */
const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter(
    (tag) => !['img', 'picture', 'source', 'h1', 'h2'].includes(tag),
  ),
  attributes: {
    ...Object.fromEntries(
      Object.entries(defaultAttributes).filter(
        ([tag]) => !['img', 'source', 'h1', 'h2'].includes(tag),
      ),
    ),
    '*': (defaultAttributes['*'] ?? []).filter((attribute) => {
      const name = Array.isArray(attribute) ? attribute[0] : attribute;
      return name !== 'id' && name !== 'name';
    }),
    a: [
      'ariaDescribedBy',
      'ariaLabel',
      'dataFootnoteBackref',
      'dataFootnoteRef',
      ['className', 'data-footnote-backref', IMAGE_LINK_CLASS],
      'href',
      'id',
      'title',
    ],
    // Fenced code language (GitHub allows any `language-…`; a fence info
    // string like ```` ```<script> ```` would end up in the class).
    code: [['className', /^language-[\w+#.-]{1,40}$/]],
    // Footnote definitions (`<li id="user-content-fn-1">`) and the footnote
    // section label (`<h3 id="user-content-footnote-label" class="sr-only">`).
    li: [['className', 'task-list-item'], 'id'],
    h3: [['className', 'sr-only'], 'id'],
  },
  clobber: ['ariaDescribedBy', 'ariaLabelledBy', 'id'],
  clobberPrefix: CLOBBER_PREFIX,
  protocols: {
    cite: ['http', 'https'],
    href: [...ALLOWED_HREF_SCHEMES],
  },
  strip: ['script', 'style'],
};

// ---------------------------------------------------------------------------
// URL helpers
// ---------------------------------------------------------------------------

/** Characters browsers silently drop or that never belong in a scheme check. */
const URL_IGNORED_CHARS = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g;

/**
 * Scheme of a URL as a browser would see it (lower-cased), `''` for a
 * relative / fragment URL, or `null` when it looks like a scheme we cannot
 * classify (treated as unsafe).
 */
function urlScheme(url: string): string | null {
  const cleaned = url.replace(URL_IGNORED_CHARS, '');
  const colon = cleaned.indexOf(':');
  if (colon < 0) return '';
  for (const stop of ['/', '?', '#', '\\']) {
    const index = cleaned.indexOf(stop);
    if (index > -1 && index < colon) return '';
  }
  const scheme = cleaned.slice(0, colon).toLowerCase();
  return /^[a-z][a-z0-9+.-]*$/.test(scheme) ? scheme : null;
}

function isSafeHref(href: string): boolean {
  const scheme = urlScheme(href);
  return scheme === '' || (scheme !== null && ALLOWED_HREF_SCHEMES.has(scheme));
}

/** Lower-case a leading URL scheme (`HTTPS://x` → `https://x`) so the case-sensitive sanitizer accepts it. */
function lowerCaseScheme(url: string): string {
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  return match?.[1] ? match[1].toLowerCase() + url.slice(match[1].length) : url;
}

/** Parsed absolute http(s) URL, or `null`. */
function parseHttpUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// mdast plugins
// ---------------------------------------------------------------------------

/** `#` → h3, `##` → h4, … capped at h6. */
function remarkDemoteHeadings() {
  return (tree: MdastRoot) => {
    visit(tree, 'heading', (node) => {
      node.depth = Math.min(node.depth + HEADING_SHIFT, 6) as typeof node.depth;
    });
  };
}

/**
 * Raw HTML is never rendered. Instead of silently deleting what the user
 * typed (`a <b> c` would lose `<b>`), it is shown as literal, escaped text.
 * Block-level HTML is wrapped in a paragraph so it does not float at root.
 */
function remarkRawHtmlAsText() {
  return (tree: MdastRoot) => {
    visit(tree, 'html', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const text: Text = { type: 'text', value: node.value };
      if (node.position) text.position = node.position;
      const isPhrasingParent =
        parent.type === 'paragraph' ||
        parent.type === 'heading' ||
        parent.type === 'tableCell' ||
        parent.type === 'emphasis' ||
        parent.type === 'strong' ||
        parent.type === 'delete' ||
        parent.type === 'link' ||
        parent.type === 'linkReference';
      if (isPhrasingParent) {
        parent.children.splice(index, 1, text as never);
      } else {
        const paragraph: Paragraph = { type: 'paragraph', children: [text] };
        if (node.position) paragraph.position = node.position;
        parent.children.splice(index, 1, paragraph as never);
      }
      return [SKIP, index + 1];
    });
  };
}

/**
 * Full-width / CJK punctuation: never part of a URL typed in Chinese text.
 * (U+3000–U+303F CJK symbols and punctuation, full-width ASCII punctuation,
 * curly quotes, ellipsis, em dash.)
 */
const CJK_PUNCTUATION =
  /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2026\u2014]/;

/**
 * GFM literal autolinks (`https://…`, `www.…`, `a@b.c` without brackets) run
 * until whitespace, and Chinese text has no space after a URL: in
 * `见https://example.com，谢谢` the link would swallow `，谢谢`. A literal
 * autolink is cut at the first full-width / CJK punctuation mark; the rest
 * goes back to plain text. (CJK letters are kept: `https://zh.wikipedia.org/wiki/中国`.)
 */
const remarkTrimCjkAutolinks: Plugin<[], MdastRoot> = function () {
  return (tree, file) => {
    const source = String(file.value);
    visit(tree, 'link', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const start = node.position?.start.offset;
      if (start === undefined || source[start] === '[' || source[start] === '<') return;
      const child = node.children[0];
      if (node.children.length !== 1 || child?.type !== 'text') return;
      const cut = child.value.search(CJK_PUNCTUATION);
      if (cut <= 0) return;
      const rest = child.value.slice(cut);
      if (!node.url.endsWith(rest)) return;
      node.url = node.url.slice(0, node.url.length - rest.length);
      child.value = child.value.slice(0, cut);
      parent.children.splice(index + 1, 0, { type: 'text', value: rest } as never);
      return [SKIP, index + 2];
    });
  };
};

// ---------------------------------------------------------------------------
// hast plugins
// ---------------------------------------------------------------------------

function stringProperty(properties: Properties, key: string): string | undefined {
  const value = properties[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Images are never hot-linked.
 *
 * An `<img src="https://attacker/x.png">` makes every reader's browser fetch
 * that URL, which hands the poster each reader's IP address, user agent and
 * read time (a tracking pixel), and lets them swap the picture after
 * moderation. So an http(s) image becomes an ordinary link the reader may
 * choose to open; anything else (relative, data:, javascript:…) is reduced
 * to its alt text.
 *
 * An image that is already inside a link cannot become a nested `<a>`, so
 * it is reduced to its label text and the outer link is kept.
 */
function rehypeImagesToLinks(strings: LocaleStrings) {
  const transform = (children: ElementContent[], insideLink: boolean): ElementContent[] => {
    const result: ElementContent[] = [];
    for (const child of children) {
      if (child.type !== 'element') {
        result.push(child);
        continue;
      }
      if (child.tagName === 'img') {
        const src = stringProperty(child.properties, 'src') ?? '';
        const alt = (stringProperty(child.properties, 'alt') ?? '').trim();
        const title = stringProperty(child.properties, 'title');
        const url = parseHttpUrl(lowerCaseScheme(src));
        if (!url) {
          if (alt) result.push({ type: 'text', value: alt });
          continue;
        }
        const label = strings.imageLink(alt || url.host);
        if (insideLink) {
          result.push({ type: 'text', value: label });
          continue;
        }
        const properties: Properties = { href: src, className: [IMAGE_LINK_CLASS] };
        if (title) properties.title = title;
        result.push({
          type: 'element',
          tagName: 'a',
          properties,
          children: [{ type: 'text', value: label }],
        });
        continue;
      }
      child.children = transform(child.children, insideLink || child.tagName === 'a');
      result.push(child);
    }
    return result;
  };

  return () => (tree: HastRoot) => {
    tree.children = transform(tree.children as ElementContent[], false) as HastRoot['children'];
  };
}

/** Lower-case URL schemes before sanitizing (its protocol check is case-sensitive). */
function rehypeNormalizeSchemes() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node) => {
      const href = stringProperty(node.properties, 'href');
      if (href !== undefined) node.properties.href = lowerCaseScheme(href);
    });
  };
}

/**
 * Runs AFTER rehype-sanitize, as a second, independent line of defence:
 * - links whose href is missing or not http/https/mailto/relative are
 *   unwrapped (their text stays, the link goes);
 * - every link gets `rel="nofollow ugc noopener"` and no `target`;
 * - `#fragment` links get the same `user-content-` prefix the sanitizer puts
 *   on ids, so footnote links keep working and user links cannot point at
 *   the page's own anchors;
 * - a class list the sanitizer emptied is removed (no `class=""`).
 */
function rehypeHardenOutput() {
  const transform = (children: ElementContent[]): ElementContent[] => {
    const result: ElementContent[] = [];
    for (const child of children) {
      if (child.type !== 'element') {
        result.push(child);
        continue;
      }
      child.children = transform(child.children);
      const classes = child.properties.className;
      if (Array.isArray(classes) && classes.length === 0) delete child.properties.className;
      if (child.tagName !== 'a') {
        result.push(child);
        continue;
      }
      const href = stringProperty(child.properties, 'href');
      if (href === undefined || !isSafeHref(href)) {
        result.push(...child.children);
        continue;
      }
      const finalHref =
        href.startsWith('#') && href.length > 1 && !href.startsWith(`#${CLOBBER_PREFIX}`)
          ? `#${CLOBBER_PREFIX}${href.slice(1)}`
          : href;
      const { href: _href, rel: _rel, target: _target, className, ...rest } = child.properties;
      const properties: Properties = { href: finalHref, rel: [...LINK_REL] };
      if (className !== undefined) properties.className = className;
      Object.assign(properties, rest);
      child.properties = properties;
      result.push(child);
    }
    return result;
  };

  return (tree: HastRoot) => {
    tree.children = transform(tree.children as ElementContent[]) as HastRoot['children'];
  };
}

// ---------------------------------------------------------------------------
// Processors
// ---------------------------------------------------------------------------

type HtmlProcessor = Processor<MdastRoot, MdastRoot, HastRoot, HastRoot, string>;

function createProcessor(locale: MarkdownLocale): HtmlProcessor {
  const strings = STRINGS[locale];
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    // CommonMark does not close **bold** when the closing marker follows
    // Chinese punctuation and precedes a letter (**重点。**然后): the
    // plugin relaxes that rule for CJK text, which Chinese posts hit constantly.
    .use(remarkCjkFriendly)
    .use(remarkDemoteHeadings)
    .use(remarkRawHtmlAsText)
    .use(remarkTrimCjkAutolinks)
    .use(remarkRehype, {
      // Raw HTML is NOT passed through (already turned into text above).
      allowDangerousHtml: false,
      // The sanitizer adds `user-content-` to ids; do not add it twice.
      clobberPrefix: '',
      footnoteLabel: strings.footnoteLabel,
      footnoteLabelTagName: `h${MIN_HEADING_DEPTH}`,
      footnoteBackLabel: strings.footnoteBackLabel,
    })
    .use(rehypeImagesToLinks(strings))
    .use(rehypeNormalizeSchemes)
    .use(rehypeSanitize, SANITIZE_SCHEMA)
    .use(rehypeHardenOutput)
    .use(rehypeStringify, {
      // Pinned: `escapeAngleBracketsOutsideMarkup` relies on this output shape.
      quote: '"',
      quoteSmart: false,
      preferUnquoted: false,
      allowDangerousHtml: false,
      characterReferences: { useNamedReferences: true },
    })
    .freeze() as unknown as HtmlProcessor;
}

const processors = new Map<MarkdownLocale, HtmlProcessor>();

function getProcessor(locale: MarkdownLocale): HtmlProcessor {
  let processor = processors.get(locale);
  if (!processor) {
    processor = createProcessor(locale);
    processors.set(locale, processor);
  }
  return processor;
}

/**
 * Make `<` and `>` appear in the output ONLY as tag delimiters.
 *
 * The serializer (hast-util-to-html) escapes `<` and `&` in text and `"` and
 * `&` in attribute values; a raw `>` in text or `<`/`>` in a quoted attribute
 * value is valid, harmless HTML. We still escape them so the output never
 * contains an angle bracket that is not markup (`1 > 2` → `1 &gt; 2`,
 * `title="&lt;b&gt;"`), which keeps it unambiguous for any later tooling.
 *
 * This relies on invariants of the serializer output, pinned by the
 * `rehypeStringify` options above: a raw `<` in text is always escaped,
 * attribute values are always double-quoted with `"` escaped, tag and
 * attribute names come from the sanitizer allowlist, and comments / raw
 * nodes are never emitted (the sanitizer drops comments; raw HTML is
 * disabled). So a raw `<` outside a tag opens a tag, a `"` inside a tag opens
 * or closes a value, and a `>` inside a tag but outside a value closes it.
 */
function escapeAngleBracketsOutsideMarkup(html: string): string {
  let out = '';
  let inTag = false;
  let inValue = false;
  let last = 0;
  for (let i = 0; i < html.length; i++) {
    const ch = html.charCodeAt(i);
    let replacement: string | undefined;
    if (!inTag) {
      if (ch === 0x3c /* < */) inTag = true;
      else if (ch === 0x3e /* > */) replacement = '&gt;';
    } else if (inValue) {
      if (ch === 0x22 /* " */) inValue = false;
      else if (ch === 0x3c) replacement = '&lt;';
      else if (ch === 0x3e) replacement = '&gt;';
    } else if (ch === 0x22) {
      inValue = true;
    } else if (ch === 0x3e) {
      inTag = false;
    }
    if (replacement !== undefined) {
      out += html.slice(last, i) + replacement;
      last = i + 1;
    }
  }
  return out + html.slice(last);
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

// ---------------------------------------------------------------------------
// Complexity guard
// ---------------------------------------------------------------------------

/**
 * Complexity guard. micromark has no nesting limit and several super-linear
 * corners. Measured (this machine, Node 20) on inputs of ≤ 20,000 characters
 * before this guard existed:
 * - one line of 10,000 `>` (or `- `, `1. `, `> - `) nested containers:
 *   8–60+ s, then "Maximum call stack size exceeded";
 * - thousands of container openings (`- x\n  - y\n` × 2,000: ~5 s;
 *   `> > > > > x\n>\n` × 1,000: ~4 s);
 * - thousands of setext headings (`a\n-\n` × 5,000: ~35 s);
 * - `*` × 10,000, a letter, `*` × 10,000: ~28 s; thousands of emphasis
 *   delimiters in one paragraph (`**a ` × 2,500 … ` c**` × 2,500: ~8 s);
 * - deeply nested brackets (`[![` × 3,300 … `](y)` × 3,300: ~20 s);
 * - thousands of footnote definitions (2,000: ~15 s).
 * The cost of each grows with the square of the count, so each gets a budget
 * that no real post comes near. A source over any budget is shown as plain
 * escaped text instead of being parsed as Markdown — still readable, never
 * slow. (markdown-it uses the same idea with its `maxNesting` of 100.)
 */
const MAX_CONTAINER_DEPTH = 32;
const MAX_CONTAINER_OPENINGS = 1000;
const MAX_SETEXT_UNDERLINES = 200;
const MAX_FOOTNOTE_DEFINITIONS = 300;
const MAX_DELIMITER_RUN = 256;
/** `*`, `~`, backticks and non-intraword `_` between two blank lines. */
const MAX_DELIMITERS_PER_BLOCK = 2000;
/** `]` between two blank lines (each may end a link / image / reference). */
const MAX_BRACKETS_PER_BLOCK = 1000;
const MAX_BRACKET_DEPTH = 32;

interface ContainerPrefix {
  /** `>` markers before the first list marker. */
  leadingQuotes: number;
  /** List markers, plus any marker after the first list marker (all open a new container). */
  opened: number;
}

/** Block-quote / list-item markers opening a line: `> > - 1. x` → 2 leading quotes, 2 opened. */
function containerPrefix(line: string): ContainerPrefix {
  let leadingQuotes = 0;
  let opened = 0;
  let i = 0;
  const n = line.length;
  const isBlank = (index: number) => index >= n || line[index] === ' ' || line[index] === '\t';
  for (;;) {
    while (i < n && (line[i] === ' ' || line[i] === '\t')) i++;
    const c = line[i];
    if (c === '>') {
      if (opened === 0) leadingQuotes++;
      else opened++;
      i++;
      continue;
    }
    if ((c === '-' || c === '+' || c === '*') && isBlank(i + 1)) {
      opened++;
      i++;
      continue;
    }
    let j = i;
    while (j < n && j - i < 10 && line.charCodeAt(j) >= 0x30 && line.charCodeAt(j) <= 0x39) j++;
    if (j > i && (line[j] === '.' || line[j] === ')') && isBlank(j + 1)) {
      opened++;
      i = j + 1;
      continue;
    }
    return { leadingQuotes, opened };
  }
}

/** A line made only of one of `-*_` (and spaces) is a thematic break, not nesting. */
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1)*[ \t]*$/;
/** Could underline a setext heading. */
const SETEXT_UNDERLINE = /^[ \t]{0,3}(?:=+|-+)[ \t]*$/;
const LONG_DELIMITER_RUN = new RegExp(`([*_~])\\1{${MAX_DELIMITER_RUN},}`);
/** Code fence opening/closing lines (their info string is not parsed inline). */
const FENCE_LINE = /^[ \t]{0,3}(?:`{3,}|~{3,})/;
const BLANK_LINE = /^[ \t]*$/;
const FOOTNOTE_DEFINITION = /\[\^[^\]]*\]:/;
/** Inline delimiters; `_` inside a word (`snake_case`) cannot open or close emphasis. */
const INLINE_DELIMITERS = /[*~`]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
const BRACKETS = /[[\]]/g;

function isPathologicalMarkdown(source: string): boolean {
  let openings = 0;
  let previousQuotes = 0;
  let setextUnderlines = 0;
  let footnoteDefinitions = 0;
  let blockDelimiters = 0;
  let blockBrackets = 0;
  let bracketDepth = 0;
  for (const line of source.split(/\r\n|\r|\n/)) {
    if (BLANK_LINE.test(line)) {
      blockDelimiters = 0;
      blockBrackets = 0;
      bracketDepth = 0;
      previousQuotes = 0;
      continue;
    }
    if (SETEXT_UNDERLINE.test(line) && ++setextUnderlines > MAX_SETEXT_UNDERLINES) return true;
    if (THEMATIC_BREAK.test(line)) {
      previousQuotes = 0;
      continue;
    }

    const { leadingQuotes, opened } = containerPrefix(line);
    if (leadingQuotes + opened > MAX_CONTAINER_DEPTH) return true;
    openings += opened + Math.max(0, leadingQuotes - previousQuotes);
    if (openings > MAX_CONTAINER_OPENINGS) return true;
    previousQuotes = leadingQuotes;

    if (FOOTNOTE_DEFINITION.test(line) && ++footnoteDefinitions > MAX_FOOTNOTE_DEFINITIONS) {
      return true;
    }
    if (FENCE_LINE.test(line)) continue;
    if (LONG_DELIMITER_RUN.test(line)) return true;

    blockDelimiters += line.match(INLINE_DELIMITERS)?.length ?? 0;
    if (blockDelimiters > MAX_DELIMITERS_PER_BLOCK) return true;

    for (const [bracket] of line.matchAll(BRACKETS)) {
      if (bracket === '[') {
        if (++bracketDepth > MAX_BRACKET_DEPTH) return true;
      } else {
        if (bracketDepth > 0) bracketDepth--;
        if (++blockBrackets > MAX_BRACKETS_PER_BLOCK) return true;
      }
    }
  }
  return false;
}

/** Markdown-free rendering: escaped text, paragraphs on blank lines, `<br>` on newlines. */
export function renderPlainText(text: string): string {
  return text
    .split(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => escapeHtml(paragraph.replace(/\u0000/g, '\ufffd')))
    .map((paragraph) => `<p>${paragraph.replace(/\r\n|\r|\n/g, '<br>\n')}</p>`)
    .join('\n');
}

/**
 * Render user Markdown (GFM) to sanitized HTML. Synchronous, deterministic,
 * never throws.
 */
/**
 * The masker writes stars into stored text (138****8000, 6222 **** 1234,
 * a***@example.com, wx****). Markdown would read those stars as emphasis
 * and swallow them ("1385678"), so a run of three or more stars touching a
 * letter or digit, or standing between digit groups, is escaped first.
 * Bold-italic written tight against Latin text (***word***) then shows its
 * stars; that trade keeps every masked number visibly masked.
 */
const MASKED_RUN = /(?<=[\p{L}\p{N}])\*{3,}|\*{3,}(?=[\p{L}\p{N}@])|(?<=\d )\*{4}(?= \d)/gu;

export function protectMaskedRuns(markdown: string): string {
  return markdown.replace(MASKED_RUN, (run) => '\\*'.repeat(run.length));
}

export function renderMarkdown(source: string, options?: RenderMarkdownOptions): string {
  const locale: MarkdownLocale = options?.locale === 'en' ? 'en' : 'zh-CN';
  let text = '';
  try {
    // Defensive: callers from untyped code may pass anything.
    text = typeof source === 'string' ? source : source == null ? '' : String(source);
    if (isPathologicalMarkdown(text)) return renderPlainText(text);
    const html = String(getProcessor(locale).processSync(protectMaskedRuns(text)).value);
    return escapeAngleBracketsOutsideMarkup(html);
  } catch {
    // Should not happen; if it does, show the text rather than break the page.
    try {
      return renderPlainText(text);
    } catch {
      return '';
    }
  }
}
