import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { StorySummary } from '@/lib/threads/dto';
import { threadPath } from '@/lib/threads/slug';
import type { Taxonomy } from '@/lib/taxonomy/queries';
import { byId } from '@/lib/taxonomy/queries';
import { AuthorName } from './author-name';
import { labelOf } from './labels';

export async function StoryCard({ story, taxonomy }: { story: StorySummary; taxonomy: Taxonomy }) {
  const [t, locale, format] = await Promise.all([getTranslations('card'), getLocale(), getFormatter()]);
  const lender = byId(taxonomy.lenders, story.lenderId);
  const lenderName = lender?.isOther && story.lenderOther ? story.lenderOther : labelOf(lender, locale);
  const lastStage = byId(taxonomy.stages, story.stageIds[story.stageIds.length - 1]);
  return (
    <article className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm" data-testid="story-card">
      <h3 className="text-base font-semibold leading-snug">
        <Link href={threadPath(story.id, story.title)} className="text-gray-900 hover:text-sea-700">
          {story.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-gray-700">{story.excerpt}</p>
      <ul className="mt-2 flex flex-wrap gap-1.5 text-xs" aria-label="tags">
        {lastStage ? (
          <li className={story.isSettled ? 'rounded bg-sea-700 px-1.5 py-0.5 text-white' : 'rounded bg-sea-50 px-1.5 py-0.5 text-sea-800'}>
            {labelOf(lastStage, locale)}
          </li>
        ) : null}
        <li className="rounded bg-amber-50 px-1.5 py-0.5 text-amber-900">
          {labelOf(byId(taxonomy.outcomes, story.outcomeId), locale)}
        </li>
        {lenderName ? <li className="rounded bg-gray-100 px-1.5 py-0.5 text-gray-800">{lenderName}</li> : null}
        <li className="rounded bg-gray-100 px-1.5 py-0.5 text-gray-800">
          {labelOf(byId(taxonomy.amountBands, story.amountBandId), locale)}
        </li>
        {story.monthsOverdue ? (
          <li className="rounded bg-gray-100 px-1.5 py-0.5 text-gray-800">
            {t('monthsOverdue', { count: story.monthsOverdue })}
          </li>
        ) : null}
      </ul>
      <p className="mt-2 flex flex-wrap gap-x-3 text-xs text-gray-600">
        <AuthorName author={story.author} />
        <time dateTime={story.createdAt.toISOString()}>{format.dateTime(story.createdAt, { dateStyle: 'medium' })}</time>
        <span>{t('replies', { count: story.replyCount })}</span>
        <span>{t('helpful', { count: story.helpfulCount })}</span>
        <span>{t('meToo', { count: story.meTooCount })}</span>
      </p>
    </article>
  );
}
