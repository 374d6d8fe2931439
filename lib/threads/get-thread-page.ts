import { aliasedTable, and, asc, count, eq, gt, inArray, isNull, lte, ne, sql, type SQL } from 'drizzle-orm';
import { expertApplications, replies, replyVotes, threads, threadVotes, timelineEntries, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { isStaff, type Viewer } from '../auth/viewer';
import { AppError } from '../errors';
import { cookedHtml } from '../markdown/cook';
import { visibleRepliesFor } from '../replies/visibility';
import { authorColumns, toAuthorView } from './author';
import type { ReplyView, ThreadPage, VoteFlags } from './dto';
import { stagesOf } from './list-stories';
import { canReport } from '../moderation/policy';
import { canDeletePost, canEditPost, canReplyTo, canViewHistory, canVoteOn } from './policy';
import { isCurrent } from '../experts/credentials';
import { canAcceptAnswer } from '../experts/policy';
import { replyPermalink, threadPath } from './slug';
import { openableThreadsFor } from './visibility';

/** Levels of replies shown on one page; deeper ones continue on a sub-thread page. */
export const VISIBLE_REPLY_LEVELS = 6;

/** Top-level replies on one page (kept small: HTML size is most of a page's cost, cached or not). */
export const TOP_LEVEL_PAGE_SIZE = 20;
/** Most replies one page loads (top-level and nested together). */
export const PAGE_REPLY_CAP = 100;

export interface ThreadPageOptions {
  /** Show the sub-thread below this reply. */
  rootReplyId?: number;
  /** Keyset cursor of the page ("more replies"). */
  after?: string;
  /** A permalinked reply: show the page that holds it and mark it. */
  replyId?: number;
  locale?: 'zh-CN' | 'en';
  now?: Date;
  pageSize?: number;
  replyCap?: number;
}

/**
 * One page of a thread in a fixed number of queries whatever the number of
 * replies: the thread, its stages and timeline, the viewer's votes, one page
 * of top-level replies by keyset on an index, the sizes of their
 * conversations, and those conversations' replies (through replies.root_id)
 * down to the levels one page shows, never more than PAGE_REPLY_CAP rows.
 * Bodies are the HTML cooked on write.
 */
export async function getThreadPage(
  db: Database,
  viewer: Viewer,
  threadId: number,
  options: ThreadPageOptions = {},
): Promise<ThreadPage> {
  const [thread] = await db
    .select({
      id: threads.id,
      kind: threads.kind,
      authorId: threads.authorId,
      title: threads.title,
      body: threads.body,
      bodyHtml: threads.bodyHtml,
      bodyHtmlEn: threads.bodyHtmlEn,
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

  const viewerId = viewer?.id;
  const locale = options.locale ?? 'zh-CN';
  const now = options.now ?? new Date();
  const pageSize = options.pageSize ?? TOP_LEVEL_PAGE_SIZE;
  const cap = options.replyCap ?? PAGE_REPLY_CAP;
  const replyQuery = repliesOf(db, thread.id, viewer);

  // Where the page starts: a sub-thread, the conversation holding a
  // permalinked reply, after a cursor, or the first page.
  let subRootId = options.rootReplyId;
  let start: Keyset | null = options.after ? decodeKeyset(options.after) : null;
  let markedReplyId: number | null = null;
  if (options.replyId !== undefined) {
    const target = await findReplyPosition(db, viewer, thread.id, options.replyId);
    markedReplyId = target.id;
    if (target.depth >= VISIBLE_REPLY_LEVELS) subRootId = target.subRootId;
    else if (target.topId === thread.acceptedReplyId) start = null;
    else start = { expertLast: target.topExpertLast, id: target.topId, inclusive: true };
  }

  const [stageMap, timeline, threadVoteRows, replyVoteRows] = await Promise.all([
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

  let rows: ReplyRow[];
  let tops: ReplyRow[];
  let nextCursor: string | null = null;
  const truncatedRoots = new Set<number>();
  let focus: ThreadPage['focus'] = null;
  if (subRootId !== undefined) {
    // One sub-thread: its root and the next levels of the same conversation.
    const [root] = await replyQuery(eq(replies.id, subRootId));
    if (!root) throw new AppError('not_found');
    const below = await replyQuery(
        and(
          eq(replies.rootId, root.rootId ?? root.id),
          gt(replies.id, root.id),
          gt(replies.depth, root.depth),
          lte(replies.depth, root.depth + VISIBLE_REPLY_LEVELS),
        ),
      )
      .orderBy(asc(replies.id))
      .limit(cap + 1);
    // A conversation larger than the cap shows its first PAGE_REPLY_CAP replies here.
    rows = [root, ...below.slice(0, cap)];
    tops = [root];
    focus = { rootId: root.id, parentId: root.parentId };
  } else {
    // A page of top-level replies in page order (the accepted answer first,
    // on the first page only), by keyset on replies_thread_top_level_idx.
    const expertLast = sql<boolean>`(${replies.expertCredentialId} is null)`;
    const [accepted, page] = await Promise.all([
      start === null && thread.acceptedReplyId !== null
        ? replyQuery(and(eq(replies.id, thread.acceptedReplyId), isNull(replies.parentId)))
        : [],
      replyQuery(
          and(
            isNull(replies.parentId),
            thread.acceptedReplyId === null ? undefined : ne(replies.id, thread.acceptedReplyId),
            start === null
              ? undefined
              : start.inclusive
                ? sql`(${expertLast}, ${replies.id}) >= (${start.expertLast}, ${start.id})`
                : sql`(${expertLast}, ${replies.id}) > (${start.expertLast}, ${start.id})`,
          ),
        )
        .orderBy(expertLast, asc(replies.id))
        .limit(pageSize + 1),
    ]);
    const candidates = [...accepted, ...page.slice(0, pageSize)];
    let more = page.length > pageSize;

    // Sizes of their conversations (the levels one page shows), so the page
    // stops before the reply cap; then only those conversations are loaded.
    const sizes = candidates.length
      ? await db
          .select({ rootId: replies.rootId, n: count() })
          .from(replies)
          .where(
            and(
              inArray(replies.rootId, candidates.map((r) => r.id)),
              lte(replies.depth, VISIBLE_REPLY_LEVELS),
              visibleRepliesFor(viewer),
            ),
          )
          .groupBy(replies.rootId)
      : [];
    const sizeOf = new Map(sizes.map((s) => [s.rootId!, Number(s.n)]));
    tops = [];
    let total = 0;
    for (const top of candidates) {
      const size = 1 + (sizeOf.get(top.id) ?? 0);
      if (tops.length > 0 && total + size > cap) {
        more = true;
        break;
      }
      tops.push(top);
      total += size;
      if (size > cap) truncatedRoots.add(top.id);
    }
    const below = tops.length
      ? await replyQuery(and(inArray(replies.rootId, tops.map((r) => r.id)), lte(replies.depth, VISIBLE_REPLY_LEVELS)))
          .orderBy(asc(replies.id))
          .limit(cap)
      : [];
    rows = [...tops, ...below];
    const last = tops.filter((t) => t.id !== thread.acceptedReplyId).at(-1);
    if (more && last) nextCursor = encodeKeyset({ expertLast: last.expertCredentialId === null, id: last.id });
  }

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
  const topIds = new Set(tops.map((t) => t.id));
  const roots: ReplyView[] = [];
  for (const row of rows) {
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
      bodyHtml: shown(row.status) ? cookedHtml(row, locale) : null,
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
      permalink: replyPermalink(base, row.id),
      children: [],
      descendantCount: 0,
      moreInConversation: truncatedRoots.has(row.id),
    };
    nodes.set(row.id, node);
    if (topIds.has(row.id)) roots.push(node);
    else {
      // A reply whose parent is not on this page (another branch of the
      // conversation, cut by the cap) is not shown here.
      const parent = row.parentId === null ? undefined : nodes.get(row.parentId);
      if (parent) parent.children.push(node);
      else nodes.delete(row.id);
    }
  }
  for (const root of roots) countDescendants(root);

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
      bodyHtml: shown(thread.status) ? cookedHtml(thread, locale) : null,
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
    replies: roots,
    focus,
    nextCursor,
    isFirstPage: subRootId === undefined && start === null,
    markedReplyId,
  };
}


function countDescendants(node: ReplyView): number {
  node.descendantCount = node.children.reduce((sum, child) => sum + 1 + countDescendants(child), 0);
  return node.descendantCount;
}

/** The columns a reply on a thread page needs, for the viewer's visible replies of one thread. */
function repliesOf(db: Database, threadId: number, viewer: Viewer) {
  const threadAuthor = aliasedTable(threads, 'thread_author');
  return (condition: SQL | undefined) =>
    db
      .select({
        id: replies.id,
        parentId: replies.parentId,
        rootId: replies.rootId,
        depth: replies.depth,
        authorId: replies.authorId,
        status: replies.status,
        body: replies.body,
        bodyHtml: replies.bodyHtml,
        bodyHtmlEn: replies.bodyHtmlEn,
        createdAt: replies.createdAt,
        editedAt: replies.editedAt,
        revisionCount: replies.revisionCount,
        removalReason: replies.removalReason,
        expertCredentialId: replies.expertCredentialId,
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
      .where(and(eq(replies.threadId, threadId), visibleRepliesFor(viewer), condition));
}

type ReplyRow = Awaited<ReturnType<ReturnType<typeof repliesOf>>>[number];

/** A position in page order: experts' answers first (questions), then by id. */
interface Keyset {
  expertLast: boolean;
  id: number;
  inclusive?: boolean;
}

function encodeKeyset(key: Keyset): string {
  return `${key.expertLast ? 1 : 0}.${key.id}`;
}

/** Anything that is not a cursor this app wrote is the first page. */
function decodeKeyset(raw: string): Keyset | null {
  const match = /^([01])\.(\d{1,10})$/.exec(raw);
  if (!match) return null;
  return { expertLast: match[1] === '1', id: Number(match[2]) };
}

/**
 * Where a reply sits: its conversation's top-level reply (and that reply's
 * place in page order) and, for a reply deeper than one page shows, the
 * sub-thread root the "continue this thread" links lead to: its ancestor at
 * the nearest lower multiple of (levels - 1).
 */
async function findReplyPosition(db: Database, viewer: Viewer, threadId: number, replyId: number) {
  const [target] = await db
    .select({ id: replies.id, depth: replies.depth, rootId: replies.rootId, expertCredentialId: replies.expertCredentialId })
    .from(replies)
    .where(and(eq(replies.id, replyId), eq(replies.threadId, threadId), visibleRepliesFor(viewer)));
  if (!target) throw new AppError('not_found');
  const topId = target.rootId ?? target.id;
  const step = VISIBLE_REPLY_LEVELS - 1;
  const subRootDepth = Math.floor(target.depth / step) * step;
  // The ancestors of a reply lie on one conversation's id-ordered path; the
  // recursive walk up parent ids stops at the wanted depth.
  const ancestry = await db.execute<{ id: number; depth: number; expert_last: boolean }>(sql`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, depth from ${replies} where id = ${target.id}
      union all
      select r.id, r.parent_id, r.depth from ${replies} r join up on r.id = up.parent_id where up.depth > ${subRootDepth}
    )
    select up.id, up.depth, (select expert_credential_id is null from ${replies} where id = ${topId}) as expert_last
    from up where up.depth = ${subRootDepth}`);
  const rows = (Array.isArray(ancestry) ? ancestry : (ancestry as { rows: unknown[] }).rows) as {
    id: number;
    depth: number;
    expert_last: boolean;
  }[];
  const topExpertLast = topId === target.id ? target.expertCredentialId === null : (rows[0]?.expert_last ?? true);
  return { id: target.id, depth: target.depth, topId, topExpertLast, subRootId: rows[0]?.id ?? target.id };
}
