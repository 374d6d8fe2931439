import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { AuthorName } from '@/components/threads/author-name';
import { labelOf } from '@/components/threads/labels';
import { getTaxonomy } from '@/lib/dal/database';
import { listStoriesForViewer } from '@/lib/dal/forum';
import { parseQuestionParams, questionListHref } from '@/lib/questions/list-params';
import type { SearchParams } from '@/lib/threads/list-params';
import { InvalidCursorError, questionStates, storySorts } from '@/lib/threads/list-stories';
import { threadPath } from '@/lib/threads/slug';
import { byId } from '@/lib/taxonomy/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('questions'))('title') };
}

export default async function QuestionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [t, tStories, tCard, locale, format, taxonomy] = await Promise.all([
    getTranslations('questions'),
    getTranslations('stories'),
    getTranslations('card'),
    getLocale(),
    getFormatter(),
    getTaxonomy(),
  ]);
  const parsed = parseQuestionParams(await searchParams, taxonomy);
  const notices = parsed.unknown.map((value) => tStories('unknownFilter', { value }));
  let page;
  try {
    page = await listStoriesForViewer(parsed.query);
  } catch (error) {
    if (!(error instanceof InvalidCursorError)) throw error;
    notices.push(tStories('invalidCursor'));
    page = await listStoriesForViewer({ ...parsed.query, cursor: undefined });
  }
  const select = 'rounded border border-gray-300 bg-white px-2 py-1.5';
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Link href="/questions/new" className="rounded bg-sea-700 px-3 py-1.5 text-sm font-medium text-white">
          {t('ask')}
        </Link>
      </div>
      <p className="text-gray-700">{t('intro')}</p>
      <form method="get" action="/questions" className="grid grid-cols-2 gap-3 rounded-lg bg-white p-4 sm:grid-cols-4" data-testid="question-filters">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{tStories('stage')}</span>
          <select name="stage" defaultValue={parsed.selected.stage ?? ''} className={select}>
            <option value="">{tStories('any')}</option>
            {taxonomy.stages.map((s) => (
              <option key={s.id} value={s.slug}>
                {labelOf(s, locale)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t('state')}</span>
          <select name="state" defaultValue={parsed.selected.state ?? ''} className={select}>
            <option value="">{tStories('any')}</option>
            {questionStates.map((s) => (
              <option key={s} value={s}>
                {t(`states.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{tStories('sort')}</span>
          <select name="sort" defaultValue={parsed.selected.sort} className={select}>
            {storySorts.map((s) => (
              <option key={s} value={s}>
                {tStories(`sorts.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-end">
          <button type="submit" className="rounded bg-sea-700 px-4 py-1.5 text-sm font-medium text-white">
            {tStories('apply')}
          </button>
        </div>
      </form>
      {notices.length ? (
        <div role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="list-notice">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      ) : null}
      {page.items.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 p-6">{t('empty')}</p>
      ) : (
        <ol className="space-y-3" data-testid="question-list">
          {page.items.map((q) => (
            <li key={q.id} className="rounded-lg border border-gray-200 bg-white p-4">
              <h2 className="font-semibold">
                <Link href={threadPath(q.id, q.title)} className="hover:text-sea-700">
                  {q.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-gray-700">{q.excerpt}</p>
              <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-gray-600">
                {q.hasAcceptedAnswer ? <span className="rounded bg-sea-700 px-1.5 text-white">✓ {t('solved')}</span> : null}
                {q.stageIds.map((id) => (
                  <span key={id} className="rounded bg-sea-50 px-1.5 text-sea-800">
                    {labelOf(byId(taxonomy.stages, id), locale)}
                  </span>
                ))}
                <AuthorName author={q.author} />
                <time dateTime={q.createdAt.toISOString()}>{format.dateTime(q.createdAt, { dateStyle: 'medium' })}</time>
                <span>{t('answers', { count: q.replyCount })}</span>
                <span>{t('expertAnswers', { count: q.expertAnswerCount })}</span>
                <span>{tCard('helpful', { count: q.helpfulCount })}</span>
              </p>
            </li>
          ))}
        </ol>
      )}
      <nav className="flex gap-4" aria-label="pagination">
        {parsed.query.cursor ? (
          <Link href={questionListHref(parsed.selected)} className="text-sea-700 underline">
            {tStories('first')}
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={questionListHref(parsed.selected, page.nextCursor)} className="text-sea-700 underline" rel="next">
            {tStories('next')}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
