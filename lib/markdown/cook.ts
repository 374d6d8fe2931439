import { renderMarkdown, renderPlainText, type MarkdownLocale } from './render-markdown';

/**
 * Version of what renderMarkdown produces. Bump it whenever the renderer's
 * output changes (a plugin, the sanitize schema, link hardening): every post
 * cooked by an older version is then re-cooked in the background at the next
 * start (lib/markdown/recook-posts.ts).
 */
export const RENDERER_VERSION = 1;

export interface CookedBody {
  /** Sanitized HTML as rendered for zh-CN. */
  bodyHtml: string;
  /** The English rendering, only when it differs (image links, footnotes); null otherwise. */
  bodyHtmlEn: string | null;
  renderVersion: number;
}

/** Renders a post body once, on write; reads use the stored result. */
export function cookBody(body: string, version: number = RENDERER_VERSION): CookedBody {
  const bodyHtml = renderMarkdown(body, { locale: 'zh-CN' });
  const en = renderMarkdown(body, { locale: 'en' });
  return { bodyHtml, bodyHtmlEn: en === bodyHtml ? null : en, renderVersion: version };
}

/**
 * The stored HTML for a locale. A row not cooked yet (written before cooking
 * existed, or by a bulk seed, and not reached by the background re-cook)
 * shows as escaped plain text: a read never runs the Markdown pipeline.
 */
export function cookedHtml(
  row: { body: string; bodyHtml: string | null; bodyHtmlEn: string | null },
  locale: MarkdownLocale,
): string {
  if (row.bodyHtml === null) return renderPlainText(row.body);
  return locale === 'en' ? (row.bodyHtmlEn ?? row.bodyHtml) : row.bodyHtml;
}
