import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AuthorName } from '@/components/threads/author-name';
import { DeleteButton } from '@/components/threads/delete-button';
import { VoteButtons } from '@/components/threads/vote-buttons';
import { VoteCounts } from '@/components/threads/vote-counts';
import { deleteReplyAction } from '@/lib/actions/forum';
import type { ReplyView } from '@/lib/threads/dto';
import { VISIBLE_REPLY_LEVELS } from '@/lib/threads/get-thread-page';
import { ExpertBadge } from '@/components/experts/expert-badge';
import { ReportForm } from '@/components/moderation/report-form';
import { AcceptButton } from '@/components/questions/accept-button';
import { getTaxonomy } from '@/lib/dal/database';
import { ReplyToggle } from './reply-toggle';

/**
 * Nested replies like comments under an article. One page shows
 * VISIBLE_REPLY_LEVELS levels; deeper ones are behind "continue this thread".
 */
export async function ReplyTree({
  replies,
  threadId,
  threadPath,
  level = 0,
  staff = false,
  markedReplyId = null,
}: {
  replies: ReplyView[];
  threadId: number;
  threadPath: string;
  level?: number;
  staff?: boolean;
  /** The reply a permalink opened this page for. */
  markedReplyId?: number | null;
}) {
  const [t, tq, tp, format, taxonomy] = await Promise.all([
    getTranslations('thread'),
    getTranslations('questions'),
    getTranslations('threadPages'),
    getFormatter(),
    getTaxonomy(),
  ]);
  return (
    <ol className={level === 0 ? 'space-y-4' : 'mt-3 space-y-3 border-l-2 border-gray-200 pl-3 sm:pl-4'}>
      {replies.map((reply) => (
        <li
          key={reply.id}
          id={`r-${reply.id}`}
          className="reply scroll-mt-20"
          data-testid="reply"
          data-depth={reply.depth}
          data-marked={reply.id === markedReplyId ? 'true' : undefined}
        >
          <div
            className={`reply-body rounded-lg bg-white p-3 ${reply.id === markedReplyId ? 'ring-2 ring-amber-500' : reply.isAccepted ? 'ring-2 ring-sea-600' : reply.expertBadge?.current ? 'ring-1 ring-sea-100' : ''}`}
            data-testid={reply.expertBadge ? 'expert-answer' : undefined}
            aria-current={reply.id === markedReplyId ? 'location' : undefined}
          >
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-gray-600">
              {reply.isAccepted ? (
                <span className="rounded bg-sea-700 px-1.5 py-0.5 font-medium text-white" data-testid="accepted-answer">
                  ✓ {tq('accepted')}
                </span>
              ) : null}
              <AuthorName author={reply.author} isOriginalPoster={reply.isOriginalPoster} />
              {reply.expertBadge ? <ExpertBadge badge={reply.expertBadge} taxonomy={taxonomy} /> : null}
              <a href={reply.permalink} className="hover:underline">
                <time dateTime={reply.createdAt.toISOString()}>
                  {format.dateTime(reply.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </time>
              </a>
              {reply.editedAt ? (
                reply.canViewHistory ? (
                  <Link href={`/t/${threadId}/history?reply=${reply.id}`} className="underline">
                    {t('edited')}
                  </Link>
                ) : (
                  <span>{t('edited')}</span>
                )
              ) : null}
            </p>
            {reply.status === 'removed' ? (
              <p className="mt-1 text-sm text-red-800" data-testid="reply-removed">
                {reply.removalReason ? t('removedWithReason', { reason: reply.removalReason }) : t('removedReply')}
              </p>
            ) : null}
            {reply.status === 'pending' ? <p className="mt-1 text-sm text-amber-900">{t('pending')}</p> : null}
            {reply.bodyHtml === null ? (
              reply.status === 'deleted' ? <p className="mt-1 italic text-gray-600">{t('deletedReply')}</p> : null
            ) : (
              <div className="user-content mt-1 text-gray-900" dangerouslySetInnerHTML={{ __html: reply.bodyHtml }} />
            )}
            {reply.bodyHtml !== null ? (
              <div className="mt-2 flex flex-wrap items-center gap-3">
                {reply.canVote ? (
                  <VoteButtons
                    target="reply"
                    id={reply.id}
                    counts={{ helpful: reply.helpfulCount, meToo: reply.meTooCount }}
                    voted={reply.voted}
                    canVote
                    kinds={['helpful']}
                  />
                ) : (
                  <VoteCounts
                    target="reply"
                    id={reply.id}
                    counts={{ helpful: reply.helpfulCount, meToo: reply.meTooCount }}
                    voted={reply.voted}
                    kinds={['helpful']}
                  />
                )}
                {reply.canEdit ? (
                  <Link href={`/replies/${reply.id}/edit`} className="text-sm text-gray-700 underline">
                    {t('edit')}
                  </Link>
                ) : null}
                {reply.canDelete ? (
                  <DeleteButton action={deleteReplyAction} name="replyId" value={reply.id} testId={`delete-reply-${reply.id}`} />
                ) : null}
                {reply.canAccept ? <AcceptButton threadId={threadId} replyId={reply.id} /> : null}
                {reply.canReply ? <ReplyToggle threadId={threadId} parentId={reply.id} /> : null}
                {reply.canReport ? <ReportForm target="reply" id={reply.id} /> : null}
                {staff ? (
                  <Link href={`/mod/post/reply/${reply.id}`} className="text-sm text-gray-700 underline">
                    {t('moderate')}
                  </Link>
                ) : null}
              </div>
            ) : null}
          </div>
          {reply.children.length ? (
            level + 1 < VISIBLE_REPLY_LEVELS ? (
              <ReplyTree
                replies={reply.children}
                threadId={threadId}
                threadPath={threadPath}
                level={level + 1}
                staff={staff}
                markedReplyId={markedReplyId}
              />
            ) : (
              <p className="mt-2 pl-3">
                <Link href={`${threadPath}?root=${reply.id}`} className="text-sm text-sea-700 underline" data-testid="continue-thread">
                  {tp('continueDeeper')}
                </Link>
              </p>
            )
          ) : null}
          {reply.moreInConversation ? (
            <p className="mt-2 pl-3">
              <Link href={`${threadPath}?root=${reply.id}`} className="text-sm text-sea-700 underline" data-testid="more-in-conversation">
                {tp('moreInConversation')}
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
