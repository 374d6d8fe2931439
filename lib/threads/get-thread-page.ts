import { aliasedTable, and, asc, eq, sql } from 'drizzle-orm';
import { expertApplications, replies, replyVotes, threads, threadVotes, timelineEntries, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { isStaff, type Viewer } from '../auth/viewer';
import { AppError } from '../errors';
import { renderMarkdown } from '../markdown/render-markdown';
import { visibleRepliesFor } from '../replies/visibility';
import { authorColumns, toAuthorView } from './author';
import type { ReplyView, ThreadPage, VoteFlags } from './dto';
import { stagesOf } from './list-stories';
import { canReport } from '../moderation/policy';
import { canDeletePost, canEditPost, canReplyTo, canViewHistory, canVoteOn } from './policy';
import { isCurrent } from '../experts/credentials';
import { canAcceptAnswer } from '../experts/policy';
import { threadPath } from './slug';
import { openableThreadsFor } from './visibility';

/** Levels of replies shown on one page; deeper ones continue on a sub-thread page. */
export const VISIBLE_REPLY_LEVELS = 6;

/**
 * Everything a thread page shows, in a fixed number of queries (thread,
 * stages, timeline, replies, the viewer's votes) whatever the number of
 * replies. `rootReplyId` narrows the page to one sub-thread.
 */
export async function getThreadPage(
  db: Database,
  viewer: Viewer,
  threadId: number,
  options: { rootReplyId?: number; locale?: 'zh-CN' | 'en'; now?: Date } = {},
): Promise<ThreadPage> {
  const [thread] = await db
    .select({
      id: threads.id,
      kind: threads.kind,
      authorId: threads.authorId,
      title: threads.title,
      body: threads.body,
      status: threads.status,
      outcomeId: threads.outcomeId,
      lenderId: threads.lenderId,
      lenderOther: threads.lenderOther,
      amountBandId: threads.amountBandId,
      monthsOverdue: threads.monthsOverdue,
      isSettled: threads.isSettled,
      replyCount: threads.replyCount,
      helpfulCount: threads.helpfulCount,
      meTooCount: threads.meTooCount,
      revisionCount: threads.revisionCount,
      pendingReason: threads.pendingReason,
      removalReason: threads.removalReason,
      lockedAt: threads.lockedAt,
      acceptedReplyId: threads.acceptedReplyId,
      expertAnswerCount: threads.expertAnswerCount,
      createdAt: threads.createdAt,
      editedAt: threads.editedAt,
      bumpedAt: threads.bumpedAt,
      ...authorColumns(threads.anonymousLabel),
    })
    .from(threads)
    .innerJoin(users, eq(users.id, threads.authorId))
    .where(and(eq(threads.id, threadId), openableThreadsFor(viewer)));
  if (!thread) throw new AppError('not_found');

  const threadAuthor = aliasedTable(threads, 'thread_author');
  const viewerId = viewer?.id;
  const [stageMap, timeline, replyRows, threadVoteRows, replyVoteRows] = await Promise.all([
    stagesOf(db, [thread.id]),
    db
      .select({
        occurredOn: timelineEntries.occurredOn,
        datePrecision: timelineEntries.datePrecision,
        stageId: timelineEntries.stageId,
        note: timelineEntries.note,
      })
      .from(timelineEntries)
      .where(eq(timelineEntries.threadId, thread.id))
      .orderBy(asc(timelineEntries.position)),
    db
      .select({
        id: replies.id,
        parentId: replies.parentId,
        depth: replies.depth,
        authorId: replies.authorId,
        status: replies.status,
        body: replies.body,
        createdAt: replies.createdAt,
        editedAt: replies.editedAt,
        revisionCount: replies.revisionCount,
        removalReason: replies.removalReason,
        expertProfession: expertApplications.profession,
        expertProfessionOther: expertApplications.professionOther,
        expertScope: expertApplications.scopeStageIds,
        expertHasInterest: expertApplications.hasCommercialInterest,
        expertInterest: expertApplications.interestStatement,
        expertStatus: expertApplications.status,
        expertExpiresAt: expertApplications.expiresAt,
        helpfulCount: replies.helpfulCount,
        meTooCount: replies.meTooCount,
        // Computed in SQL so the thread author's id is never compared in app code.
        isOriginalPoster: sql<boolean>`(${replies.authorId} = ${threadAuthor.authorId} and (${replies.anonymousLabel} is null) = (${threadAuthor.anonymousLabel} is null))`,
        ...authorColumns(replies.anonymousLabel),
      })
      .from(replies)
      .innerJoin(users, eq(users.id, replies.authorId))
      .innerJoin(threadAuthor, eq(threadAuthor.id, replies.threadId))
      .leftJoin(expertApplications, eq(expertApplications.id, replies.expertCredentialId))
      .where(and(eq(replies.threadId, thread.id), visibleRepliesFor(viewer)))
      .orderBy(asc(replies.id)),
    // A signed-out visitor has no votes to look up.
    viewerId
      ? db
          .select({ kind: threadVotes.kind })
          .from(threadVotes)
          .where(and(eq(threadVotes.threadId, thread.id), eq(threadVotes.userId, viewerId)))
      : [],
    viewerId
      ? db
          .select({ replyId: replyVotes.replyId, kind: replyVotes.kind })
          .from(replyVotes)
          .innerJoin(replies, eq(replies.id, replyVotes.replyId))
          .where(and(eq(replies.threadId, thread.id), eq(replyVotes.userId, viewerId)))
      : [],
  ]);

  const locale = options.locale ?? 'zh-CN';
  const now = options.now ?? new Date();
  // Withdrawn text is gone for everyone; removed text stays visible to staff only.
  const staff = isStaff(viewer);
  const shown = (status: string) => status !== 'deleted' && (status !== 'removed' || staff);
  const threadFlags: VoteFlags = {
    helpful: threadVoteRows.some((v) => v.kind === 'helpful'),
    meToo: threadVoteRows.some((v) => v.kind === 'me_too'),
  };
  const canReplyHere = canReplyTo(viewer, thread);

  const votesByReply = new Map<number, VoteFlags>();
  for (const vote of replyVoteRows) {
    const flags = votesByReply.get(vote.replyId) ?? { helpful: false, meToo: false };
    if (vote.kind === 'helpful') flags.helpful = true;
    else flags.meToo = true;
    votesByReply.set(vote.replyId, flags);
  }

  const base = threadPath(thread.id, thread.title);
  const nodes = new Map<number, ReplyView>();
  const roots: ReplyView[] = [];
  for (const row of replyRows) {
    const post = { authorId: row.authorId, status: row.status };
    const node: ReplyView = {
      id: row.id,
      parentId: row.parentId,
      depth: row.depth,
      author: toAuthorView(row),
      isOriginalPoster: row.isOriginalPoster,
      status: row.status,
      removalReason: row.removalReason,
      expertBadge:
        row.expertProfession === null
          ? null
          : {
              profession: row.expertProfession,
              professionOther: row.expertProfessionOther ?? '',
              scopeStageIds: row.expertScope ?? [],
              interest: row.expertHasInterest ? (row.expertInterest ?? '') : null,
              current: isCurrent({ status: row.expertStatus ?? 'revoked', expiresAt: row.expertExpiresAt }, now),
            },
      isAccepted: thread.acceptedReplyId === row.id,
      canAccept:
        row.status === 'published' &&
        thread.status === 'published' &&
        thread.acceptedReplyId !== row.id &&
        canAcceptAnswer(viewer, thread, { authorId: row.authorId, depth: row.depth }),
      bodyHtml: shown(row.status) ? renderMarkdown(row.body, { locale }) : null,
      createdAt: row.createdAt,
      editedAt: row.editedAt,
      revisionCount: row.revisionCount,
      helpfulCount: row.helpfulCount,
      meTooCount: row.meTooCount,
      canEdit: canEditPost(viewer, post),
      canDelete: canDeletePost(viewer, post),
      canViewHistory: canViewHistory(viewer, post),
      canReply: canReplyHere && row.status === 'published',
      canVote: canVoteOn(viewer, post),
      canReport: row.status === 'published' && canReport(viewer, post),
      voted: votesByReply.get(row.id) ?? { helpful: false, meToo: false },
      permalink: '',
      children: [],
      descendantCount: 0,
    };
    nodes.set(row.id, node);
    const parent = row.parentId === null ? undefined : nodes.get(row.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  assignPermalinks(roots, base, []);
  if (thread.kind === 'question') roots.sort(answerOrder);

  let shownRoots = roots;
  let focus: ThreadPage['focus'] = null;
  if (options.rootReplyId !== undefined) {
    const root = nodes.get(options.rootReplyId);
    if (!root) throw new AppError('not_found');
    shownRoots = [root];
    focus = { rootId: root.id, parentId: root.parentId };
  }

  const threadPost = { authorId: thread.authorId, status: thread.status };
  return {
    thread: {
      id: thread.id,
      kind: thread.kind,
      title: thread.title,
      status: thread.status,
      removalReason: thread.removalReason,
      pendingReason: thread.pendingReason,
      locked: thread.lockedAt !== null,
      bodyHtml: shown(thread.status) ? renderMarkdown(thread.body, { locale }) : null,
      author: toAuthorView(thread),
      createdAt: thread.createdAt,
      editedAt: thread.editedAt,
      bumpedAt: thread.bumpedAt,
      revisionCount: thread.revisionCount,
      stageIds: stageMap.get(thread.id) ?? [],
      outcomeId: thread.outcomeId,
      lenderId: thread.lenderId,
      lenderOther: thread.lenderOther,
      amountBandId: thread.amountBandId,
      monthsOverdue: thread.monthsOverdue,
      isSettled: thread.isSettled,
      replyCount: thread.replyCount,
      helpfulCount: thread.helpfulCount,
      meTooCount: thread.meTooCount,
      hasAcceptedAnswer: thread.acceptedReplyId !== null,
      expertAnswerCount: thread.expertAnswerCount,
      timeline,
      canEdit: canEditPost(viewer, threadPost),
      canDelete: canDeletePost(viewer, threadPost),
      canViewHistory: canViewHistory(viewer, threadPost),
      canReply: canReplyHere,
      canVote: canVoteOn(viewer, threadPost),
      canReport: thread.status === 'published' && canReport(viewer, threadPost),
      voted: threadFlags,
    },
    replies: shownRoots,
    focus,
  };
}

/**
 * A reply deeper than the levels one page shows lives on the sub-thread page
 * rooted at its ancestor at the nearest lower multiple of (levels - 1), the
 * same page the "continue this thread" links open.
 */
function assignPermalinks(nodes: ReplyView[], base: string, ancestors: ReplyView[]): number {
  let total = 0;
  const step = VISIBLE_REPLY_LEVELS - 1;
  for (const node of nodes) {
    const rootDepth = node.depth < VISIBLE_REPLY_LEVELS ? null : Math.floor(node.depth / step) * step;
    const root = rootDepth === null ? null : ancestors.find((a) => a.depth === rootDepth) ?? node;
    node.permalink = `${base}${root ? `?root=${root.id}` : ''}#r-${node.id}`;
    node.descendantCount = assignPermalinks(node.children, base, [...ancestors, node]);
    total += 1 + node.descendantCount;
  }
  return total;
}

/**
 * Answers to a question: the accepted one first, then experts' answers,
 * then the rest; each group oldest first. Nested replies keep their order.
 */
function answerOrder(a: ReplyView, b: ReplyView): number {
  const rank = (r: ReplyView) => (r.isAccepted ? 0 : r.expertBadge ? 1 : 2);
  return rank(a) - rank(b) || a.id - b.id;
}
