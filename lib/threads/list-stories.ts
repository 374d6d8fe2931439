import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { threads, threadStages, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { decodeCursor, encodeCursor, type Page } from '../pagination/cursor';
import { authorColumns, toAuthorView } from './author';
import type { StorySummary } from './dto';
import { excerptOf } from './excerpt';
import { listedThreads } from './visibility';

export const storySorts = ['newest', 'active', 'helpful'] as const;
export type StorySort = (typeof storySorts)[number];

export const questionStates = ['unanswered', 'answered', 'accepted'] as const;
export type QuestionState = (typeof questionStates)[number];

export interface StoryListQuery {
  /** Stories by default; questions share the same list machinery. */
  kind?: 'story' | 'question';
  /** Questions only: no expert answer yet, answered, or an accepted answer. */
  questionState?: QuestionState;
  stageId?: number;
  outcomeId?: number;
  lenderId?: number;
  settledOnly?: boolean;
  sort: StorySort;
  /** Opaque keyset cursor from a previous page; an invalid one is refused. */
  cursor?: string;
  limit?: number;
}

export class InvalidCursorError extends Error {}

const sortColumns = {
  newest: { column: threads.createdAt, cast: sql.raw('timestamptz') },
  active: { column: threads.bumpedAt, cast: sql.raw('timestamptz') },
  helpful: { column: threads.helpfulCount, cast: sql.raw('integer') },
} as const;

/**
 * One page of published stories, newest/active/helpful first, by keyset:
 * each page is one index range scan however deep the reader goes. Two
 * queries per page (rows, then their stages), whatever the page size.
 */
export async function listStories(db: Database, query: StoryListQuery): Promise<Page<StorySummary>> {
  const limit = Math.min(Math.max(query.limit ?? 20, 1), 50);
  const { column, cast } = sortColumns[query.sort];
  const conditions: SQL[] = [eq(threads.kind, query.kind ?? 'story'), listedThreads()];
  if (query.questionState === 'unanswered') conditions.push(eq(threads.expertAnswerCount, 0), sql`${threads.acceptedReplyId} is null`);
  if (query.questionState === 'answered') conditions.push(sql`${threads.expertAnswerCount} > 0`, sql`${threads.acceptedReplyId} is null`);
  if (query.questionState === 'accepted') conditions.push(sql`${threads.acceptedReplyId} is not null`);
  if (query.stageId !== undefined) {
    conditions.push(
      sql`exists (select 1 from ${threadStages} where ${threadStages.threadId} = ${threads.id} and ${threadStages.stageId} = ${query.stageId})`,
    );
  }
  if (query.outcomeId !== undefined) conditions.push(eq(threads.outcomeId, query.outcomeId));
  if (query.lenderId !== undefined) conditions.push(eq(threads.lenderId, query.lenderId));
  if (query.settledOnly) conditions.push(eq(threads.isSettled, true));
  if (query.cursor !== undefined) {
    const cursor = decodeCursor(query.cursor);
    if (!cursor || typeof cursor[0] !== 'string') throw new InvalidCursorError();
    if (query.sort !== 'helpful' && Number.isNaN(Date.parse(cursor[0]))) throw new InvalidCursorError();
    if (query.sort === 'helpful' && !/^-?\d{1,9}$/.test(cursor[0])) throw new InvalidCursorError();
    conditions.push(sql`(${column}, ${threads.id}) < (${cursor[0]}::${cast}, ${cursor[1]})`);
  }

  const rows = await db
    .select({
      id: threads.id,
      title: threads.title,
      body: threads.body,
      createdAt: threads.createdAt,
      bumpedAt: threads.bumpedAt,
      outcomeId: threads.outcomeId,
      lenderId: threads.lenderId,
      lenderOther: threads.lenderOther,
      amountBandId: threads.amountBandId,
      monthsOverdue: threads.monthsOverdue,
      isSettled: threads.isSettled,
      replyCount: threads.replyCount,
      helpfulCount: threads.helpfulCount,
      meTooCount: threads.meTooCount,
      acceptedReplyId: threads.acceptedReplyId,
      expertAnswerCount: threads.expertAnswerCount,
      sortKey: sql<string>`${column}::text`,
      ...authorColumns(threads.anonymousLabel),
    })
    .from(threads)
    .innerJoin(users, eq(users.id, threads.authorId))
    .where(and(...conditions))
    .orderBy(desc(column), desc(threads.id))
    .limit(limit + 1);

  const pageRows = rows.slice(0, limit);
  const stageIdsByThread = await stagesOf(db, pageRows.map((r) => r.id));
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map((row) => ({
      id: row.id,
      title: row.title,
      excerpt: excerptOf(row.body),
      author: toAuthorView(row),
      createdAt: row.createdAt,
      bumpedAt: row.bumpedAt,
      stageIds: stageIdsByThread.get(row.id) ?? [],
      outcomeId: row.outcomeId,
      lenderId: row.lenderId,
      lenderOther: row.lenderOther,
      amountBandId: row.amountBandId,
      monthsOverdue: row.monthsOverdue,
      isSettled: row.isSettled,
      replyCount: row.replyCount,
      helpfulCount: row.helpfulCount,
      meTooCount: row.meTooCount,
      hasAcceptedAnswer: row.acceptedReplyId !== null,
      expertAnswerCount: row.expertAnswerCount,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(last.sortKey, last.id) : null,
  };
}

export async function stagesOf(db: Database, threadIds: number[]): Promise<Map<number, number[]>> {
  const map = new Map<number, number[]>();
  if (!threadIds.length) return map;
  const rows = await db
    .select({ threadId: threadStages.threadId, stageId: threadStages.stageId })
    .from(threadStages)
    .where(inArray(threadStages.threadId, threadIds))
    .orderBy(threadStages.threadId, threadStages.stageId);
  for (const row of rows) {
    const list = map.get(row.threadId) ?? [];
    list.push(row.stageId);
    map.set(row.threadId, list);
  }
  return map;
}
