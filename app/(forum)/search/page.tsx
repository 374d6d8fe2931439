import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SearchForm } from '@/components/search/search-form';
import { SearchResults } from '@/components/search/search-results';
import { getTaxonomy } from '@/lib/dal/database';
import { searchPostsForViewer } from '@/lib/dal/search';
import { isRateLimitedError } from '@/lib/rate-limit/errors';
import type { SearchPage as ResultPage } from '@/lib/search/search';
import { parseSearchParams, searchHref, type ParsedSearchParams } from '@/lib/search/search-params';
import type { SearchParams } from '@/lib/threads/list-params';

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const [t, params] = await Promise.all([getTranslations('search'), searchParams]);
  const q = first(params.q).trim().slice(0, 60);
  // Result pages are for people, not for search engines' indexes.
  return { title: q ? t('metaTitle', { query: q }) : t('title'), robots: { index: false, follow: true } };
}

type Outcome = { page: ResultPage } | { retryAfterSeconds: number } | null;

/** No query, no search (and no rate-limit point spent); over the limit, a message instead of a 500. */
async function search(parsed: ParsedSearchParams): Promise<Outcome> {
  if (!parsed.q.trim()) return null;
  try {
    return { page: await searchPostsForViewer(parsed.input) };
  } catch (error) {
    if (!isRateLimitedError(error)) throw error;
    return { retryAfterSeconds: error.retryAfterSeconds };
  }
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [t, taxonomy, params] = await Promise.all([getTranslations('search'), getTaxonomy(), searchParams]);
  const parsed = parseSearchParams(params, taxonomy);
  const q = parsed.q.trim();
  const notices = parsed.unknown.map((value) => t('unknownFilter', { value }));
  const outcome = await search(parsed);
  const page = outcome && 'page' in outcome ? outcome.page : null;

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{q ? t('resultsFor', { query: q }) : t('title')}</h1>
      <SearchForm q={parsed.q} selected={parsed.selected} taxonomy={taxonomy} />
      {notices.length ? (
        <div role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="search-notice">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      ) : null}
      {outcome === null ? <p className="text-gray-700">{t('intro')}</p> : null}
      {outcome && 'retryAfterSeconds' in outcome ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900" data-testid="search-rate-limited">
          {t('rateLimited', { seconds: outcome.retryAfterSeconds })}
        </p>
      ) : null}
      {page && page.items.length ? <SearchResults items={page.items} /> : null}
      {page && !page.items.length ? (
        <p className="rounded border border-dashed border-gray-300 p-6 text-gray-700" data-testid="search-empty">
          {page.searchable ? t('empty') : t('noWords')}
        </p>
      ) : null}
      {page && (page.page > 1 || page.hasNext) ? (
        <nav className="flex gap-4" aria-label={t('pagination')}>
          {page.page > 1 ? (
            <Link href={searchHref(parsed.q, parsed.selected, page.page - 1)} className="text-sea-700 underline" rel="prev">
              {t('previous')}
            </Link>
          ) : null}
          <span className="text-gray-600">{t('page', { page: page.page })}</span>
          {page.hasNext ? (
            <Link href={searchHref(parsed.q, parsed.selected, page.page + 1)} className="text-sea-700 underline" rel="next">
              {t('next')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
