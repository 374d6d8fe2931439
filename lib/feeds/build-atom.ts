import { XMLBuilder } from 'fast-xml-parser';
import type { StorySummary } from '../threads/dto';
import { threadPath } from '../threads/slug';

/** Shown instead of any name for an anonymous author. */
export const ANONYMOUS_AUTHOR_NAME = '匿名用户';

export interface AtomFeed {
  /** Absolute URL of the site, without a trailing slash (APP_URL). */
  baseUrl: string;
  /** Path of the feed itself, e.g. `/feeds/stories.xml`. */
  selfPath: string;
  /** Path of the HTML page the feed mirrors, e.g. `/stories`. */
  alternatePath: string;
  title: string;
  items: StorySummary[];
  /** Used as `<updated>` when the feed has no entries. */
  now: Date;
}

export function absoluteUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

/** Name shown for an author: never a handle, and nothing at all for an anonymous one. */
export function authorName(author: StorySummary['author']): string {
  return author.kind === 'member' && author.displayName ? author.displayName : ANONYMOUS_AUTHOR_NAME;
}

// XMLBuilder escapes text and attribute values (&, <, >, ", ') itself.
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
  processEntities: true,
});

/** Control characters are not allowed in XML 1.0 even when escaped. */
function xmlText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** An Atom 1.0 document for a list of published threads. */
export function buildAtom(feed: AtomFeed): string {
  const updated = feed.items.reduce((max, item) => (item.bumpedAt > max ? item.bumpedAt : max), new Date(0));
  const entries = feed.items.map((item) => {
    const url = absoluteUrl(feed.baseUrl, threadPath(item.id, item.title));
    return {
      title: { '@_type': 'text', '#text': xmlText(item.title) },
      link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': url },
      // The id stays the same when the title (and so the slug) is edited.
      id: absoluteUrl(feed.baseUrl, `/t/${item.id}`),
      updated: item.bumpedAt.toISOString(),
      published: item.createdAt.toISOString(),
      author: { name: xmlText(authorName(item.author)) },
      summary: { '@_type': 'text', '#text': xmlText(item.excerpt) },
    };
  });
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      title: xmlText(feed.title),
      id: absoluteUrl(feed.baseUrl, feed.selfPath),
      updated: (feed.items.length ? updated : feed.now).toISOString(),
      link: [
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': absoluteUrl(feed.baseUrl, feed.selfPath) },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': absoluteUrl(feed.baseUrl, feed.alternatePath) },
      ],
      entry: entries,
    },
  };
  return builder.build(document) as string;
}
