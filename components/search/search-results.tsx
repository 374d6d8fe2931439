import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AuthorName } from '@/components/threads/author-name';
import type { SearchResult } from '@/lib/search/search';
import { HighlightedText } from './highlighted-text';

export async function SearchResults({ items }: { items: SearchResult[] }) {
  const [t, format] = await Promise.all([getTranslations('search'), getFormatter()]);
  return (
    <ol className="space-y-3" data-testid="search-results">
      {items.map((item) => (
        <li key={`${item.kind}-${item.id}`}>
          <article className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm" data-testid="search-result" data-kind={item.kind}>
            <p className="text-xs text-gray-600">
              <span className="rounded bg-sea-50 px-1.5 py-0.5 text-sea-800">{t(`kindBadge.${item.kind}`)}</span>
            </p>
            <h2 className="mt-1 text-base font-semibold leading-snug">
              <Link href={item.href} className="text-gray-900 hover:text-sea-700">
                {item.kind === 'reply' ? (
                  t('replyIn', { title: item.title.map((s) => s.text).join('') })
                ) : (
                  <HighlightedText segments={item.title} />
                )}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-gray-700" data-testid="search-snippet">
              <HighlightedText segments={item.snippet} />
            </p>
            <p className="mt-2 flex flex-wrap gap-x-3 text-xs text-gray-600">
              <AuthorName author={item.author} />
              <time dateTime={item.createdAt.toISOString()}>{format.dateTime(item.createdAt, { dateStyle: 'medium' })}</time>
              {item.replyCount !== null ? <span>{t('replies', { count: item.replyCount })}</span> : null}
              <span>{t('helpful', { count: item.helpfulCount })}</span>
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
