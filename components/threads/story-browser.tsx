import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getTaxonomy } from '@/lib/dal/database';
import { listStoriesForViewer } from '@/lib/dal/forum';
import { parseStoryParams, storyListHref, type SearchParams } from '@/lib/threads/list-params';
import { InvalidCursorError, type StoryListQuery } from '@/lib/threads/list-stories';
import { StoryFilters } from './story-filters';
import { StoryList } from './story-list';

/**
 * Filters, one keyset page and a "next page" link: shared by /stories,
 * /settled and /stages/[slug], which differ only by a fixed condition.
 */
export async function StoryBrowser({
  base,
  searchParams,
  fixed = {},
}: {
  base: string;
  searchParams: SearchParams;
  fixed?: Partial<StoryListQuery>;
}) {
  const [t, taxonomy] = await Promise.all([getTranslations('stories'), getTaxonomy()]);
  const parsed = parseStoryParams(searchParams, taxonomy);
  const notices = parsed.unknown.map((value) => t('unknownFilter', { value }));
  const query = { ...parsed.query, ...fixed };
  let page;
  try {
    page = await listStoriesForViewer(query);
  } catch (error) {
    if (!(error instanceof InvalidCursorError)) throw error;
    notices.push(t('invalidCursor'));
    page = await listStoriesForViewer({ ...query, cursor: undefined });
  }
  return (
    <div className="space-y-4">
      <StoryFilters action={base} taxonomy={taxonomy} selected={parsed.selected} hideStage={fixed.stageId !== undefined} />
      {notices.length ? (
        <div role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="list-notice">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      ) : null}
      <StoryList stories={page.items} taxonomy={taxonomy} empty={t('empty')} />
      <nav className="flex gap-4" aria-label="pagination">
        {parsed.query.cursor ? (
          <Link href={storyListHref(base, parsed.selected)} className="text-sea-700 underline">
            {t('first')}
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={storyListHref(base, parsed.selected, page.nextCursor)} className="text-sea-700 underline" rel="next">
            {t('next')}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
