import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { deleteThreadAction } from '@/lib/actions/forum';
import type { ThreadView } from '@/lib/threads/dto';
import { byId, type Taxonomy } from '@/lib/taxonomy/queries';
import { AuthorName } from './author-name';
import { ReportForm } from '@/components/moderation/report-form';
import { DeleteButton } from './delete-button';
import { labelOf } from './labels';
import { Timeline } from './timeline';
import { VoteButtons } from './vote-buttons';
import { VoteCounts } from './vote-counts';

export async function ThreadArticle({ thread, taxonomy, staff = false }: { thread: ThreadView; taxonomy: Taxonomy; staff?: boolean }) {
  const [t, locale, format] = await Promise.all([getTranslations('thread'), getLocale(), getFormatter()]);
  const lender = byId(taxonomy.lenders, thread.lenderId);
  const lenderName = lender?.isOther && thread.lenderOther ? thread.lenderOther : labelOf(lender, locale);
  // No body: withdrawn by the author, or removed and the viewer is not staff.
  const deleted = thread.bodyHtml === null && thread.status === 'deleted';
  const hidden = thread.bodyHtml === null;
  return (
    <article aria-labelledby="thread-title" className="rounded-xl bg-white p-5 shadow-sm" data-testid="thread">
      <h1 id="thread-title" className="text-2xl font-bold leading-snug">
        {thread.title || t('erasedTitle')}
      </h1>
      <p className="mt-2 flex flex-wrap items-center gap-x-3 text-sm text-gray-600">
        <AuthorName author={thread.author} />
        <time dateTime={thread.createdAt.toISOString()}>
          {t('postedAt', { date: format.dateTime(thread.createdAt, { dateStyle: 'long' }) })}
        </time>
        {thread.revisionCount > 1 && !hidden && thread.canViewHistory ? (
          <Link href={`/t/${thread.id}/history`} className="underline" data-testid="history-link">
            {t('history', { count: thread.revisionCount })}
          </Link>
        ) : null}
      </p>
      {thread.status === 'pending' ? (
        <p className="mt-3 rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="thread-pending">
          {thread.pendingReason === 'scam_filter' ? t('pendingScam') : thread.pendingReason === 'reports' ? t('pendingReports') : t('pending')}
        </p>
      ) : null}
      {thread.status === 'removed' ? (
        <p className="mt-3 rounded bg-red-50 p-2 text-sm text-red-800" data-testid="thread-removed">
          {thread.removalReason ? t('removedWithReason', { reason: thread.removalReason }) : t('removed')}
        </p>
      ) : null}
      {thread.locked ? <p className="mt-3 rounded bg-gray-100 p-2 text-sm text-gray-800" data-testid="thread-locked">{t('locked')}</p> : null}

      {hidden ? (
        deleted ? (
          <p className="mt-4 rounded border border-dashed border-gray-300 p-4 italic text-gray-700" data-testid="thread-deleted">
            {t('deleted')}
          </p>
        ) : null
      ) : (
        <>
          {thread.kind === 'question' && thread.stageIds.length ? (
            <p className="mt-3 flex flex-wrap gap-1.5 text-sm" data-testid="question-stages">
              {thread.stageIds.map((id) => (
                <span key={id} className="rounded bg-sea-50 px-1.5 py-0.5 text-sea-800">
                  {labelOf(byId(taxonomy.stages, id), locale)}
                </span>
              ))}
            </p>
          ) : null}
          {thread.kind === 'story' ? (
            <section aria-label={t('details')} className="mt-4 rounded-lg bg-sea-50 p-3 text-sm">
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt className="text-gray-600">{t('stagesReached')}</dt>
                <dd data-testid="thread-stages">
                  {thread.stageIds.map((id) => labelOf(byId(taxonomy.stages, id), locale)).join(' → ')}
                </dd>
                <dt className="text-gray-600">{t('outcome')}</dt>
                <dd data-testid="thread-outcome">{labelOf(byId(taxonomy.outcomes, thread.outcomeId), locale)}</dd>
                <dt className="text-gray-600">{t('lender')}</dt>
                <dd data-testid="thread-lender">{lenderName}</dd>
                <dt className="text-gray-600">{t('amount')}</dt>
                <dd>{labelOf(byId(taxonomy.amountBands, thread.amountBandId), locale)}</dd>
                {thread.monthsOverdue !== null ? (
                  <>
                    <dt className="text-gray-600">{t('monthsOverdue')}</dt>
                    <dd>{t('months', { count: thread.monthsOverdue })}</dd>
                  </>
                ) : null}
              </dl>
            </section>
          ) : null}
          <div
            className="user-content mt-4 text-gray-900"
            data-testid="thread-body"
            dangerouslySetInnerHTML={{ __html: thread.bodyHtml ?? '' }}
          />
          <Timeline entries={thread.timeline} taxonomy={taxonomy} />
          <div className="mt-5 flex flex-wrap items-center gap-3">
            {thread.canVote ? (
              <VoteButtons
                target="thread"
                id={thread.id}
                counts={{ helpful: thread.helpfulCount, meToo: thread.meTooCount }}
                voted={thread.voted}
                canVote
              />
            ) : (
              <VoteCounts target="thread" id={thread.id} counts={{ helpful: thread.helpfulCount, meToo: thread.meTooCount }} voted={thread.voted} />
            )}
            {thread.canEdit ? (
              <Link href={`/t/${thread.id}/edit`} className="text-sm text-gray-700 underline" data-testid="edit-thread">
                {t('edit')}
              </Link>
            ) : null}
            {thread.canDelete ? (
              <DeleteButton action={deleteThreadAction} name="threadId" value={thread.id} testId="delete-thread" />
            ) : null}
            {thread.canReport ? <ReportForm target="thread" id={thread.id} /> : null}
            {staff ? (
              <Link href={`/mod/post/thread/${thread.id}`} className="text-sm text-gray-700 underline" data-testid="moderate-thread">
                {t('moderate')}
              </Link>
            ) : null}
          </div>
        </>
      )}
    </article>
  );
}
